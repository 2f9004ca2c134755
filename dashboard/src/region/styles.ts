import { css } from 'lit';

/** Shared by the regional pages: cards, tables, the stale light. */
export const regionStyles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: 1.4rem;
    margin: 0 0 0.75rem;
  }
  h2 {
    font-size: 1.1rem;
    margin: 1.25rem 0 0.5rem;
  }
  .card {
    background: var(--siap-surface);
    border: 1px solid var(--siap-line);
    border-radius: var(--siap-radius);
    padding: 0.75rem 1rem;
    margin-bottom: 0.75rem;
  }
  .card.stale {
    border-left: 6px solid var(--siap-offline);
    background: repeating-linear-gradient(135deg, #fff, #fff 12px, var(--siap-offline-bg) 12px, var(--siap-offline-bg) 24px);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1rem;
  }
  .head a {
    font-size: 1.15rem;
    font-weight: 600;
    color: var(--siap-accent);
  }
  .muted {
    color: var(--siap-muted);
    font-size: 0.9rem;
  }
  .old siap-counts {
    filter: grayscale(1);
    opacity: 0.6;
  }
  .stale-light {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    color: var(--siap-offline);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--siap-line);
  }
  td.n,
  th.n {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  progress {
    width: 8rem;
    vertical-align: middle;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0.75rem;
    margin-top: 0.5rem;
  }
  .summary {
    display: flex;
    gap: 1rem;
    flex-wrap: wrap;
    margin-bottom: 1rem;
  }
  .summary div {
    background: var(--siap-surface);
    border: 1px solid var(--siap-line);
    border-radius: var(--siap-radius);
    padding: 0.4rem 0.8rem;
  }
  .summary b {
    font-size: 1.4rem;
    display: block;
  }
`;
