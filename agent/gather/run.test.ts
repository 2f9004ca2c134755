import { describe, expect, it } from 'vitest';
import { runFile } from './run.js';

describe('runFile', () => {
  it('returns stdout of a real process', async () => {
    await expect(runFile(process.execPath, ['-e', 'process.stdout.write("ok")'], { timeoutMs: 10_000 })).resolves.toEqual({
      ok: true,
      value: 'ok',
    });
  });

  it('never goes through a shell: metacharacters are plain arguments', async () => {
    const out = await runFile(process.execPath, ['-e', 'process.stdout.write(process.argv[1])', '$(echo hacked); rm -rf /'], {
      timeoutMs: 10_000,
    });
    expect(out).toEqual({ ok: true, value: '$(echo hacked); rm -rf /' });
  });

  it('names a missing program', async () => {
    await expect(runFile('/nonexistent/siapcat-no-such-tool', [], { timeoutMs: 1000 })).resolves.toEqual({
      ok: false,
      error: { code: 'missing-tool', detail: '/nonexistent/siapcat-no-such-tool' },
    });
  });

  it('reports a failing exit with the first stderr line', async () => {
    const out = await runFile(process.execPath, ['-e', 'console.error("no permission"); process.exit(3)'], { timeoutMs: 10_000 });
    expect(out).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(out.ok ? '' : out.error.detail).toContain('no permission');
  });

  it('kills a process that runs past its time limit', async () => {
    const out = await runFile(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { timeoutMs: 300 });
    expect(out).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });
});
