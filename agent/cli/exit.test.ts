import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../protocol/snapshot.js';
import { exitDespiteStuckReadings } from './exit.js';

const snapshot = (failures: Record<string, unknown>): Snapshot => ({
  format: 'siapcat-snapshot/1',
  capturedAt: '2026-11-18T01:00:00Z',
  platform: 'win32',
  si: {},
  probes: { gather: { durationsMs: {}, failures } },
});

describe('exitDespiteStuckReadings', () => {
  it('does nothing when no reading timed out', () => {
    expect(exitDespiteStuckReadings(snapshot({ 'si.graphics': { code: 'failed', detail: 'x' } }), 0)).toBe(false);
  });

  it("ends a process that a stuck program would keep alive, with the verdict's exit code", () => {
    // The built module (npm test builds first): a plain Node process cannot load TypeScript.
    const exitModule = new URL('../../dist/agent/cli/exit.js', import.meta.url).href;
    const script = `
      import { spawn } from 'node:child_process';
      const { exitDespiteStuckReadings } = await import(${JSON.stringify(exitModule)});
      // A child holding a pipe open, as a stuck PowerShell would; it ends when its stdin closes.
      spawn(process.execPath, ['-e', "process.stdin.on('data', () => {}).on('end', () => process.exit())"], { stdio: ['pipe', 'ignore', 'ignore'] });
      exitDespiteStuckReadings({ probes: { gather: { failures: { 'si.cpu': { code: 'timeout' } } } } }, 2, 200);
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 20_000, encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(2);
  });
});
