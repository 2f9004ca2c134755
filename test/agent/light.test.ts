import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const tmp = mkdtempSync(join(tmpdir(), 'siapcat-trace-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The module URLs a fresh Node process loads for `imports` (built modules; `npm test` builds first). */
function loadedModules(imports: string[]): string[] {
  const trace = join(tmp, `trace-${Math.random().toString(36).slice(2)}.txt`);
  const hooks = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.SIAPCAT_TRACE, result.url + '\\n');
  return result;
}`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  const body = imports.map((p) => `await import(${JSON.stringify(pathToFileURL(join(DIST, p)).href)});`).join('\n');
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', body],
    {
      env: { ...process.env, SIAPCAT_TRACE: trace },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return readFileSync(trace, 'utf8').trim().split('\n');
}

describe('the live agent check stays light', () => {
  it('gathering and judging a live snapshot load no schema library (zod costs ~12 MiB and ~60 ms)', () => {
    const loaded = loadedModules([
      'agent/cli/check.js',
      'agent/gather/index.js',
      'checklists/index.js',
      'agent/judge.js',
      'agent/cli/render.js',
    ]);
    expect(loaded.some((url) => url.includes('/dist/agent/judge.js'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/node_modules/zod/'))).toEqual([]);
  });

  it('while reading a snapshot file or a params file does validate with zod', () => {
    expect(loadedModules(['agent/snapshot.js']).some((url) => url.includes('/node_modules/zod/'))).toBe(true);
    expect(loadedModules(['checklists/params.js']).some((url) => url.includes('/node_modules/zod/'))).toBe(true);
  });
});
