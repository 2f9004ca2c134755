import { css } from 'lit';

/** A printed A4 form: a bordered sheet on screen, the bare page on paper. */
export const docStyles = css`
  .doc {
    background: #fff;
    border: 1px solid var(--siap-line);
    padding: 1.5rem 2rem;
    max-width: 210mm;
    font-family: 'Times New Roman', serif;
    font-size: 12pt;
    color: #000;
  }
  .doc h1 {
    text-align: center;
    font-size: 14pt;
    text-transform: uppercase;
    margin: 0;
  }
  .doc .sub {
    text-align: center;
    margin: 0.2rem 0 1rem;
  }
  .doc table {
    width: 100%;
    border-collapse: collapse;
    margin: 0.5rem 0;
  }
  .doc th,
  .doc td {
    border: 1px solid #000;
    padding: 0.2rem 0.4rem;
    text-align: left;
    font-size: 10.5pt;
  }
  .doc .warn {
    font-weight: 700;
  }
  .sign-grid {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 1rem 2rem;
    margin-top: 1.5rem;
    break-inside: avoid;
  }
  .sign {
    text-align: center;
    overflow-wrap: anywhere;
  }
  /* A phone: the sheet scrolls inside itself rather than the page sideways; signers one under another. */
  @media screen and (max-width: 600px) {
    .doc {
      padding: 0.75rem;
      overflow-x: auto;
    }
    .sign-grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .sign .space {
    height: 4.5rem;
  }
  .sign .name {
    font-weight: 700;
    text-decoration: underline;
  }
  .toolbar {
    display: flex;
    gap: 0.6rem;
    margin-bottom: 0.8rem;
  }
  @page {
    size: A4;
    margin: 15mm;
  }
  @media print {
    .toolbar,
    .no-print {
      display: none;
    }
    .doc {
      border: 0;
      padding: 0;
      max-width: none;
    }
  }
`;
