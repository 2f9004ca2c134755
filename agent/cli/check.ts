import { parseOptions } from '../../cmdline/args.js';
import { EXIT, type CliIO } from '../../cmdline/io.js';
import type { Checklist } from '../../checklists/types.js';
import { AppError } from '../../protocol/errors.js';
import { systemClock } from '../../protocol/ports.js';
import type { Snapshot } from '../../protocol/snapshot.js';
import { exitDespiteStuckReadings } from './exit.js';
import { readUserBytes, readUserFile } from './files.js';
import { langOption, pingCount, pingHosts, roleOption } from './options.js';
import { localTimeZone } from './time.js';

/**
 * Modules are loaded when needed: systeminformation only to read this PC, the judging side only
 * after the gather (loading it during the gather was measured no faster on a 2-core machine: it
 * competes with the probes for the CPU, and it raised the peak memory; see bench/agent-check).
 */
const judging = () => Promise.all([import('../../checklists/index.js'), import('../judge.js'), import('./render.js')]);

export const CHECK_USAGE =
  'siapcat agent check --role server|mobile-server|client [--snapshot FILE] [--json] [--lang id|en] [--ping HOST]... [--ping-count 10] [--params FILE]';

const HELP = {
  id: `${CHECK_USAGE}

Memeriksa PC ini (atau snapshot dari PC lain) terhadap spesifikasi Lampiran C.4.b untuk perannya.
  --role        server, mobile-server (server mobile BKN) atau client (PC peserta)
  --snapshot    nilai berkas snapshot (dari 'siapcat agent snapshot') atau berkas tangkapan PC lama
                (NAMAPC-siapcat.txt dari TANGKAP-PC-LAMA.cmd) alih-alih membaca PC ini
  --json        cetak satu objek JSON saja
  --lang        bahasa keluaran: id (bawaan) atau en
  --ping        jalankan uji coba jaringan ke HOST (boleh diulang atau dipisah koma)
  --ping-count  jumlah ping per host (bawaan 10)
  --params      berkas JSON parameter lokasi (mis. versi minimum peramban)
Kode keluar: 0 siap, 1 belum siap, 2 belum bisa dinilai, 3 salah perintah, 4 berkas salah.
`,
  en: `${CHECK_USAGE}

Checks this PC (or a snapshot from another PC) against the Lampiran C.4.b specification for its role.
  --role        server, mobile-server (BKN's mobile server) or client (candidate PC)
  --snapshot    judge a snapshot file (from 'siapcat agent snapshot') or an old PC's capture file
                (NAMEPC-siapcat.txt from TANGKAP-PC-LAMA.cmd) instead of reading this PC
  --json        print one JSON object only
  --lang        output language: id (default) or en
  --ping        run the network trial to HOST (repeatable or comma-separated)
  --ping-count  pings per host (default 10)
  --params      the venue's params JSON file (e.g. browser minimum versions)
Exit codes: 0 ready, 1 not ready, 2 not judged yet, 3 usage error, 4 bad input file.
`,
};

const EXIT_OF = { ready: EXIT.ok, 'not-ready': EXIT.notReady, incomplete: EXIT.incomplete } as const;

export async function loadChecklist(paramsFile: string | undefined, io: CliIO): Promise<Checklist> {
  const { DEFAULT_CHECKLIST } = await import('../../checklists/index.js');
  if (paramsFile === undefined) return DEFAULT_CHECKLIST;
  const { withParams } = await import('../../checklists/params.js');
  const text = await readUserFile(paramsFile, io.cwd, { id: 'Berkas parameter', en: 'Params file' }, 1024 * 1024);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError(
      'bad-params',
      { id: `Berkas parameter '${paramsFile}' bukan JSON yang sah.`, en: `The params file '${paramsFile}' is not valid JSON.` },
      { exitCode: 4 },
    );
  }
  return withParams(DEFAULT_CHECKLIST, data);
}

/** `siapcat agent check`: judge this PC (or a snapshot) and print a table or one JSON object. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(
    argv,
    {
      role: { type: 'string' },
      snapshot: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      ping: { type: 'string', multiple: true },
      'ping-count': { type: 'string' },
      params: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    CHECK_USAGE,
  );
  const lang = langOption(values.lang, io.lang, CHECK_USAGE);
  if (values.help) {
    io.stdout(HELP[lang]);
    return EXIT.ok;
  }
  const role = roleOption(values.role, CHECK_USAGE);
  const hosts = pingHosts(values.ping, CHECK_USAGE);
  const count = pingCount(values['ping-count']);
  if (values.snapshot !== undefined && hosts.length > 0) {
    throw new AppError(
      'usage',
      {
        id: `--ping mengukur jaringan PC ini, jadi tidak bisa digabung dengan --snapshot.\nCara pakai: ${CHECK_USAGE}`,
        en: `--ping measures this PC's network, so it cannot be combined with --snapshot.\nUsage: ${CHECK_USAGE}`,
      },
      { exitCode: EXIT.usage },
    );
  }
  // A params file is read and validated before anything is gathered: a mistake in it stops here.
  const early = values.params !== undefined ? await loadChecklist(values.params, io) : undefined;
  let snapshot: Snapshot;
  if (values.snapshot !== undefined) {
    // A snapshot JSON, or a capture file from the XP/7/8 scripts (converted to the same snapshot).
    const { readMachineFile } = await import('../capture/convert.js');
    const { MACHINE_FILE_MAX_BYTES } = await import('../capture/decode.js');
    const what = { id: 'Berkas snapshot', en: 'Snapshot file' };
    snapshot = readMachineFile(await readUserBytes(values.snapshot, io.cwd, what, MACHINE_FILE_MAX_BYTES), systemClock);
  } else {
    if (!values.json) io.stderr(lang === 'en' ? 'Reading this PC…\n' : 'Membaca PC ini…\n');
    const { gatherSnapshot } = await import('../gather/index.js');
    snapshot = await gatherSnapshot({ env: io.env, ...(hosts.length > 0 ? { ping: { hosts, count } } : {}) });
  }
  const checklist = early ?? (await loadChecklist(undefined, io));
  const [, { judgeSnapshot }, { renderTable, reportJson }] = await judging();
  const report = judgeSnapshot(snapshot, role, { checklist, clock: systemClock });
  const exitCode = EXIT_OF[report.verdict];
  if (values.json) {
    io.stdout(`${JSON.stringify(reportJson(report, lang))}\n`);
  } else {
    io.stdout(
      renderTable(report, {
        lang,
        ...(snapshot.host ? { host: snapshot.host } : {}),
        ...(values.snapshot !== undefined ? { snapshotFile: values.snapshot } : {}),
        timeZone: localTimeZone(io.env),
        trialRan: snapshot.probes.network !== undefined,
        exitCode,
      }),
    );
  }
  if (values.snapshot === undefined) exitDespiteStuckReadings(snapshot, exitCode);
  return exitCode;
}
