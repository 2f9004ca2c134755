import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MachineSummary } from '../../../protocol/api.js';
import type { Localized } from '../../../protocol/i18n.js';
import type { ApiClient } from './client.js';
import { describeError } from './errors.js';
import type { LiveClient } from './live.js';
import { listMachines } from './machines.js';

/** What room maps and lists need of a machine (no checks). */
export type MachineState = MachineSummary;

/**
 * Every machine's latest state, kept live: loaded once, then each `live.changed` applies the
 * machine summaries it carries directly (a seat recolours without a round trip). A 'machines'
 * notice without summaries, or a reconnect, re-fetches the whole list.
 */
export class MachinesController implements ReactiveController {
  readonly byId = new Map<string, MachineState>();
  /** Names of checks seen in loaded reports (failure title where there is one), to name failing ids. */
  readonly checkNames = new Map<string, Localized>();
  loaded = false;
  error: Localized | undefined;
  /** Bumped on every change, for components that memoize on it. */
  version = 0;
  #off: (() => void) | undefined;
  #connected = false;
  #loading: Promise<void> | undefined;
  #again = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: ApiClient,
    private readonly live?: LiveClient,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#off = this.live?.on((event) => {
      if (event.type === 'resync') void this.reload();
      if (event.type !== 'changed') return;
      if (event.machines.length > 0) this.apply(event.machines);
      else if (event.topics.includes('machines')) void this.reload();
    });
    void this.reload();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#off?.();
    this.#off = undefined;
  }

  apply(summaries: readonly MachineSummary[]): void {
    for (const summary of summaries) this.byId.set(summary.id, summary);
    this.version++;
    this.host.requestUpdate();
  }

  checkName(id: string): Localized {
    return this.checkNames.get(id) ?? { id, en: id };
  }

  inRoom(roomId: string): MachineState[] {
    return [...this.byId.values()].filter((m) => m.roomId === roomId);
  }

  reload(): Promise<void> {
    if (this.#loading) {
      this.#again = true;
      return this.#loading;
    }
    this.#loading = (async () => {
      do {
        this.#again = false;
        try {
          const rows = await listMachines(this.api);
          if (!this.#connected) return;
          this.byId.clear();
          for (const { checks, ...summary } of rows) {
            this.byId.set(summary.id, summary);
            for (const c of checks) {
              if (c.failTitle) this.checkNames.set(c.id, c.failTitle);
              else if (!this.checkNames.has(c.id)) this.checkNames.set(c.id, c.title);
            }
          }
          this.loaded = true;
          this.error = undefined;
          this.version++;
        } catch (err) {
          if (!this.#connected) return;
          this.error = describeError(err);
        }
        this.host.requestUpdate();
      } while (this.#again && this.#connected);
    })().finally(() => {
      this.#loading = undefined;
    });
    return this.#loading;
  }
}
