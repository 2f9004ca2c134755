import { AppError } from '../../protocol/errors.js';
import { runFile } from '../gather/run.js';

/** install/status/uninstall know Linux (systemd) and Windows (a SYSTEM scheduled task). */
export function supportedPlatform(platform: NodeJS.Platform = process.platform): 'linux' | 'win32' {
  if (platform === 'linux' || platform === 'win32') return platform;
  throw new AppError(
    'unsupported-platform',
    {
      id: `Pemasangan sebagai layanan hanya untuk Windows dan Linux, bukan ${platform}. Jalankan agen langsung: siapcat-agent run …`,
      en: `Installing as a service is for Windows and Linux only, not ${platform}. Run the agent directly: siapcat-agent run …`,
    },
    { exitCode: 3 },
  );
}

/**
 * Refuses to go on without root (Linux) or an elevated Administrator prompt (Windows: `net session`
 * answers only there), before anything is written or a code is spent.
 */
export async function requireAdmin(platform: 'linux' | 'win32', env: NodeJS.ProcessEnv): Promise<void> {
  if (platform === 'linux') {
    // SIAPCAT_INSTALL_ROOT installs into a folder tree (an image being prepared, tests): no root needed.
    if (env.SIAPCAT_INSTALL_ROOT || process.getuid?.() === 0) return;
    throw new AppError(
      'not-admin',
      { id: 'Perlu hak root. Ulangi dengan sudo di depan perintah yang sama.', en: 'Root is needed. Run the same command again with sudo in front.' },
      { exitCode: 5 },
    );
  }
  const out = await runFile('net.exe', ['session'], { timeoutMs: 15_000 });
  if (out.ok) return;
  throw new AppError(
    'not-admin',
    {
      id: 'Perlu hak Administrator. Buka Command Prompt atau PowerShell dengan "Run as administrator", lalu ulangi perintah yang sama.',
      en: 'Administrator rights are needed. Open Command Prompt or PowerShell with "Run as administrator", then run the same command again.',
    },
    { exitCode: 5 },
  );
}

/** The program running now: the single file itself, or Node with the `siapcat` script. */
export async function runningProgram(): Promise<{ sea: boolean; file: string; script?: string }> {
  let sea = false;
  try {
    sea = (await import('node:sea')).isSea();
  } catch {
    sea = false;
  }
  return sea ? { sea, file: process.execPath } : { sea, file: process.execPath, script: process.argv[1] ?? '' };
}
