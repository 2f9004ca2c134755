import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOption, hubOption } from '../../agent/link/cli.js';
import { AppError } from '../../protocol/errors.js';
import { parseOptions, requireOption } from '../../cmdline/args.js';
import { EXIT, type CliIO } from '../../cmdline/io.js';

export const KIT_USAGE = 'siapcat kit --out DIR --hub URL [--ca-fingerprint SHA256]';

const FILES = ['siapcat-agent-win-x64.exe', 'siapcat-agent-linux-x64'] as const;
/** For PCs that cannot run the agent (Windows XP/7/8): copied beside the agents, with LEGACY.txt. */
export const CAPTURE_FILES = ['TANGKAP-PC-LAMA.cmd', 'siapcat-capture.vbs', 'siapcat-capture.ps1'] as const;

/** The short sheet for old Windows, Indonesian first, CRLF for Notepad. */
export function legacySheet(): string {
  return [
    'PC LAMA (WINDOWS XP / 7 / 8) YANG TIDAK BISA MENJALANKAN AGEN',
    '',
    '1. Salin folder ini (atau USB ini) ke PC itu, atau jalankan langsung dari USB.',
    '2. Klik dua kali TANGKAP-PC-LAMA.cmd. Ia memakai PowerShell (Windows 7/8) atau, bila tidak ada',
    '   (Windows XP), cscript siapcat-capture.vbs. Hanya membaca PC; tidak mengubah apa pun, tidak perlu internet.',
    '3. Hasilnya berkas NAMAPC-siapcat.txt di folder ini (atau di Desktop bila USB tidak bisa ditulis).',
    '4. Bawa semua berkas itu ke hub: Pengaturan > PC lama, seret foldernya ke kotak unggah,',
    '   atau di komputer mana saja: siapcat agent check --role client --snapshot NAMAPC-siapcat.txt',
    '   Yang tidak bisa dibaca (mis. ukuran monitor di XP) tampil "belum bisa dinilai": periksa manual.',
    '',
    '---',
    'OLD PCs (WINDOWS XP / 7 / 8) THAT CANNOT RUN THE AGENT',
    '1. Copy this folder to the PC, or run it from the USB stick.',
    '2. Double-click TANGKAP-PC-LAMA.cmd (PowerShell on Windows 7/8, cscript siapcat-capture.vbs on XP).',
    '   It only reads the PC: it changes nothing and needs no internet.',
    '3. It writes NAMEPC-siapcat.txt here (or on the Desktop when the stick is read-only).',
    '4. On the hub: Settings > Old PCs, drop the folder of files; or anywhere:',
    '   siapcat agent check --role client --snapshot NAMEPC-siapcat.txt',
    '   What could not be read (e.g. monitor size on XP) shows as "not judged yet": check it by hand.',
    '',
  ].join('\r\n');
}

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
    'Tidak perlu internet. Windows 7/8/XP tidak bisa menjalankan agen: pakai folder PC-LAMA (baca LEGACY.txt).',
    '',
    '---',
    'SiapCAT agent install sheet (English): ask the hub admin for a CODE; copy the agent file from this USB',
    'stick to the PC; run the command above as Administrator (Windows) or with sudo (Linux), replacing',
    'KODE, RUANG and KURSI; check with "status". No internet needed.',
    '',
  ].join('\r\n');
}

/** The capture scripts: agent/capture/scripts in the source tree (the built CLI runs from dist/cli). */
function captureScriptsDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return join(here, '..', '..', here.includes(join('dist', 'cli')) ? '..' : '', 'agent', 'capture', 'scripts');
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
  const scripts = io.env.SIAPCAT_CAPTURE_SCRIPTS_DIR ?? captureScriptsDir();
  const absent = CAPTURE_FILES.filter((f) => !existsSync(join(scripts, f)));
  if (absent.length > 0) {
    throw new AppError(
      'capture-scripts-missing',
      {
        id: `Skrip tangkapan PC lama tidak ada (${absent.join(', ')} di ${scripts}). Pasang ulang SiapCAT dari sumbernya.`,
        en: `The old-PC capture scripts are missing (${absent.join(', ')} in ${scripts}). Reinstall SiapCAT from its source.`,
      },
      { exitCode: EXIT.runtime },
    );
  }
  mkdirSync(join(out, 'PC-LAMA'), { recursive: true });
  for (const f of FILES) copyFileSync(join(dir, f), join(out, f));
  for (const f of CAPTURE_FILES) copyFileSync(join(scripts, f), join(out, 'PC-LAMA', f));
  writeFileSync(join(out, 'PC-LAMA', 'LEGACY.txt'), legacySheet());
  writeFileSync(join(out, 'hub.txt'), `${hub}\r\n${fingerprint ? `${fingerprint}\r\n` : ''}`);
  writeFileSync(join(out, 'PASANG-AGEN.txt'), installSheet(hub, fingerprint));
  io.stdout(
    io.lang === 'en'
      ? `USB kit written to ${out}: both agents, hub.txt, PASANG-AGEN.txt (the install sheet, to print), PC-LAMA\\ (capture for Windows XP/7/8, see LEGACY.txt).\n`
      : `Kit USB ditulis ke ${out}: kedua agen, hub.txt, PASANG-AGEN.txt (lembar pemasangan, untuk dicetak), PC-LAMA\\ (tangkapan untuk Windows XP/7/8, baca LEGACY.txt).\n`,
  );
  return EXIT.ok;
}
