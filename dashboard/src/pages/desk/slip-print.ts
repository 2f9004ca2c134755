import type { PinSlip } from '../../../../protocol/exam-responses.js';

/** 80 mm thermal roll (one slip per print) or A4 sheets of eight slips to cut. */
export type SlipPaper = 'thermal' | 'sheet';

export interface PrintPrefs {
  paper: SlipPaper;
  /** Print without a click: each slip on thermal paper, each full sheet of eight on A4. */
  auto: boolean;
}

export const SLIPS_PER_SHEET = 8;
const KEY = 'siapcat.desk.print';
const DEFAULTS: PrintPrefs = { paper: 'thermal', auto: false };

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** This desk PC's choice (a desk keeps its printer), defaults when none or unreadable. */
export function loadPrintPrefs(): PrintPrefs {
  try {
    const raw = JSON.parse(storage()?.getItem(KEY) ?? 'null') as Partial<PrintPrefs> | null;
    return {
      paper: raw?.paper === 'sheet' ? 'sheet' : 'thermal',
      auto: raw?.auto === true,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

export function savePrintPrefs(prefs: PrintPrefs): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    /* private mode or full storage: the choice lasts this page only */
  }
}

/** The paper size for printing; an @page rule inside a shadow root is ignored, so it goes in the document. */
const PAGE_RULE: Record<SlipPaper, string> = {
  thermal: '@page { size: 80mm 120mm; margin: 3mm 4mm; @bottom-right { content: none; } }',
  sheet: '@page { size: A4; margin: 8mm; @bottom-right { content: none; } }',
};

/** Installs the slip's @page while the desk is open; returns the undo. */
export function installSlipPage(paper: SlipPaper, doc: Document = document): () => void {
  doc.getElementById('siap-slip-page')?.remove();
  const style = doc.createElement('style');
  style.id = 'siap-slip-page';
  style.textContent = PAGE_RULE[paper];
  doc.head.append(style);
  return () => style.remove();
}

/**
 * Which slips the next print gives: on thermal paper the latest slip; on A4 the slips registered
 * since the last sheet (this desk's, oldest first), so eight participants share one sheet.
 */
export class SlipQueue {
  #pending: PinSlip[] = [];
  #latest: PinSlip | undefined;

  add(slip: PinSlip): void {
    this.#latest = slip;
    this.#pending = [...this.#pending.filter((s) => s.participantNumber !== slip.participantNumber), slip];
  }

  get pending(): number {
    return this.#pending.length;
  }

  /** Whether a new slip should print by itself under these preferences. */
  due(prefs: PrintPrefs): boolean {
    if (!prefs.auto || !this.#latest) return false;
    return prefs.paper === 'thermal' || this.#pending.length >= SLIPS_PER_SHEET;
  }

  /** What a print would give now, without taking anything (for the browser's own Ctrl+P). */
  peek(paper: SlipPaper): PinSlip[] {
    if (paper === 'thermal') return this.#latest ? [this.#latest] : [];
    return this.#pending.slice(0, SLIPS_PER_SHEET);
  }

  /** The slips to print now; on A4 they leave the queue. */
  take(paper: SlipPaper): PinSlip[] {
    if (paper === 'thermal') return this.#latest ? [this.#latest] : [];
    const sheet = this.#pending.slice(0, SLIPS_PER_SHEET);
    this.#pending = this.#pending.slice(SLIPS_PER_SHEET);
    return sheet;
  }
}
