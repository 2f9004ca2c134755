/** Breaks text into lines of at most `width` characters at spaces; longer words are cut. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of glueDashes(paragraph.split(/\s+/).filter(Boolean))) {
      while (word.length > width) {
        if (line) {
          lines.push(line);
          line = '';
        }
        lines.push(word.slice(0, width));
        word = word.slice(width);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Lays out cells side by side, each wrapped to its column width, separated by one space. */
export function columns(cells: readonly string[], widths: readonly number[]): string[] {
  const wrapped = cells.map((cell, i) => wrapText(cell, widths[i]!));
  const height = Math.max(...wrapped.map((w) => w.length));
  const out: string[] = [];
  for (let row = 0; row < height; row++) {
    out.push(
      wrapped
        .map((w, i) => (w[row] ?? '').padEnd(widths[i]!))
        .join(' ')
        .trimEnd(),
    );
  }
  return out;
}

/** Keeps a lone "–" or "?" (a value not found) with the word before it, so "Firefox –" never splits. */
function glueDashes(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    if ((word === '–' || word === '?') && out.length > 0) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  }
  return out;
}
