import { css } from 'lit';

/**
 * The daftar hadir on screen looks like the paper; in print only the sheets remain (the app
 * header is hidden by the shell, buttons and `.no-print` by the shared page styles), each room on
 * its own A4 page, the table header repeated on every page.
 */
export const sheetStyles = css`
  .toolbar label {
    flex-direction: row;
    align-items: center;
    gap: 0.4rem;
  }
  .doc {
    max-width: 74rem;
    margin: 0 auto;
  }
  .sheet {
    background: #fff;
    border: 1px solid var(--siap-line);
    padding: 1.5rem 2rem;
    margin-bottom: 1.25rem;
  }
  .sheet h1 {
    font-size: 1.3rem;
    text-align: center;
    margin: 0 0 0.75rem;
    letter-spacing: 0.02em;
  }
  table.meta {
    width: auto;
    background: none;
  }
  table.meta th,
  table.meta td {
    border: 0;
    padding: 0.1rem 0.5rem 0.1rem 0;
  }
  table.meta th {
    color: var(--siap-fg);
    font-size: inherit;
    min-width: 6rem;
  }
  .room-name {
    font-weight: 700;
  }
  .counts {
    margin: 0.5rem 0 0.75rem;
  }
  table.rows th,
  table.rows td {
    border: 1px solid #8c959f;
    padding: 0.35rem 0.45rem;
  }
  table.rows th {
    color: var(--siap-fg);
    background: #f0f3f6;
    vertical-align: middle;
  }
  col.c-no {
    width: 2.5rem;
  }
  col.c-number {
    width: 10.5rem;
  }
  col.c-seat {
    width: 3.5rem;
  }
  col.c-status {
    width: 7.5rem;
  }
  col.c-time {
    width: 7rem;
  }
  col.c-sign {
    width: 11rem;
  }
  td.no,
  td.seat,
  td.time {
    text-align: center;
  }
  td.number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  table.rows tbody td {
    height: 2.1rem;
    vertical-align: middle;
  }
  .blind-mark {
    font-weight: 600;
    white-space: nowrap;
  }
  .empty {
    font-style: italic;
  }
  footer {
    margin-top: 1.25rem;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    break-inside: avoid;
  }
  .supervisor {
    width: 16rem;
  }
  .supervisor .space {
    height: 4rem;
  }
  .supervisor .line {
    border-bottom: 1px solid #555;
    padding-top: 0.4rem;
    font-size: 0.9rem;
  }
  .generated {
    align-self: stretch;
    font-size: 0.8rem;
    color: var(--siap-muted);
    margin: 1rem 0 0;
  }
  @media print {
    .doc {
      max-width: none;
    }
    .sheet {
      border: 0;
      padding: 0;
      margin: 0;
      font-size: 10pt;
    }
    .sheet + .sheet {
      break-before: page;
    }
    table.rows {
      font-size: 9pt;
    }
    /* A4 portrait leaves 186 mm: room to sign in ink, the rest for name and position. */
    col.c-no {
      width: 7mm;
    }
    col.c-number {
      width: 31mm;
    }
    col.c-seat {
      width: 11mm;
    }
    col.c-status {
      width: 21mm;
    }
    col.c-time {
      width: 17mm;
    }
    col.c-sign {
      width: 38mm;
    }
    table.rows th,
    table.rows td {
      padding: 1mm 1.5mm;
    }
    table.rows tbody td {
      height: 9mm;
    }
    table.rows th {
      background: none;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    .generated {
      color: #000;
    }
  }
`;
