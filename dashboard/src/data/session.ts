import type { LoginResponse } from '../../../protocol/api.js';
import type { Localized } from '../../../protocol/i18n.js';
import type { Action } from '../../../protocol/permissions.js';
import { systemClock, type Clock } from '../../../protocol/ports.js';

export const SESSION_STORAGE_KEY = 'siapcat.session';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface Stored {
  token: string;
  username: string;
  expiresAt: string;
}

function isStored(value: unknown): value is Stored {
  const v = value as Stored | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.token === 'string' &&
    typeof v.username === 'string' &&
    typeof v.expiresAt === 'string'
  );
}

function defaultStorage(): KeyValueStore | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Who is logged in, and the bearer token.
 *
 * The token is kept in sessionStorage, not localStorage: venue laptops are shared by Panselda,
 * IT staff and monitors, and a hub session lasts 36 hours; closing the browser must log the
 * person out. sessionStorage survives reloads, so a monitor-room TV that keeps its tab open
 * keeps its login. (Both are equally readable by a script on the page; the dashboard loads
 * no third-party scripts.)
 */
export class Session {
  #state: Stored | undefined;
  #notice: Localized | undefined;
  /** What the logged-in role may do, from /api/me (the hub's permission table); unknown until it answers. */
  #actions: ReadonlySet<string> | undefined;
  readonly #listeners = new Set<() => void>();

  constructor(
    private readonly storage: KeyValueStore | undefined = defaultStorage(),
    private readonly clock: Clock = systemClock,
  ) {
    this.#state = this.#load();
  }

  get token(): string | undefined {
    return this.#state?.token;
  }

  get username(): string | undefined {
    return this.#state?.username;
  }

  get loggedIn(): boolean {
    return this.#state !== undefined;
  }

  /**
   * Whether to offer `action` (a button, a form). Only a convenience: the hub refuses what the role
   * may not do either way. While /api/me has not answered, everything is offered.
   */
  may(action: Action): boolean {
    return this.#actions === undefined || this.#actions.has(action);
  }

  get accessKnown(): boolean {
    return this.#actions !== undefined;
  }

  setAccess(actions: readonly string[]): void {
    this.#actions = new Set(actions);
    this.#notify();
  }

  /** Why the person was sent back to the login page (expired session), shown there once. */
  get notice(): Localized | undefined {
    return this.#notice;
  }

  begin(login: LoginResponse): void {
    this.#state = { token: login.token, username: login.username, expiresAt: login.expiresAt };
    this.#notice = undefined;
    this.#write(JSON.stringify(this.#state));
    this.#notify();
  }

  /** Forgets the token; `notice` tells the login page why. */
  end(notice?: Localized): void {
    const wasIn = this.#state !== undefined;
    this.#state = undefined;
    this.#actions = undefined;
    this.#notice = notice;
    this.#write(undefined);
    if (wasIn || notice) this.#notify();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #load(): Stored | undefined {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(SESSION_STORAGE_KEY) ?? null;
    } catch {
      return undefined;
    }
    if (!raw) return undefined;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isStored(parsed) && parsed.expiresAt > this.clock.now().toISOString()) return parsed;
    } catch {
      /* damaged: treated as logged out */
    }
    this.#write(undefined);
    return undefined;
  }

  #write(value: string | undefined): void {
    try {
      if (value === undefined) this.storage?.removeItem(SESSION_STORAGE_KEY);
      else this.storage?.setItem(SESSION_STORAGE_KEY, value);
    } catch {
      /* storage blocked: the login lasts until the page is closed */
    }
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
