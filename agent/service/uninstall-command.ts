import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseOptions } from '../../cli/args.js';
import { EXIT, type CliIO } from '../../cli/io.js';
import { requireAdmin, supportedPlatform } from './host.js';
import { layoutFor } from './layout.js';
import { managerFor } from './manager.js';

export const UNINSTALL_USAGE = 'siapcat-agent uninstall';

/**
 * `siapcat-agent uninstall`: stops the agent, removes its start-up entry, its key, settings,
 * status and log, and the installed program. The hub keeps its record of the PC until an admin
 * removes it in the dashboard.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(argv, { help: { type: 'boolean', short: 'h' } }, UNINSTALL_USAGE);
  if (values.help) {
    io.stdout(`${UNINSTALL_USAGE}\n`);
    return EXIT.ok;
  }
  const platform = supportedPlatform();
  await requireAdmin(platform, io.env);
  const layout = layoutFor(platform, io.env);
  await managerFor(layout, io.env).unregister();
  rmSync(layout.stateDir, { recursive: true, force: true });
  let programLeft = false;
  try {
    rmSync(dirname(layout.program), { recursive: true, force: true });
  } catch {
    // Windows: the program running this very command cannot delete itself.
    programLeft = true;
  }
  io.stdout(
    io.lang === 'en'
      ? `Agent removed: service, key, settings and log.${programLeft ? ` Delete ${layout.program} by hand once this window is closed.` : ''}\nThe hub keeps this PC's record until an admin removes it in the dashboard.\n`
      : `Agen dihapus: layanan, kunci, pengaturan dan catatan.${programLeft ? ` Hapus ${layout.program} secara manual setelah jendela ini ditutup.` : ''}\nHub tetap mencatat PC ini sampai admin menghapusnya di dasbor.\n`,
  );
  return EXIT.ok;
}
