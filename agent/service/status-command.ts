import { parseOptions } from '../../cmdline/args.js';
import { EXIT, type CliIO } from '../../cmdline/io.js';
import type { Placement } from '../../protocol/agent.js';
import type { Verdict } from '../../protocol/check.js';
import { upper, VERDICT_WORDS } from '../../protocol/glossary.js';
import type { Localized } from '../../protocol/i18n.js';
import { formatLocalTime, localTimeZone } from '../cli/time.js';
import { readConfig } from './config.js';
import { supportedPlatform } from './host.js';
import { layoutFor, type Layout } from './layout.js';
import { managerFor, type ServiceManager } from './manager.js';
import { readRunStatus, type RunStatus } from './status-file.js';

export const STATUS_USAGE = 'siapcat-agent status [--json]';

/** The agent counts as running when its process exists and it wrote its status within this time. */
const ALIVE_MS = 90_000;

const VERDICT = (verdict: Verdict): Localized => upper(VERDICT_WORDS[verdict]);

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function isRunning(status: RunStatus | undefined, now = Date.now()): boolean {
  return status !== undefined && processAlive(status.pid) && now - Date.parse(status.aliveAt) < ALIVE_MS;
}

function where(p: Placement | null, lang: 'id' | 'en'): string {
  if (!p || (p.serverId === null && p.roomId === null && p.seat === null)) return lang === 'en' ? 'not placed' : 'belum ditempatkan';
  const parts = [
    p.serverId && `server ${p.serverId}`,
    p.roomId && `${lang === 'en' ? 'room' : 'ruang'} ${p.roomId}`,
    p.seat !== null && `${lang === 'en' ? 'seat' : 'kursi'} ${p.seat}`,
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * Prints whether the agent is installed, runs, when it last reached the hub and its verdict.
 * `waitMs`: right after install, wait that long for the service to write its first status.
 * Exit 0 when it runs, 5 when it is not installed or not running.
 */
export async function printStatus(
  io: CliIO,
  layout: Layout,
  manager: ServiceManager,
  options: { waitMs?: number; json?: boolean } = {},
): Promise<number> {
  const lang = io.lang;
  const config = readConfig(layout.config);
  let status = readRunStatus(layout.status);
  const deadline = Date.now() + (options.waitMs ?? 0);
  while (config && !isRunning(status) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    status = readRunStatus(layout.status);
  }
  const service = await manager.state();
  const running = isRunning(status);
  if (options.json) {
    io.stdout(
      `${JSON.stringify({ installed: config !== undefined, id: config?.id ?? null, hub: config?.hub ?? null, service, running, status: status ?? null })}\n`,
    );
    return running ? EXIT.ok : EXIT.runtime;
  }
  if (!config) {
    io.stdout(
      lang === 'en'
        ? `The agent is not installed on this PC (${layout.config} is missing).\n`
        : `Agen belum dipasang di PC ini (${layout.config} tidak ada).\n`,
    );
    return EXIT.runtime;
  }
  const yes = lang === 'en' ? 'yes' : 'ya';
  const no = lang === 'en' ? 'no' : 'tidak';
  const unknown = lang === 'en' ? 'cannot tell' : 'tidak bisa dipastikan';
  // Times as people read them on this PC: 03/12/2026 07.31 WITA (07:31 in English).
  const when = (iso: string) => formatLocalTime(iso, localTimeZone(process.env), lang);
  const rows: Array<[string, string, string]> = [
    ['ID', 'ID', `${config.id} (${config.role})`],
    ['Hub', 'Hub', config.hub],
    [
      `Layanan (${layout.serviceName})`,
      `Service (${layout.serviceName})`,
      service.registered ? yes : service.active === null && !service.registered ? unknown : no,
    ],
    ['Berjalan', 'Running', running ? `${yes} (PID ${status!.pid})` : no],
    ['Terakhir ke hub', 'Last reached hub', status?.lastContactAt ? when(status.lastContactAt) : lang === 'en' ? 'never' : 'belum pernah'],
    ['Penempatan', 'Placement', where(status?.placement ?? null, lang)],
    [
      'Hasil',
      'Verdict',
      status?.verdict
        ? `${VERDICT(status.verdict)[lang]}${status.checkedAt ? ` (${when(status.checkedAt)})` : ''}`
        : lang === 'en'
          ? 'no check yet'
          : 'belum diperiksa',
    ],
  ];
  for (const [id, en, value] of rows) io.stdout(`${(lang === 'en' ? en : id).padEnd(28)}: ${value}\n`);
  if (status?.refusal) io.stdout(`${(lang === 'en' ? 'Hub says' : 'Kata hub').padEnd(28)}: ${status.refusal[lang]}\n`);
  if (!running) {
    io.stdout(
      lang === 'en' ? `The agent is not running. Its log: ${layout.log}\n` : `Agen tidak berjalan. Lihat catatannya: ${layout.log}\n`,
    );
  }
  return running ? EXIT.ok : EXIT.runtime;
}

/** `siapcat-agent status`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(argv, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, STATUS_USAGE);
  if (values.help) {
    io.stdout(`${STATUS_USAGE}\n`);
    return EXIT.ok;
  }
  const layout = layoutFor(supportedPlatform(), io.env);
  return printStatus(io, layout, managerFor(layout, io.env), { json: values.json === true });
}
