import { parseOptions } from '../../cmdline/args.js';
import { EXIT, type CliIO } from '../../cmdline/io.js';
import { gatherSnapshot } from '../gather/index.js';
import { exitDespiteStuckReadings } from './exit.js';
import { writeFileAtomic } from './files.js';
import { langOption, pingCount, pingHosts } from './options.js';

export const SNAPSHOT_USAGE = 'siapcat agent snapshot [--out FILE] [--ping HOST]... [--ping-count 10] [--lang id|en]';

const HELP = {
  id: `${SNAPSHOT_USAGE}

Membaca PC ini dan menyimpan hasilnya (snapshot JSON) untuk dinilai kemudian di komputer lain:
  siapcat agent check --role client --snapshot FILE
Tanpa --out, snapshot dicetak ke stdout. --ping menyertakan uji coba jaringan ke HOST.
`,
  en: `${SNAPSHOT_USAGE}

Reads this PC and saves what it found (a JSON snapshot) to be judged later on another computer:
  siapcat agent check --role client --snapshot FILE
Without --out the snapshot goes to stdout. --ping includes a network trial to HOST.
`,
};

/** `siapcat agent snapshot`: gather this PC into a snapshot file (or stdout). */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(
    argv,
    {
      out: { type: 'string' },
      ping: { type: 'string', multiple: true },
      'ping-count': { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    SNAPSHOT_USAGE,
  );
  const lang = langOption(values.lang, io.lang, SNAPSHOT_USAGE);
  if (values.help) {
    io.stdout(HELP[lang]);
    return EXIT.ok;
  }
  const hosts = pingHosts(values.ping, SNAPSHOT_USAGE);
  const count = pingCount(values['ping-count']);
  const snapshot = await gatherSnapshot({ env: io.env, ...(hosts.length > 0 ? { ping: { hosts, count } } : {}) });
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (values.out === undefined || values.out === '-') {
    io.stdout(text);
    exitDespiteStuckReadings(snapshot, EXIT.ok);
    return EXIT.ok;
  }
  const path = await writeFileAtomic(values.out, io.cwd, text);
  const failures = Object.keys((snapshot.probes.gather as { failures?: object } | undefined)?.failures ?? {}).length;
  io.stdout(
    lang === 'en'
      ? `Snapshot saved: ${path} (${Math.ceil(text.length / 1024)} KB${failures ? `, ${failures} readings failed` : ''}).\nJudge it anywhere: siapcat agent check --role ROLE --snapshot ${values.out}\n`
      : `Snapshot tersimpan: ${path} (${Math.ceil(text.length / 1024)} KB${failures ? `, ${failures} pembacaan gagal` : ''}).\nNilai di mana saja: siapcat agent check --role PERAN --snapshot ${values.out}\n`,
  );
  exitDespiteStuckReadings(snapshot, EXIT.ok);
  return EXIT.ok;
}
