import cron from 'node-cron';
import { hostname, networkInterfaces } from 'node:os';
import { intOption, parseOptions, requireOption } from '../../cli/args.js';
import { EXIT, type CliIO } from '../../cli/io.js';
import { isRole, ROLES } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import { IdentSchema } from '../../protocol/venue.js';
import { AGENT_VERSION } from '../version.js';
import { defaultKeyFile, fileKeyStore, keySlot } from './keystore.js';
import type { Notice } from './notices.js';
import { AgentRunner, type ReportSource } from './runner.js';

export const USAGE =
  'siapcat agent run --hub URL --token TOKEN --role client|server|mobile-server --id ID [--server SERVER] [--room ROOM] [--seat N] ' +
  '[--key-file PATH] [--schedule "*/30 * * * *"] [--probe-mb 8]';

const usage = (text: Localized) => new AppError('usage', { id: `${text.id}\nCara pakai: ${USAGE}`, en: `${text.en}\nUsage: ${USAGE}` }, { exitCode: EXIT.usage });

function ident(name: string, value: string | undefined): string | null {
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
      token: { type: 'string' },
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
  const hubUrl = requireOption('hub', values.hub, USAGE);
  let url: URL;
  try {
    url = new URL(hubUrl);
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) throw new Error(url.protocol);
  } catch {
    throw usage({ id: `--hub '${hubUrl}' bukan alamat seperti http://192.168.1.10:8080.`, en: `--hub '${hubUrl}' is not an address like http://192.168.1.10:8080.` });
  }
  const role = requireOption('role', values.role, USAGE);
  if (!isRole(role)) throw usage({ id: `--role harus salah satu dari ${ROLES.join(', ')}.`, en: `--role must be one of ${ROLES.join(', ')}.` });
  const id = ident('id', requireOption('id', values.id, USAGE))!;
  const schedule = values.schedule ?? '*/30 * * * *';
  if (!cron.validate(schedule)) {
    throw usage({ id: `--schedule '${schedule}' bukan ekspresi cron yang sah.`, en: `--schedule '${schedule}' is not a valid cron expression.` });
  }
  const keyFile = values['key-file'] ?? defaultKeyFile(io.env);
  return {
    hubUrl: url.toString(),
    ...(values.token ? { token: values.token } : {}),
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
  const source = await loadSource();
  const runner = new AgentRunner({ ...parsed, source });
  parsed.print('info', {
    id: `Agen ${parsed.id} (${parsed.role}) menyambung ke ${parsed.hubUrl}. Kunci agen: ${parsed.keyFile}. Tekan Ctrl+C untuk berhenti.`,
    en: `Agent ${parsed.id} (${parsed.role}) connecting to ${parsed.hubUrl}. Agent key: ${parsed.keyFile}. Press Ctrl+C to stop.`,
  });
  runner.start();
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void runner.stop().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.ok;
}
