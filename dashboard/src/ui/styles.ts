import { css } from 'lit';

/** Shared look of pages: headings, cards, tables, buttons, form fields. Pages add `static styles = [page, css`...`]`. */
export const page = css`
  :host {
    display: block;
    color: var(--siap-fg);
  }
  h1 {
    font-size: 1.5rem;
    margin: 0 0 0.75rem;
  }
  h2 {
    font-size: 1.15rem;
    margin: 1.25rem 0 0.5rem;
  }
  h3 {
    font-size: 1rem;
    margin: 0.75rem 0 0.25rem;
  }
  a {
    color: var(--siap-accent);
  }
  .card {
    background: var(--siap-surface);
    border: 1px solid var(--siap-line);
    border-radius: var(--siap-radius);
    padding: 0.9rem 1rem;
  }
  .muted {
    color: var(--siap-muted);
  }
  .grid {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--siap-surface);
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--siap-line);
  }
  th {
    font-size: 0.85rem;
    color: var(--siap-muted);
    font-weight: 600;
  }
  /* A phone: a wide table scrolls inside itself, the page never sideways. */
  @media (max-width: 600px) {
    table {
      display: block;
      max-width: 100%;
      overflow-x: auto;
    }
  }
  button,
  .button {
    font: inherit;
    font-size: 0.95rem;
    border: 1px solid var(--siap-line);
    background: var(--siap-surface);
    color: var(--siap-fg);
    border-radius: 6px;
    padding: 0.35rem 0.8rem;
    cursor: pointer;
    text-decoration: none;
    display: inline-block;
  }
  button.primary,
  .button.primary {
    background: var(--siap-accent);
    border-color: var(--siap-accent);
    color: #fff;
  }
  button.danger {
    color: var(--siap-bad);
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid #0969da66;
    outline-offset: 1px;
  }
  input,
  select,
  textarea {
    font: inherit;
    padding: 0.3rem 0.45rem;
    border: 1px solid var(--siap-line);
    border-radius: 6px;
    background: #fff;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.9rem;
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .toolbar {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
    margin-bottom: 0.75rem;
  }
  .toolbar .spacer {
    flex: 1;
  }
  code,
  pre {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 0.9em;
  }
  .status-pass,
  .v-ready {
    color: var(--siap-ready);
  }
  .status-fail,
  .v-not-ready {
    color: var(--siap-bad);
  }
  .status-unknown,
  .status-warn,
  .v-incomplete {
    color: var(--siap-incomplete);
  }
  /* Feedback that floats (class="toast"): saving item after item must not shift the rows under the pointer. */
  siap-notice.toast {
    position: fixed;
    right: 1rem;
    bottom: 1rem;
    max-width: min(32rem, 90vw);
    z-index: 5;
    box-shadow: 0 4px 16px #0003;
    margin: 0;
  }
  @media print {
    button,
    .no-print {
      display: none !important;
    }
    .card {
      border-color: #999;
      break-inside: avoid;
    }
  }
`;
