import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOption, hubOption } from '../../agent/link/cli.js';
import { AppError } from '../../protocol/errors.js';
import { parseOptions, requireOption } from '../args.js';
import { EXIT, type CliIO } from '../io.js';

export const KIT_USAGE = 'siapcat kit --out DIR --hub URL [--ca-fingerprint SHA256]';

const FILES = ['siapcat-agent-win-x64.exe', 'siapcat-agent-linux-x64'] as const;

/** The install sheet printed and kept on the USB stick, Indonesian first. */
export function installSheet(hub: string, fingerprint: string | null): string {
  const pin = fingerprint ? ` --ca-fingerprint ${fingerprint}` : '';
  const args = `install --hub ${hub}${pin} --code KODE --room RUANG --seat KURSI`;
  return [
    'PEMASANGAN AGEN SIAPCAT DI PC UJIAN',
    '',
    `Alamat hub: ${hub}`,
    ...(fingerprint ? [`Sidik jari CA hub: ${fingerprint}`] : []),
    '',
    '1. Minta KODE pendaftaran ke admin hub (Pengaturan > Pendaftaran PC ujian).',
    '2. Salin berkas agen dari USB ini ke PC (mis. ke folder Unduhan) dan buka folder itu.',
    '3. Windows 10/11: buka Command Prompt atau PowerShell dengan "Run as administrator", lalu:',
    `   .\\siapcat-agent-win-x64.exe ${args}`,
    '   Linux: buka terminal, lalu:',
    `   chmod +x siapcat-agent-linux-x64 && sudo ./siapcat-agent-linux-x64 ${args}`,
    '   Ganti KODE, RUANG dan KURSI dengan kode, kode ruang dan nomor kursi PC ini.',
    '4. Periksa: siapcat-agent status  ->  "Berjalan: ya". PC muncul di peta ruang di dasbor.',
    '   Menghapus: siapcat-agent uninstall',
    '',
    'Tidak perlu internet. Windows 7/8/XP tidak bisa menjalankan agen: periksa PC itu secara manual.',
    '',
    '---',
    'SiapCAT agent install sheet (English): ask the hub admin for a CODE; copy the agent file from this USB',
    'stick to the PC; run the command above as Administrator (Windows) or with sudo (Linux), replacing',
    'KODE, RUANG and KURSI; check with "status". No internet needed.',
    '',
  ].join('\r\n');
}

function agentBinDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return join(here, '..', '..', here.includes(join('dist', 'cli')) ? 'agent-bin' : join('dist', 'agent-bin'));
}

/** `siapcat kit --out DIR`: a USB kit with both single-file agents, the hub address and the install sheet. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(
    argv,
    { out: { type: 'string' }, hub: { type: 'string' }, 'ca-fingerprint': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    KIT_USAGE,
  );
  if (values.help) {
    io.stdout(`${KIT_USAGE}\n`);
    return EXIT.ok;
  }
  const out = resolve(io.cwd, requireOption('out', values.out, KIT_USAGE));
  const hub = hubOption(requireOption('hub', values.hub, KIT_USAGE)).origin;
  const fingerprint = fingerprintOption(values['ca-fingerprint']);
  const dir = io.env.SIAPCAT_AGENT_BIN_DIR ?? agentBinDir();
  const missing = FILES.filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    throw new AppError(
      'agent-bin-missing',
      {
        id: `Berkas agen belum dibuat (${missing.join(', ')} tidak ada di ${dir}). Jalankan 'npm run build:agent' dulu (sekali, perlu internet).`,
        en: `The agent files are not built (${missing.join(', ')} missing from ${dir}). Run 'npm run build:agent' first (once, needs internet).`,
      },
      { exitCode: EXIT.runtime },
    );
  }
  mkdirSync(out, { recursive: true });
  for (const f of FILES) copyFileSync(join(dir, f), join(out, f));
  writeFileSync(join(out, 'hub.txt'), `${hub}\r\n${fingerprint ? `${fingerprint}\r\n` : ''}`);
  writeFileSync(join(out, 'PASANG-AGEN.txt'), installSheet(hub, fingerprint));
  io.stdout(
    io.lang === 'en'
      ? `USB kit written to ${out}: both agents, hub.txt, PASANG-AGEN.txt (the install sheet, to print).\n`
      : `Kit USB ditulis ke ${out}: kedua agen, hub.txt, PASANG-AGEN.txt (lembar pemasangan, untuk dicetak).\n`,
  );
  return EXIT.ok;
}
