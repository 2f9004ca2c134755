import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Localized } from '../../../protocol/i18n.js';
import { describeError } from '../data/errors.js';

/**
 * Runs a user's action (save, delete, import) and keeps what the form shows: busy while it
 * runs, then a success note or the bilingual error. One action at a time per component.
 */
export class ActionController implements ReactiveController {
  busy = false;
  note: { kind: 'ok' | 'error'; text: Localized } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Resolves true when the work succeeded. `success` may be built from the work's result. */
  async run<T>(work: () => Promise<T>, success?: Localized | ((result: T) => Localized)): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.note = undefined;
    this.host.requestUpdate();
    try {
      const result = await work();
      const text = typeof success === 'function' ? success(result) : success;
      this.note = text ? { kind: 'ok', text } : undefined;
      return true;
    } catch (err) {
      this.note = { kind: 'error', text: describeError(err) };
      return false;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  fail(text: Localized): void {
    this.note = { kind: 'error', text };
    this.host.requestUpdate();
  }

  clear(): void {
    this.note = undefined;
    this.host.requestUpdate();
  }
}

/** What the last action said, as a notice (success or the bilingual error), or nothing. */
export function actionNote(action: ActionController) {
  return action.note ? html`<siap-notice kind=${action.note.kind} .text=${action.note.text}></siap-notice>` : nothing;
}
