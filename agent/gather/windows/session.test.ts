import { afterEach, describe, expect, it } from 'vitest';
import { ShellSession, type ShellSpec } from './session.js';

/** The same protocol as the PowerShell one, spoken by a real bash process. */
const bash: ShellSpec = {
  file: '/bin/bash',
  args: ['--noprofile', '--norc'],
  wrap: (script, marker) => `${script}\necho '${marker}'`,
};

let session: ShellSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('ShellSession', () => {
  it('runs many scripts through one process, in order', async () => {
    session = new ShellSession(bash);
    const [a, b, c] = await Promise.all([
      session.run('echo one', 5000),
      session.run('printf "two\\nlines"', 5000),
      session.run('echo $$', 5000),
    ]);
    expect(a).toEqual({ ok: true, value: 'one' });
    expect(b).toEqual({ ok: true, value: 'two\nlines' });
    expect(c.ok).toBe(true);
    expect(session.starts).toBe(1);
  });

  it('kills a script that runs past its limit and starts afresh for the next', async () => {
    session = new ShellSession(bash);
    const slow = await session.run('sleep 30', 300);
    expect(slow).toEqual({ ok: false, error: { code: 'timeout', detail: 'script > 300 ms' } });
    await expect(session.run('echo after', 5000)).resolves.toEqual({ ok: true, value: 'after' });
    expect(session.starts).toBe(2);
  });

  it('reports a shell that exits in the middle of a script, and recovers', async () => {
    session = new ShellSession(bash);
    const out = await session.run('echo boom >&2; exit 7', 5000);
    expect(out).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(out.ok ? '' : out.error.detail).toMatch(/exited \(7\): boom/);
    await expect(session.run('echo again', 5000)).resolves.toEqual({ ok: true, value: 'again' });
  });

  it('gives missing-tool when the shell program does not exist', async () => {
    session = new ShellSession({ ...bash, file: '/nonexistent/powershell.exe' });
    await expect(session.run('echo x', 5000)).resolves.toEqual({
      ok: false,
      error: { code: 'missing-tool', detail: '/nonexistent/powershell.exe' },
    });
  });

  it('refuses work after close', async () => {
    session = new ShellSession(bash);
    await session.run('true', 5000);
    await session.close();
    await expect(session.run('echo late', 5000)).resolves.toMatchObject({ ok: false });
  });
});
