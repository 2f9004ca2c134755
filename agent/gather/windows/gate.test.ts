import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/tmp.js';
import { gatherSnapshot } from '../index.js';
import type { SiLike } from '../si.js';
import { powerShellReady } from './gate.js';
import { ShellSession } from './session.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A Windows folder whose powershell.exe is a real program that behaves like Wine's stub: exits at once. */
function windowsRootWithStubPowerShell(): string {
  const { dir, cleanup } = tempDir('siapcat-winroot-');
  cleanups.push(cleanup);
  const ps = join(dir, 'System32', 'WindowsPowerShell', 'v1.0');
  mkdirSync(ps, { recursive: true });
  writeFileSync(join(ps, 'powershell.exe'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(ps, 'powershell.exe'), 0o755);
  return dir;
}

describe('powerShellReady', () => {
  it('is satisfied by a shell that answers the ready line', async () => {
    const session = new ShellSession({ file: '/bin/sh', args: [], wrap: (script, marker) => `echo ${script}\necho '${marker}'` });
    await expect(powerShellReady(session, 5000)).resolves.toBeUndefined();
    await session.close();
  });

  it('names the reason when PowerShell exits at once or is missing', async () => {
    const stub = new ShellSession({ file: '/bin/true', args: [], wrap: (s, m) => `${s}\n${m}` });
    const down = await powerShellReady(stub, 5000);
    expect(down).toMatchObject({ code: 'missing-tool' });
    expect(down!.detail).toMatch(/PowerShell did not start or answer \(shell exited \(0\)\)/);
    const missing = new ShellSession({ file: '/nonexistent/powershell.exe', args: [], wrap: (s, m) => `${s}\n${m}` });
    expect((await powerShellReady(missing, 5000))!.detail).toContain('/nonexistent/powershell.exe');
  });
});

describe('gatherSnapshot on Windows without a working PowerShell', () => {
  it('asks nothing of systeminformation and gives every reading the PowerShell reason', async () => {
    const called: string[] = [];
    const lib = new Proxy({}, { get: (_t, name: string) => () => (called.push(name), new Promise(() => undefined)) }) as SiLike;
    const snapshot = await gatherSnapshot({ platform: 'win32', si: lib, env: { SystemRoot: windowsRootWithStubPowerShell() } });
    expect(called).toEqual([]);
    const failures = (snapshot.probes.gather as { failures: Record<string, { code: string; detail: string }> }).failures;
    expect(Object.keys(failures)).toEqual(expect.arrayContaining(['si.cpu', 'si.mem', 'si.osInfo', 'probe.os', 'probe.webcam', 'probe.input']));
    for (const failure of Object.values(failures)) {
      expect(failure).toMatchObject({ code: 'missing-tool' });
      expect(failure.detail).toMatch(/^PowerShell did not start or answer/);
    }
    expect(snapshot.probes.os).toEqual({ error: failures['probe.os'] });
  });
});
