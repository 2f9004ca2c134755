/**
 * The page-wide styles: colours as custom properties (every component's shadow DOM inherits
 * them), the base font, the TV size step, and the print page. Installed once by the app shell.
 */
const CSS = `
:root {
  --siap-ready: #1a7f37; --siap-ready-bg: #dafbe1;
  --siap-bad: #cf222e; --siap-bad-bg: #ffebe9;
  --siap-incomplete: #9a6700; --siap-incomplete-bg: #fff8c5;
  --siap-offline: #57606a; --siap-offline-bg: #eaeef2;
  --siap-missing: #8250df; --siap-missing-bg: #fbefff;
  --siap-empty: #d0d7de;
  --siap-fg: #1b1f24; --siap-muted: #57606a; --siap-line: #d0d7de;
  --siap-surface: #ffffff; --siap-page: #f4f6f8; --siap-accent: #0b5cad;
  --siap-radius: 8px;
  font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
  color: var(--siap-fg);
  background: var(--siap-page);
}
body { margin: 0; }
@media (min-width: 1800px) { :root { font-size: 20px; } }
@page { size: A4; margin: 14mm 12mm; }
@media print { :root { background: #fff; font-size: 11pt; } }
`;

export function installGlobalStyles(doc: Document = document): void {
  if (doc.getElementById('siap-global')) return;
  const style = doc.createElement('style');
  style.id = 'siap-global';
  style.textContent = CSS;
  doc.head.append(style);
}

const PAGE_WORDS = { id: ['Halaman', 'dari'], en: ['Page', 'of'] } as const;

/**
 * "Halaman 2 dari 12" at the foot of every printed page (an @page margin box, in the document:
 * shadow roots cannot hold @page), in the dashboard's language. Called again when it changes.
 */
export function installPageNumbers(lang: 'id' | 'en', doc: Document = document): void {
  let style = doc.getElementById('siap-page-numbers');
  if (!style) {
    style = doc.createElement('style');
    style.id = 'siap-page-numbers';
    doc.head.append(style);
  }
  const [page, of] = PAGE_WORDS[lang];
  const text = `@page { @bottom-right { content: "${page} " counter(page) " ${of} " counter(pages); font: 8pt system-ui, 'DejaVu Sans', sans-serif; color: #333; } }`;
  if (style.textContent !== text) style.textContent = text;
}
