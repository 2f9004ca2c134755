/** The element that has the keyboard, through the shadow roots (document.activeElement stops at the app). */
export function deepActiveElement(doc: Document = document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

const TEXT_TYPES = new Set(['', 'text', 'search', 'number', 'tel', 'password']);

function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_TYPES.has((el as HTMLInputElement).type);
}

export interface DeskKeys {
  scanField(): HTMLInputElement | null;
  print(): void;
  reset(): void;
}

/**
 * The desk's keyboard while it is open. A USB scanner is a keyboard that types into whatever has
 * the focus: when the focus is on no text field (a button just clicked, the paper choice, the page
 * itself) the characters go to the scan field instead of nowhere, and its Enter looks the card up
 * rather than pressing the button again. F9 prints the slip; Esc starts over.
 */
export function listenDeskKeys(keys: DeskKeys, doc: Document = document): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return keys.reset();
    if (e.key === 'F9') {
      e.preventDefault();
      return keys.print();
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const active = deepActiveElement(doc);
    if (isTextField(active)) return;
    const scan = keys.scanField();
    if (!scan || scan.disabled) return;
    if (e.key.length === 1) {
      e.preventDefault();
      scan.focus();
      scan.value = e.key;
    } else if (e.key === 'Enter' && active?.tagName === 'BUTTON' && (active as HTMLButtonElement).type === 'button') {
      // Enter on a button left with the focus: back to the scan field, not the button again.
      e.preventDefault();
      scan.focus();
    }
  };
  doc.addEventListener('keydown', onKey, true);
  return () => doc.removeEventListener('keydown', onKey, true);
}
