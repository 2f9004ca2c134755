import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { readMachineFile } from '../../agent/capture/convert.js';
import { factsOf } from '../../agent/facts/index.js';
import { judgeSnapshot } from '../../agent/judge.js';
import { ReadinessReportSchema } from '../../protocol/check.js';
import { systemClock } from '../../protocol/ports.js';
import { wine64, wineEnv, winPath } from '../helpers/agent-bin.js';
import { tempDir } from '../helpers/tmp.js';

const SCRIPTS = join(import.meta.dirname, '../../agent/capture/scripts');
const SCRIPT = join(SCRIPTS, 'siapcat-capture.vbs');
let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => {
  tmp?.cleanup();
  tmp = undefined;
});

describe("the XP/7/8 capture VBScript under Wine's cscript (a smoke test: Wine's WMI, not Windows')", () => {
  it('runs, writes NAME-siapcat.txt in UTF-16 with a BOM, and the converter judges it like a snapshot', async () => {
    tmp = tempDir('siapcat-capture-');
    const { stdout } = await promisify(execFile)(wine64(), ['cscript', '//nologo', winPath(SCRIPT), winPath(tmp.dir)], {
      env: { ...process.env, ...wineEnv() },
      timeout: 120_000,
    });
    expect(stdout).toContain('Selesai:');
    expect(stdout).toContain('Done:');
    const [name] = readdirSync(tmp.dir);
    expect(name).toMatch(/^[A-Za-z0-9_-]+-siapcat\.txt$/);
    const bytes = readFileSync(join(tmp.dir, name!));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const snapshot = readMachineFile(new Uint8Array(bytes), systemClock);
    expect(snapshot.agent?.version).toBe('capture-vbs/1');
    const facts = factsOf(snapshot);
    // Wine answers as Windows 7 with the host's processor and memory.
    expect(facts.os).toMatchObject({ ok: true, value: { family: 'windows', version: '7' } });
    expect(facts.cpu.ok && facts.cpu.value.model.length).toBeGreaterThan(0);
    expect(facts.memory.ok && facts.memory.value.usableBytes).toBeGreaterThan(256 * 1024 ** 2);
    const report = judgeSnapshot(snapshot, 'client');
    expect(ReadinessReportSchema.safeParse(report).success).toBe(true);
  }, 150_000);

  it('the launcher TANGKAP-PC-LAMA.cmd falls back to the VBScript when PowerShell writes nothing (Wine has only a stub)', () => {
    tmp = tempDir('siapcat-capture-cmd-');
    for (const f of ['TANGKAP-PC-LAMA.cmd', 'siapcat-capture.vbs', 'siapcat-capture.ps1']) copyFileSync(join(SCRIPTS, f), join(tmp.dir, f));
    const run = spawnSync(wine64(), ['cmd', '/c', winPath(join(tmp.dir, 'TANGKAP-PC-LAMA.cmd'))], {
      env: { ...process.env, ...wineEnv() },
      input: '\r\n', // the launcher ends with "pause"
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stdout).toContain('Done:');
    const written = readdirSync(tmp.dir).filter((f) => f.endsWith('-siapcat.txt'));
    expect(written).toHaveLength(1);
    const snapshot = readMachineFile(new Uint8Array(readFileSync(join(tmp.dir, written[0]!))), systemClock);
    expect(snapshot.agent?.version).toBe('capture-vbs/1');
  }, 150_000);
});
