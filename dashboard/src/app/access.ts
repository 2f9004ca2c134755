import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Action } from '../../../protocol/permissions.js';
import type { Services } from './services.js';

/**
 * Lets a page ask whether to offer a button or form (`this.#access.may('venue.manage')`), from the
 * hub's permission table as /api/me gives it; re-renders the page when that answer arrives.
 */
export class AccessController implements ReactiveController {
  #off: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & { services: Services }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#off = this.host.services.session.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#off?.();
  }

  may(action: Action): boolean {
    return this.host.services.session.may(action);
  }
}
