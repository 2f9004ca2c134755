import cron from 'node-cron';
import { copyFileSync, chmodSync, mkdirSync, realpathSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { intOption, parseOptions, requireOption } from '../../cli/args.js';
import { EXIT, type CliIO } from '../../cli/io.js';
import { isRole, ROLES } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import { defaultAgentId, fingerprintOption, hubOption, ident, lanAddresses } from '../link/cli.js';
import { fileKeyStore, keySlot } from '../link/keystore.js';
import { fetchPinnedCa } from '../link/pin.js';
import { AGENT_VERSION } from '../version.js';
import { readConfig, writeConfig, type AgentConfig } from './config.js';
import { enrollOnce } from './enroll.js';
import { layoutFor, type Layout } from './layout.js';
import { managerFor, noSystemd } from './manager.js';
import { privateDir } from './private-files.js';
import { printStatus } from './status-command.js';
import { requireAdmin, runningProgram, supportedPlatform } from './host.js';

export const INSTALL_USAGE =
  'siapcat-agent install --hub URL --code CODE [--role client|server|mobile-server] [--id ID] [--server SERVER] [--room ROOM] [--seat N] ' +
  '[--schedule "*/30 * * * *"] [--probe-mb 8] [--ca-fingerprint SHA256]';

const usage = (id: string, en: string) =>
  new AppError('usage', { id: `${id}\nCara pakai: ${INSTALL_USAGE}`, en: `${en}\nUsage: ${INSTALL_USAGE}` }, { exitCode: EXIT.usage });

/** The dashboard's commands keep KODE, RUANG and KURSI for the technician to replace: say so if one was not. */
function refusePlaceholders(values: { code?: string; room?: string; seat?: string }): void {
  const left = [
    values.code === 'KODE' && '--code KODE',
    values.room === 'RUANG' && '--room RUANG',
    values.seat === 'KURSI' && '--seat KURSI',
  ].filter((x): x is string => typeof x === 'string');
  if (left.length === 0) return;
  throw usage(
    `Ganti ${left.join(', ')} dengan nilai sebenarnya: kode dari dasbor, kode ruang (mis. R1) dan nomor kursi PC ini.`,
    `Replace ${left.join(', ')} with the real values: the code from the dashboard, the room id (e.g. R1) and this PC's seat number.`,
  );
}

/** The settings an install writes, from its flags (the code is spent, never stored). */
export function installConfig(argv: string[], layout: Layout) {
  const { values } = parseOptions(
    argv,
    {
      hub: { type: 'string' },
      code: { type: 'string' },
      role: { type: 'string' },
      id: { type: 'string' },
      server: { type: 'string' },
      room: { type: 'string' },
      seat: { type: 'string' },
      schedule: { type: 'string' },
      'probe-mb': { type: 'string' },
      'ca-fingerprint': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    INSTALL_USAGE,
  );
  if (values.help) return undefined;
  refusePlaceholders(values);
  const hub = hubOption(requireOption('hub', values.hub, INSTALL_USAGE));
  const role = values.role ?? 'client';
  if (!isRole(role)) throw usage(`--role harus salah satu dari ${ROLES.join(', ')}.`, `--role must be one of ${ROLES.join(', ')}.`);
  const schedule = values.schedule ?? '*/30 * * * *';
  if (!cron.validate(schedule)) throw usage(`--schedule '${schedule}' bukan ekspresi cron yang sah.`, `--schedule '${schedule}' is not a valid cron expression.`);
  const config: AgentConfig = {
    format: 'siapcat-agent-config/1',
    hub: hub.origin,
    id: ident('id', values.id ?? defaultAgentId())!,
    role,
    serverId: ident('server', values.server),
    roomId: ident('room', values.room),
    seat: values.seat === undefined ? null : intOption('seat', values.seat, 0, { min: 1, max: 10_000 }),
    schedule,
    probeMb: intOption('probe-mb', values['probe-mb'], 8, { min: 0, max: 16 }),
    keyFile: layout.keyFile,
    statusFile: layout.status,
    logFile: layout.log,
    caFingerprint: fingerprintOption(values['ca-fingerprint']),
  };
  return { config, code: values.code };
}

/**
 * `siapcat-agent install`: spends the enrollment code for this PC's own key (kept where only
 * root / SYSTEM can read it), copies the program to its fixed place, registers it to start at boot
 * and after a crash, starts it and prints its status. Installing again over an installed agent of
 * the same hub and id keeps its key (its identity at the hub) and needs no new code.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const platform = supportedPlatform();
  const layout = layoutFor(platform, io.env);
  const parsed = installConfig(argv, layout);
  if (!parsed) {
    io.stdout(`${INSTALL_USAGE}\n`);
    return EXIT.ok;
  }
  const { config, code } = parsed;
  await requireAdmin(platform, io.env);
  const previous = readConfig(layout.config);
  const keeps = previous !== undefined && previous.hub === config.hub && previous.id === config.id;
  const say = (id: string, en: string) => io.stdout(`${io.lang === 'en' ? en : id}\n`);

  if (keeps) {
    say(`Agen ${config.id} sudah terpasang untuk hub ini: kuncinya dipakai lagi (identitas tetap).`, `Agent ${config.id} is already installed for this hub: its key is kept (same identity).`);
  } else {
    if (!code) throw usage('Opsi --code wajib diisi untuk pemasangan pertama (kode dari dasbor hub: Pengaturan > Pendaftaran PC ujian).', 'Option --code is required for a first install (a code from the hub dashboard: Setup > Enrolling exam PCs).');
    privateDir(layout.stateDir);
    privateDir(layout.keyDir);
    // An https:// hub gets nothing, not even the code, before its CA matches the pinned fingerprint.
    const ca = /^(https|wss):/.test(config.hub) ? await fetchPinnedCa(config.hub, config.caFingerprint ?? undefined) : undefined;
    say(`Mendaftarkan ${config.id} ke ${config.hub} …`, `Enrolling ${config.id} at ${config.hub} …`);
    const enrolled = await enrollOnce({
      ...(ca ? { ca } : {}),
      hubUrl: config.hub,
      code,
      id: config.id,
      role: config.role,
      placement: { serverId: config.serverId, roomId: config.roomId, seat: config.seat },
      keys: fileKeyStore(layout.keyFile, keySlot(config.hub, config.id), (w) => io.stderr(`${w}\n`)),
      agent: { version: AGENT_VERSION, platform: process.platform, host: hostname() },
      addresses: lanAddresses(),
    });
    if (enrolled.refusal) say(`Catatan dari hub: ${enrolled.refusal.id}`, `Note from the hub: ${enrolled.refusal.en}`);
  }
  privateDir(layout.stateDir);
  writeConfig(layout.config, config);

  const manager = managerFor(layout, io.env);
  // A running agent holds its program (Windows cannot overwrite a running .exe): stop it first.
  if (previous !== undefined) await manager.unregister();
  const command = installProgram(layout, await runningProgram());
  await manager.lockDown();
  try {
    await manager.register(command, AGENT_VERSION);
  } catch (err) {
    if (err instanceof AppError && err.code === 'no-systemd') throw noSystemd(layout, command);
    throw err;
  }
  say(`Agen dipasang dan dijalankan (${layout.serviceName}).`, `Agent installed and started (${layout.serviceName}).`);
  return printStatus(io, layout, manager, { waitMs: 20_000 });
}

/**
 * Puts the program in its fixed place and returns the start-up command. The single file is copied;
 * a `siapcat` run by Node (development, tests) is started where it is.
 */
function installProgram(layout: Layout, program: { sea: boolean; file: string; script?: string }): string[] {
  const args = ['run', '--config', layout.config];
  if (!program.sea) return [program.file, resolve(program.script!), 'agent', ...args];
  if (realpathSync(program.file) !== resolvePath(layout.program)) {
    mkdirSync(dirname(layout.program), { recursive: true });
    copyFileSync(program.file, layout.program);
    chmodSync(layout.program, 0o755);
  }
  return [layout.program, ...args];
}

function resolvePath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
