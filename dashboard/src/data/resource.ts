import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LiveTopic } from '../../../protocol/live.js';
import type { Localized } from '../../../protocol/i18n.js';
import { describeError } from './errors.js';
import type { LiveClient, LiveEvent } from './live.js';

export interface ResourceOptions<T> {
  load: () => Promise<T>;
  /** Re-fetch when the live channel says one of these changed, and after it reconnects. */
  live?: LiveClient;
  topics?: readonly LiveTopic[];
  /** Narrows a change notice further (e.g. only when this machine changed). */
  relevant?: (event: Extract<LiveEvent, { type: 'changed' }>) => boolean;
}

/**
 * Data a component shows, loaded when the component connects and kept fresh from the live
 * channel. While a fetch runs, further change notices fold into one more fetch afterwards.
 * On failure the last good value stays (a hub hiccup on exam morning must not blank the
 * screen) and `error` says what went wrong.
 */
export class ResourceController<T> implements ReactiveController {
  value: T | undefined;
  error: Localized | undefined;
  loading = false;
  #inflight: Promise<void> | undefined;
  #again = false;
  #connected = false;
  #off: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    const topics = new Set(this.options.topics ?? []);
    this.#off = this.options.live?.on((event) => {
      const relevant = this.options.relevant ?? (() => true);
      if (event.type === 'resync' || (event.type === 'changed' && event.topics.some((t) => topics.has(t)) && relevant(event))) {
        void this.reload();
      }
    });
    void this.reload();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#off?.();
    this.#off = undefined;
  }

  /** Fetches now (or once more after the fetch in flight). Resolves when the data is current. */
  reload(): Promise<void> {
    if (this.#inflight) {
      this.#again = true;
      return this.#inflight;
    }
    this.#inflight = this.#run().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #run(): Promise<void> {
    do {
      this.#again = false;
      this.loading = true;
      this.host.requestUpdate();
      try {
        const value = await this.options.load();
        if (!this.#connected) return;
        this.value = value;
        this.error = undefined;
      } catch (err) {
        if (!this.#connected) return;
        this.error = describeError(err);
      } finally {
        this.loading = false;
        this.host.requestUpdate();
      }
    } while (this.#again && this.#connected);
  }
}
