import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LiveClient, LiveStatus } from './live.js';

/** Re-renders its component when the live channel's state changes (for the "live" indicator). */
export class LiveStatusController implements ReactiveController {
  #off: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly live: LiveClient,
  ) {
    host.addController(this);
  }

  get status(): LiveStatus {
    return this.live.status;
  }

  hostConnected(): void {
    this.#off = this.live.on((event) => {
      if (event.type === 'status') this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#off?.();
  }
}
