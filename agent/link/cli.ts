import cron from 'node-cron';
import { hostname, networkInterfaces } from 'node:os';
import { readSerial } from './trial-io.js';
import { intOption, parseOptions, requireOption } from '../../cli/args.js';
import { fetchPinnedCa, normalisePin } from './pin.js';
import { EXIT, type CliIO } from '../../cli/io.js';
import { isRole, ROLES } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import { IdentSchema } from '../../protocol/venue.js';
import { AGENT_VERSION } from '../version.js';
import { readConfig } from '../service/config.js';
import { fileWriter } from '../service/log-file.js';
import { RunStatusFile } from '../service/status-file.js';
import { defaultKeyFile, fileKeyStore, keySlot } from './keystore.js';
import type { Notice } from './notices.js';
import { AgentRunner, type ReportSource } from './runner.js';

export const USAGE =
  'siapcat agent run --hub URL --code CODE --role client|server|mobile-server [--id ID] [--server SERVER] [--room ROOM] [--seat N] ' +
  '[--key-file PATH] [--schedule "*/30 * * * *"] [--probe-mb 8] [--ca-fingerprint SHA256 (needed for an https:// hub)]  |  siapcat agent run --config FILE';

const usage = (text: Localized) => new AppError('usage', { id: `${text.id}\nCara pakai: ${USAGE}`, en: `${text.en}\nUsage: ${USAGE}` }, { exitCode: EXIT.usage });

export function ident(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!IdentSchema.safeParse(value).success) {
    throw usage({
      id: `--${name} '${value}' tidak sah: pakai huruf, angka, titik, garis dan garis bawah, tanpa spasi (mis. PC-017).`,
      en: `--${name} '${value}' is not valid: use letters, digits, dot, dash and underscore, no spaces (e.g. PC-017).`,
    });
  }
  return value;
}

/** This PC's LAN addresses (a server's are handed to its clients for the ping trial). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address)
    .slice(0, 16);
}

function printer(io: CliIO) {
  return (level: Notice['level'], text: Localized) => {
    const time = new Date().toTimeString().slice(0, 8);
    const line = `${time} ${text.id}\n${' '.repeat(9)}${text.en}\n`;
    if (level === 'info') io.stdout(line);
    else io.stderr(line);
  };
}

/** Parses `agent run`'s flags into runner options (everything but the report source). */
export function parseRunArgs(argv: string[], io: CliIO) {
  const { values } = parseOptions(
    argv,
    {
      hub: { type: 'string' },
      code: { type: 'string' },
      token: { type: 'string' },
      config: { type: 'string' },
      'ca-fingerprint': { type: 'string' },
      role: { type: 'string' },
      id: { type: 'string' },
      server: { type: 'string' },
      room: { type: 'string' },
      seat: { type: 'string' },
      'key-file': { type: 'string' },
      schedule: { type: 'string' },
      'probe-mb': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) return undefined;
  if (values.config !== undefined) return fromConfig(values, io);
  const url = hubOption(requireOption('hub', values.hub, USAGE));
  const role = requireOption('role', values.role, USAGE);
  if (!isRole(role)) throw usage({ id: `--role harus salah satu dari ${ROLES.join(', ')}.`, en: `--role must be one of ${ROLES.join(', ')}.` });
  const id = ident('id', values.id ?? defaultAgentId())!;
  const code = values.code ?? values.token;
  const schedule = values.schedule ?? '*/30 * * * *';
  if (!cron.validate(schedule)) {
    throw usage({ id: `--schedule '${schedule}' bukan ekspresi cron yang sah.`, en: `--schedule '${schedule}' is not a valid cron expression.` });
  }
  const keyFile = values['key-file'] ?? defaultKeyFile(io.env);
  return {
    hubUrl: url.toString(),
    ...(code ? { token: code } : {}),
    caFingerprint: fingerprintOption(values['ca-fingerprint']),
    id,
    role,
    placement: {
      serverId: ident('server', values.server),
      roomId: ident('room', values.room),
      seat: values.seat === undefined ? null : intOption('seat', values.seat, 0, { min: 1, max: 10_000 }),
    },
    keyFile,
    keys: fileKeyStore(keyFile, keySlot(url.toString(), id), (w) => io.stderr(`${w}\n`)),
    schedule,
    probeBytes: intOption('probe-mb', values['probe-mb'], 8, { min: 0, max: 16 }) * 1024 * 1024,
    agent: { version: AGENT_VERSION, platform: process.platform, host: hostname() },
    addresses: lanAddresses(),
    print: printer(io),
    statusFile: null as string | null,
  };
}

export type RunArgs = NonNullable<ReturnType<typeof parseRunArgs>>;

/** `--hub` as typed: http(s)://host:port (or ws(s)://). */
export function hubOption(hubUrl: string): URL {
  try {
    const url = new URL(hubUrl);
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) throw new Error(url.protocol);
    return url;
  } catch {
    throw usage({ id: `--hub '${hubUrl}' bukan alamat seperti http://192.168.1.10:8080.`, en: `--hub '${hubUrl}' is not an address like http://192.168.1.10:8080.` });
  }
}

/** This PC's computer name as an agent id (letters, digits, dot, dash, underscore; at most 64). */
export function defaultAgentId(host = hostname()): string {
  const id = host.split('.')[0]!.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 64);
  return id === '' ? 'PC' : id;
}

/**
 * `--ca-fingerprint`: the SHA-256 fingerprint of the hub's own CA (64 hex digits, colons allowed),
 * as the hub prints it at start. Kept in the agent's settings; a hub served over TLS is then
 * trusted only when its certificate chains to a CA with exactly this fingerprint.
 */
export function fingerprintOption(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const pin = normalisePin(raw);
  if (!pin) {
    throw usage({
      id: `--ca-fingerprint '${raw.slice(0, 100)}' bukan sidik jari SHA-256 (64 digit heksadesimal, boleh dengan titik dua) seperti yang dicetak hub saat mulai.`,
      en: `--ca-fingerprint '${raw.slice(0, 100)}' is not a SHA-256 fingerprint (64 hex digits, colons allowed) as the hub prints at start.`,
    });
  }
  return pin;
}

/** `run --config FILE`: an installed agent's settings (no secret in them; the key is in its own file). */
function fromConfig(values: Record<string, string | boolean | undefined>, io: CliIO) {
  const others = Object.keys(values).filter((k) => k !== 'config' && values[k] !== undefined);
  if (others.length > 0) {
    throw usage({
      id: `--config tidak bisa digabung dengan ${others.map((o) => `--${o}`).join(', ')}: ubah pengaturan dengan memasang ulang.`,
      en: `--config cannot be combined with ${others.map((o) => `--${o}`).join(', ')}: change settings by installing again.`,
    });
  }
  const config = readConfig(String(values.config));
  if (!config) {
    throw usage({ id: `Berkas pengaturan ${String(values.config)} tidak ada. Pasang agen dulu (install).`, en: `No settings file ${String(values.config)}. Install the agent first.` });
  }
  const log = fileWriter(config.logFile);
  const logIO: CliIO = { ...io, stdout: log, stderr: log };
  return {
    hubUrl: config.hub,
    id: config.id,
    role: config.role,
    caFingerprint: config.caFingerprint,
    placement: { serverId: config.serverId, roomId: config.roomId, seat: config.seat },
    keyFile: config.keyFile,
    keys: fileKeyStore(config.keyFile, keySlot(config.hub, config.id), (w) => log(`${w}\n`)),
    schedule: config.schedule,
    probeBytes: config.probeMb * 1024 * 1024,
    agent: { version: AGENT_VERSION, platform: process.platform, host: hostname() },
    addresses: lanAddresses(),
    print: printer(logIO),
    statusFile: config.statusFile,
  };
}

/**
 * `siapcat agent run`: runs until Ctrl+C (or SIGTERM from a service manager). The key file is
 * checked writable before connecting, so a PC that could not keep its key says so at once.
 */
export async function runWith(argv: string[], io: CliIO, loadSource: () => Promise<ReportSource>): Promise<number> {
  const parsed = parseRunArgs(argv, io);
  if (!parsed) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  parsed.keys.save(parsed.keys.load());
  // An https:// hub is trusted only through its pinned CA; nothing (no token, no key) is sent before.
  const secure = /^(https|wss):/.test(parsed.hubUrl);
  const ca = secure ? await fetchPinnedCa(parsed.hubUrl, parsed.caFingerprint ?? undefined) : undefined;
  const source = await loadSource();
  const status = parsed.statusFile ? new RunStatusFile(parsed.statusFile) : undefined;
  // A server's serial is matched against the BAST of the mobile server (clients need none).
  const serial = parsed.role === 'client' ? undefined : await readSerial();
  const runner = new AgentRunner({
    ...parsed,
    ...(ca ? { ca } : {}),
    source,
    agent: { ...parsed.agent, ...(serial ? { serial } : {}) },
    ...(status
      ? {
          status: {
            welcomed: (placement, refusal) => status.update({ lastContactAt: new Date().toISOString(), placement, refusal }),
            checked: (verdict) => status.update({ verdict, checkedAt: new Date().toISOString() }),
          },
        }
      : {}),
  });
  status?.start(() => runner.link.state === 'open');
  parsed.print('info', {
    id: `Agen ${parsed.id} (${parsed.role}) menyambung ke ${parsed.hubUrl}. Kunci agen: ${parsed.keyFile}. Tekan Ctrl+C untuk berhenti.`,
    en: `Agent ${parsed.id} (${parsed.role}) connecting to ${parsed.hubUrl}. Agent key: ${parsed.keyFile}. Press Ctrl+C to stop.`,
  });
  runner.start();
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      status?.stop();
      void runner.stop().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.ok;
}
