import { networkInterfaces } from 'node:os';
import type { Settings } from '../settings.js';
import type { Logger } from '../log.js';
import type { RandomSource } from '../../protocol/ports.js';
import { newToken } from '../auth/tokens.js';

/** GET /api/enrollment: what the admin pastes on each exam PC. */
export interface Enrollment {
  token: string;
  hubUrl: string;
  commands: { windows: string; linux: string };
}

/** The settings key of the venue's enrollment token. */
export const ENROLL_TOKEN_SETTING = 'agents.enroll-token';
const TOKEN_KEY = ENROLL_TOKEN_SETTING;

/**
 * The venue's agent enrollment token: SIAPCAT_ENROLL_TOKEN when set (it wins at every start),
 * else the stored one, else a new random one (logged once so the admin can read it).
 */
export class EnrollmentToken {
  /** Kept in memory: every hello compares against it. */
  private current: string | undefined;

  constructor(
    private readonly settings: Settings,
    private readonly random: RandomSource,
    private readonly log: Logger,
  ) {}

  init(fromEnv: string | undefined): string {
    if (fromEnv && fromEnv.trim().length >= 8) {
      this.settings.set(TOKEN_KEY, fromEnv.trim());
      this.log.info('agents.enroll-token', { source: 'SIAPCAT_ENROLL_TOKEN' });
      return (this.current = fromEnv.trim());
    }
    if (fromEnv) this.log.warn('agents.enroll-token-too-short', { min: 8 });
    const stored = this.settings.get(TOKEN_KEY);
    if (stored) return (this.current = stored);
    const token = newToken(this.random, 18);
    this.settings.set(TOKEN_KEY, token);
    this.log.info('agents.enroll-token-created', { token });
    return (this.current = token);
  }

  get(): string {
    this.current ??= this.settings.get(TOKEN_KEY) ?? '';
    return this.current;
  }

  rotate(): string {
    const token = newToken(this.random, 18);
    this.settings.set(TOKEN_KEY, token);
    return (this.current = token);
  }
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?)$/i;

/** The first non-internal IPv4 address of this machine: what exam PCs on the LAN can reach. */
export function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

/**
 * The hub address to give agents: SIAPCAT_PUBLIC_URL when set; else the host the admin's browser
 * used unless that is loopback (an exam PC cannot reach 127.0.0.1), then this machine's LAN address.
 */
export function publicHubUrl(input: { override?: string; requestUrl: string; lan?: string }): string {
  if (input.override) return input.override.replace(/\/+$/, '');
  const url = new URL(input.requestUrl);
  if (LOOPBACK.test(url.hostname) && input.lan) url.hostname = input.lan;
  return url.origin;
}

/** The exact command lines for Windows (cmd) and Linux (sh); each PC's computer name becomes its id. */
export function enrollmentCommands(hubUrl: string, token: string): Enrollment['commands'] {
  const base = `siapcat agent run --hub ${hubUrl} --token ${token} --role client`;
  return { windows: `${base} --id %COMPUTERNAME%`, linux: `${base} --id "$(hostname)"` };
}
