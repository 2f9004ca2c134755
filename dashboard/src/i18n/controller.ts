import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { locale as appLocale, type Locale } from './locale.js';

/**
 * Re-renders its component when the language or the venue's time zone changes.
 * Use: `private readonly l = new LocaleController(this);` then `l.t(msg.title)`, `l.dateTime(iso)`.
 */
export class LocaleController implements ReactiveController {
  #off: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly locale: Locale = appLocale,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#off = this.locale.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
  }

  get lang() {
    return this.locale.lang;
  }
  t = (...args: Parameters<Locale['t']>) => this.locale.t(...args);
  date = (...args: Parameters<Locale['date']>) => this.locale.date(...args);
  time = (...args: Parameters<Locale['time']>) => this.locale.time(...args);
  dateTime = (...args: Parameters<Locale['dateTime']>) => this.locale.dateTime(...args);
  clock = (...args: Parameters<Locale['clock']>) => this.locale.clock(...args);
  number = (...args: Parameters<Locale['number']>) => this.locale.number(...args);
}
