import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, it } from 'vitest';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { installLifecycle } from '../helpers/install.js';
import { tempDir } from '../helpers/tmp.js';

const CLI = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli', 'siapcat.js');
let hub: TestHub | undefined;
let tmp: ReturnType<typeof tempDir> | undefined;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await hub?.stop();
  hub = undefined;
  tmp?.cleanup();
});

describe('siapcat agent install / status / uninstall on Linux (built CLI)', () => {
  it('installs with a one-time code into root-only files, runs, reports, reinstalls with its key, and uninstalls', async () => {
    hub = await startTestHub();
    tmp = tempDir('siapcat-install-');
    await installLifecycle(hub, [process.execPath, CLI, 'agent'], tmp.dir, children);
  }, 180_000);
});
