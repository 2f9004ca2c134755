import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENT_BIN, requireAgentBin } from '../helpers/agent-bin.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const SCRIPTS = join(import.meta.dirname, '../../agent/capture/scripts');
let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('siapcat kit', () => {
  it('writes both single-file agents, the hub address and the Indonesian install sheet', async () => {
    requireAgentBin();
    tmp = tempDir();
    const out = join(tmp.dir, 'usb');
    const fp = 'AB'.repeat(32);
    const r = await runCli(['kit', '--out', out, '--hub', 'https://192.168.10.1:8443/', '--ca-fingerprint', fp]);
    expect(r.code, r.stderr).toBe(0);
    for (const f of ['siapcat-agent-win-x64.exe', 'siapcat-agent-linux-x64'])
      expect(statSync(join(out, f)).size).toBe(statSync(join(AGENT_BIN, f)).size);
    const sheet = readFileSync(join(out, 'PASANG-AGEN.txt'), 'utf8');
    expect(sheet).toMatch(/^PEMASANGAN AGEN SIAPCAT DI PC UJIAN/);
    expect(sheet).toContain(
      `.\\siapcat-agent-win-x64.exe install --hub https://192.168.10.1:8443 --ca-fingerprint ${fp.match(/../g)!.join(':')} --code KODE --room RUANG --seat KURSI`,
    );
    expect(readFileSync(join(out, 'hub.txt'), 'utf8')).toContain('https://192.168.10.1:8443');
    // The capture tools for PCs that cannot run the agent, unchanged (CRLF for Notepad and cscript), and their sheet.
    for (const f of ['TANGKAP-PC-LAMA.cmd', 'siapcat-capture.vbs', 'siapcat-capture.ps1']) {
      const copied = readFileSync(join(out, 'PC-LAMA', f));
      expect(copied.equals(readFileSync(join(SCRIPTS, f))), f).toBe(true);
      expect(copied.toString('latin1')).toContain('\r\n');
    }
    const legacy = readFileSync(join(out, 'PC-LAMA', 'LEGACY.txt'), 'utf8');
    expect(legacy).toMatch(/^PC LAMA \(WINDOWS XP \/ 7 \/ 8\)/);
    expect(legacy).toContain('OLD PCs (WINDOWS XP / 7 / 8)');
    expect(legacy).toContain('siapcat agent check --role client --snapshot NAMAPC-siapcat.txt');
    expect(sheet).toContain('PC-LAMA');
  }, 60_000);

  it('says what to do when the agents are not built', async () => {
    tmp = tempDir();
    const r = await runCli(['kit', '--out', join(tmp.dir, 'usb'), '--hub', 'http://10.0.0.1:8080'], {
      env: { SIAPCAT_AGENT_BIN_DIR: tmp.dir },
    });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('npm run build:agent');
  });
});
