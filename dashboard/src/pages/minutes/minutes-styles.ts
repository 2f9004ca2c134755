import { css } from 'lit';

/**
 * The berita acara on screen looks like the paper it becomes: a serif A4 page with numbered
 * sections, ruled tables and a signature block. In print only the document remains.
 */
export const minutesStyles = css`
  .doc {
    background: #fff;
    border: 1px solid var(--siap-line);
    padding: 2rem 2.5rem;
    max-width: 52rem;
    margin: 0 auto;
    font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif;
    font-size: 1.02rem;
    line-height: 1.45;
    color: #000;
  }
  .doc h1 {
    font-size: 1.2rem;
    text-align: center;
    text-transform: uppercase;
    margin: 0;
    letter-spacing: 0.02em;
  }
  .doc .subtitle {
    text-align: center;
    margin: 0.2rem 0 0;
  }
  .doc hr {
    border: 0;
    border-top: 3px double #000;
    margin: 0.8rem 0 1rem;
  }
  .doc h2 {
    font-size: 1.02rem;
    margin: 1.1rem 0 0.4rem;
    color: #000;
  }
  .doc p {
    margin: 0.4rem 0;
    text-align: justify;
  }
  .doc table {
    background: none;
    font-size: 0.95rem;
  }
  .doc th,
  .doc td {
    color: #000;
    border: 1px solid #000;
    padding: 0.25rem 0.45rem;
  }
  .doc thead th {
    background: #eee;
    font-weight: 700;
    text-align: center;
    vertical-align: middle;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .doc h3 {
    font-size: 1rem;
    margin: 0.7rem 0 0.3rem;
  }
  .doc td.center {
    text-align: center;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .doc table.counts th:first-child {
    width: 32%;
  }
  .doc table.counts th {
    width: 17%;
  }
  .doc tr.sum td {
    font-weight: 700;
  }
  .doc table.facts th,
  .doc table.facts td {
    border: 0;
    padding: 0.1rem 0.4rem 0.1rem 0;
    font-size: 1.02rem;
  }
  .doc table.facts th {
    width: 11rem;
    font-weight: 400;
  }
  .doc table.facts td::before {
    content: ': ';
  }
  .doc td.description {
    overflow-wrap: anywhere;
  }
  .doc ul.facts {
    margin: 0.5rem 0 0;
    padding-left: 1.2rem;
  }
  .doc .small {
    font-size: 0.85rem;
  }
  .doc .notes {
    white-space: pre-wrap;
  }
  .signatures {
    margin-top: 1.5rem;
    break-inside: avoid;
  }
  .signatures .date {
    text-align: right;
    margin-bottom: 0.8rem;
  }
  /* Rows of three; a last, shorter row is centred as on a typed berita acara. */
  .sign-grid {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    row-gap: 1.2rem;
  }
  .sign-grid .sign {
    flex: 0 0 33.33%;
    box-sizing: border-box;
    padding: 0 0.5rem;
  }
  .sign .group {
    font-weight: 700;
  }
  .sign {
    text-align: center;
    break-inside: avoid;
  }
  .sign .role {
    min-height: 1.4em;
  }
  .sign .space {
    height: 3.8rem;
  }
  .sign .name {
    font-weight: 700;
    text-decoration: underline;
  }
  .sign .blank {
    border-bottom: 1px dotted #000;
    margin: 0 1.5rem;
    height: 1.3em;
  }
  footer.anchor {
    margin-top: 1.5rem;
    padding-top: 0.4rem;
    border-top: 1px solid #000;
    font-size: 0.78rem;
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    overflow-wrap: anywhere;
  }
  @media print {
    .doc {
      border: 0;
      padding: 0;
      max-width: none;
      font-size: 11pt;
    }
    .doc table,
    .doc table.facts th,
    .doc table.facts td {
      font-size: 10pt;
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
    footer.anchor {
      font-size: 7.5pt;
    }
  }
`;
