import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

  /** Resolves true when the work succeeded. */
  async run(work: () => Promise<unknown>, success?: Localized): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.note = undefined;
    this.host.requestUpdate();
    try {
      await work();
      this.note = success ? { kind: 'ok', text: success } : undefined;
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
