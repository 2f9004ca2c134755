import { isLang, type Lang, type Localized } from '../../../protocol/i18n.js';
import { DEFAULT_ZONE, formatDate, formatDateTime, formatNumber, formatTime } from './format.js';
import { wallClock } from '../../../protocol/time.js';

export const LANG_STORAGE_KEY = 'siapcat.lang';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function safeStorage(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (private mode, policy): the language is then not remembered
  }
}

/**
 * The language the person chose (Bahasa Indonesia unless they picked English; remembered in
 * localStorage) and the venue's time zone (set from the venue once it is loaded). Every text on
 * screen is a `Localized` value; `t()` picks the language.
 */
export class Locale {
  #lang: Lang;
  #zone: string = DEFAULT_ZONE;
  readonly #listeners = new Set<() => void>();

  constructor(private readonly storage: KeyValueStore | undefined = safeStorage()) {
    let saved: string | null = null;
    try {
      saved = storage?.getItem(LANG_STORAGE_KEY) ?? null;
    } catch {
      saved = null;
    }
    this.#lang = isLang(saved) ? saved : 'id';
  }

  get lang(): Lang {
    return this.#lang;
  }

  get zone(): string {
    return this.#zone;
  }

  setLang(lang: Lang): void {
    if (lang === this.#lang) return;
    this.#lang = lang;
    try {
      this.storage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      /* not remembered, still switched */
    }
    this.#notify();
  }

  setZone(zone: string): void {
    if (zone === this.#zone) return;
    this.#zone = zone;
    this.#notify();
  }

  t(text: Localized): string {
    return text[this.#lang];
  }

  date(value: Date | string | number): string {
    return formatDate(value, this.#zone);
  }

  time(value: Date | string | number, withSeconds = false): string {
    return formatTime(value, this.#zone, this.#lang, withSeconds);
  }

  /** The hub's wall-clock "HH:MM" in this language: 07.55 (id), 07:55 (en). */
  clock(hhmm: string): string {
    return wallClock(hhmm, this.#lang);
  }

  dateTime(value: Date | string | number): string {
    return formatDateTime(value, this.#zone, this.#lang);
  }

  number(value: number): string {
    return formatNumber(value, this.#lang);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    if (typeof document !== 'undefined') document.documentElement.lang = this.#lang;
    for (const listener of this.#listeners) listener();
  }
}

/** The page's one locale (the language is a property of the whole screen, like document.lang). */
export const locale = new Locale();
if (typeof document !== 'undefined') document.documentElement.lang = locale.lang;
