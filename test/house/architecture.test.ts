import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the committed import graph', () => {
  it('is the one `npm run deps:graph` draws today', () => {
    const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const committed = /```mermaid\n([\s\S]*?)```/.exec(doc)?.[1];
    const drawn = execFileSync('npm', ['run', '-s', 'deps:graph'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20 });
    expect(committed, 'docs/architecture.md is stale: run `npm run -s deps:graph` and paste it into the mermaid block').toBe(drawn);
    for (const folder of ['protocol', 'cli', 'agent', 'server', 'dashboard']) expect(drawn).toContain(`["${folder}"]`);
  }, 180_000);
});
