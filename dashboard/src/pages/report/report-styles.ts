import { css } from 'lit';

/** The report on screen looks like the paper; in print only the document remains, on A4. */
export const reportStyles = css`
  .doc {
    background: #fff;
    border: 1px solid var(--siap-line);
    padding: 1.5rem 2rem;
    max-width: 60rem;
    margin: 0 auto;
  }
  .doc h1 {
    font-size: 1.35rem;
    text-align: center;
    margin-bottom: 0.25rem;
  }
  .doc header > p {
    text-align: center;
    margin-top: 0;
    font-size: 0.9rem;
  }
  table.meta th {
    width: 12rem;
    color: var(--siap-fg);
  }
  table.meta th,
  table.meta td {
    border: 0;
    padding: 0.1rem 0.4rem;
  }
  .verdict {
    font-size: 1.1rem;
  }
  tr.group th {
    background: #f0f3f6;
    color: var(--siap-fg);
    font-size: 0.95rem;
  }
  td.full {
    color: var(--siap-bad);
    font-weight: 700;
  }
  .clause {
    color: var(--siap-muted);
    font-size: 0.85em;
  }
  .v-ready,
  .f-ok {
    color: var(--siap-ready);
    font-weight: 600;
  }
  .v-not-ready,
  .f-not-ok {
    color: var(--siap-bad);
    font-weight: 600;
  }
  .v-incomplete,
  .v-missing,
  .v-offline,
  .v-pending,
  .f-unchecked {
    color: var(--siap-incomplete);
    font-weight: 600;
  }
  .signatures {
    break-inside: avoid;
    margin-top: 1.5rem;
  }
  .sign-grid {
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    gap: 1.5rem;
  }
  .sign .space {
    height: 4.5rem;
  }
  .sign .line {
    border-bottom: 1px solid #555;
    padding-top: 0.4rem;
    font-size: 0.9rem;
  }
  @media print {
    .doc {
      border: 0;
      padding: 0;
      max-width: none;
      font-size: 10pt;
    }
    table {
      font-size: 9pt;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    h2 {
      break-after: avoid;
    }
  }
  code.fingerprint {
    word-break: break-all;
  }
`;
