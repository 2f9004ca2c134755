import { networkInterfaces } from 'node:os';
import type { Settings } from '../settings.js';
import type { Logger } from '../log.js';
import type { EnrollmentCommands } from '../../protocol/enrollment.js';
import type { Localized } from '../../protocol/i18n.js';
import type { RandomSource } from '../../protocol/ports.js';
import { newToken } from '../auth/tokens.js';

/**
 * The settings key of the venue's enrollment token: for simulators and scripted test rigs
 * (`siapcat simulate --token`); exam PCs enrol with one-time codes (codes.ts). Admin only.
 */
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

  /** `write` runs the store (the route passes the audit's one-transaction writer); memory follows only once it committed. */
  rotate(write: <T>(work: () => T) => T = (w) => w()): string {
    const token = newToken(this.random, 18);
    write(() => this.settings.set(TOKEN_KEY, token));
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
 * The hub address to give agents, and a warning when exam PCs cannot reach it. SIAPCAT_PUBLIC_URL
 * wins; a hub listening on one address gives that address; a hub on every interface gives the host
 * the admin's browser used unless that is loopback (an exam PC cannot reach 127.0.0.1), then this
 * machine's LAN address. A hub listening on loopback only cannot be reached from the LAN at all.
 */
export function publicHubUrl(input: { override?: string; requestUrl: string; lan?: string; listenHost?: string }): {
  url: string;
  warning: Localized | null;
} {
  if (input.override) return { url: input.override.replace(/\/+$/, ''), warning: null };
  const url = new URL(input.requestUrl);
  const listen = input.listenHost ?? '0.0.0.0';
  if (LOOPBACK.test(listen)) {
    return {
      url: url.origin,
      warning: {
        id: `Hub hanya mendengarkan di ${listen}, jadi PC ujian tidak bisa menjangkaunya. Jalankan hub dengan --host 0.0.0.0 (atau alamat LAN-nya) lalu muat ulang halaman ini.`,
        en: `The hub listens on ${listen} only, so exam PCs cannot reach it. Start the hub with --host 0.0.0.0 (or its LAN address), then reload this page.`,
      },
    };
  }
  if (listen !== '0.0.0.0' && listen !== '::') url.hostname = listen.includes(':') ? `[${listen}]` : listen;
  else if (LOOPBACK.test(url.hostname) && input.lan) url.hostname = input.lan;
  return { url: url.origin, warning: null };
}

export const CODE_PLACEHOLDER = 'KODE';
export const ROOM_PLACEHOLDER = 'RUANG';
export const SEAT_PLACEHOLDER = 'KURSI';

/**
 * The exact commands for an exam PC, run in the folder holding the downloaded file, as
 * Administrator (Windows) or with sudo (Linux). The agent takes the computer name as its id by
 * itself, so no shell variable is needed (PowerShell does not expand %COMPUTERNAME%); `.\` runs the
 * file from the current folder in both cmd.exe and PowerShell. ROOM and SEAT stay placeholders
 * (a batch code for a room fills the room); the agent refuses them unreplaced. A hub serving TLS adds
 * its CA fingerprint, which the agent pins before it sends anything.
 */
export function enrollmentCommands(
  hubUrl: string,
  code: string,
  roomId: string | null = null,
  caFingerprint: string | null = null,
): EnrollmentCommands {
  const pin = caFingerprint ? ` --ca-fingerprint ${caFingerprint}` : '';
  const args = `install --hub ${hubUrl}${pin} --code ${code} --room ${roomId ?? ROOM_PLACEHOLDER} --seat ${SEAT_PLACEHOLDER}`;
  const windows = `.\\siapcat-agent-win-x64.exe ${args}`;
  return {
    cmd: windows,
    powershell: windows,
    linux: `chmod +x siapcat-agent-linux-x64 && sudo ./siapcat-agent-linux-x64 ${args}`,
  };
}
