import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProbeRecorder } from '../probe-run.js';
import { runWindowsProbes } from './index.js';
import { powerShellSpec, wrapPowerShell } from './powershell.js';
import { PS_BROWSERS, PS_CPU, PS_INPUT, PS_OS, PS_UPS, PS_WEBCAM } from './scripts.js';
import { ShellSession } from './session.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/windows');

/**
 * A stand-in for powershell.exe: a real bash process speaking the same one-script-then-marker
 * protocol, answering each probe script with a recorded PowerShell answer.
 */
function recordedWindows(answers: Map<string, string>): ShellSession {
  return new ShellSession({
    file: '/bin/bash',
    args: ['--noprofile', '--norc'],
    wrap: (script, marker) => {
      const file = answers.get(script);
      const body = file === undefined ? 'sleep 30' : file === '' ? 'exit 1' : `cat '${join(FIXTURES, file)}'`;
      return `${body}\necho '${marker}'`;
    },
  });
}

let session: ShellSession | undefined;
afterEach(async () => {
  await session?.close();
});

describe('runWindowsProbes', () => {
  it('fills every probe from one session', async () => {
    session = recordedWindows(
      new Map([
        [PS_OS, 'os-win11-x64.json'],
        [PS_CPU, 'cpu-laptop-i5-8265u.json'],
        [PS_WEBCAM, 'webcam-laptop.json'],
        [PS_INPUT, 'input-laptop.json'],
        [PS_BROWSERS, 'browsers-both-old-firefox.json'],
        [PS_UPS, 'battery-laptop-only.json'],
      ]),
    );
    const rec = new ProbeRecorder();
    await runWindowsProbes(rec, session, 1);
    expect(rec.probes.os).toEqual({ machine: 'x86_64', is64Bit: true });
    expect(rec.probes.cpu).toEqual({ baseMhz: 1800, modelName: 'Intel(R) Core(TM) i5-8265U CPU @ 1.60GHz' });
    expect((rec.probes.webcam as { devices: unknown[] }).devices).toHaveLength(1);
    expect(rec.probes.ups).toEqual({ devices: [] });
    expect(rec.notes.failures).toEqual({});
    expect(session.starts).toBe(1);
  });

  it('records a hung script as timeout, a crashed one as failed, garbage as malformed, and goes on', async () => {
    session = recordedWindows(
      new Map([
        [PS_OS, 'os-win11-x64.json'],
        [PS_CPU, 'error-cim.json'],
        [PS_INPUT, ''],
        [PS_BROWSERS, 'README.md'],
        [PS_UPS, 'battery-server-ups.json'],
      ]),
    );
    const rec = new ProbeRecorder();
    await runWindowsProbes(rec, session, 0.02);
    expect(rec.probes.webcam).toMatchObject({ error: { code: 'timeout' } });
    expect(rec.probes.cpu).toMatchObject({ error: { code: 'failed', detail: 'cpu: Invalid class "Win32_PnPEntity"' } });
    expect(rec.probes.input).toMatchObject({ error: { code: 'failed' } });
    expect(rec.probes.browsers).toMatchObject({ error: { code: 'malformed' } });
    expect(rec.probes.ups).toMatchObject({ devices: [{ nominalVA: 1500 }] });
    expect(Object.keys(rec.notes.failures).sort()).toEqual(['probe.browsers', 'probe.cpu', 'probe.input', 'probe.webcam']);
  });
});

describe('powerShellSpec', () => {
  it('starts PowerShell by its full System32 path, never from PATH or the current folder', () => {
    const spec = powerShellSpec({ SystemRoot: 'C:\\Windows' });
    expect(spec.file).toMatch(/^C:\\Windows[\\/]System32[\\/]WindowsPowerShell[\\/]v1\.0[\\/]powershell\.exe$/);
    expect(spec.args).toContain('-NoProfile');
  });

  it('sends each script base64-encoded on one line, so no quote in it can break out', () => {
    const line = wrapPowerShell("'; Remove-Item C:\\ -Recurse; '", '--END--');
    expect(line).not.toContain('Remove-Item');
    expect(line.split('\n')).toHaveLength(1);
    const encoded = /FromBase64String\('([A-Za-z0-9+/=]+)'\)/.exec(line)?.[1];
    expect(Buffer.from(encoded!, 'base64').toString('utf8')).toBe("'; Remove-Item C:\\ -Recurse; '");
    expect(line.endsWith("'--END--'")).toBe(true);
  });
});
