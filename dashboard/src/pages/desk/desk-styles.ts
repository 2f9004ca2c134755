import { css } from 'lit';

export const deskStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 1rem;
    align-items: start;
  }
  @media (max-width: 900px) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
  .banner {
    padding: 0.5rem 0.8rem;
    border-radius: var(--siap-radius);
    margin-bottom: 0.75rem;
    font-weight: 600;
    border: 1px solid var(--siap-line);
  }
  .banner.open {
    background: var(--siap-ready-bg);
    border-color: var(--siap-ready);
  }
  .banner.closed,
  .banner.not-yet {
    background: var(--siap-bad-bg);
    border-color: var(--siap-bad);
  }
  .counts {
    display: flex;
    gap: 1.2rem;
    flex-wrap: wrap;
    margin-bottom: 0.75rem;
  }
  .counts b {
    font-size: 1.4rem;
    font-variant-numeric: tabular-nums;
  }
  form.entry label {
    width: 100%;
    font-weight: 600;
  }
  form.entry input {
    font-size: 1.6rem;
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    padding: 0.4rem 0.6rem;
    width: 100%;
    box-sizing: border-box;
  }
  form.entry .row {
    flex-wrap: nowrap;
    align-items: end;
  }
  form.entry button {
    font-size: 1.1rem;
    padding: 0.55rem 1rem;
  }
  .hint {
    font-size: 0.9rem;
    color: var(--siap-muted);
    margin: 0.2rem 0 0.8rem;
  }
  .outcome {
    margin: 0.75rem 0;
    padding: 0.8rem 1rem;
    border-radius: var(--siap-radius);
    border: 2px solid;
    font-size: 1.1rem;
  }
  .outcome.ok {
    border-color: var(--siap-ready);
    background: var(--siap-ready-bg);
  }
  .outcome.refused,
  .outcome.error {
    border-color: var(--siap-bad);
    background: var(--siap-bad-bg);
  }
  .outcome.duplicate {
    border-color: #b58100;
    background: #fff3cd;
  }
  .outcome strong {
    display: block;
    font-size: 1.3rem;
    color: var(--siap-bad);
  }
  siap-participant-card {
    margin: 0.75rem 0;
  }
  .side h2 {
    margin-top: 0;
  }
  .side table {
    font-size: 0.9rem;
  }
  @media print {
    .screen {
      display: none !important;
    }
    .layout {
      display: block;
    }
  }
`;
