import { EXIT } from '../../cmdline/io.js';
import { AppError } from '../../protocol/errors.js';

/** Every refusal of a backup or restore: bilingual, naming what was wrong and what to do. */
export function backupError(code: string, id: string, en: string, options: { exitCode?: number; cause?: unknown } = {}): AppError {
  return new AppError(code, { id, en }, { exitCode: options.exitCode ?? EXIT.input, status: 400, cause: options.cause });
}

/** A backup that is not whole: altered, cut short, or decrypted with a key that does not fit. */
export function damaged(path: string, whyId: string, whyEn: string, cause?: unknown): AppError {
  return backupError(
    'backup-damaged',
    `Berkas cadangan ${path} rusak, terpotong, atau telah diubah (${whyId}); tidak ada yang dipulihkan. Pakai salinan cadangan lain (cadangan bergilir ada di folder backups di samping basis data).`,
    `The backup file ${path} is damaged, truncated or was altered (${whyEn}); nothing was restored. Use another backup copy (rolling backups are in the backups folder beside the database).`,
    { cause },
  );
}

export function notABackup(path: string, whyId: string, whyEn: string): AppError {
  return backupError(
    'backup-not-a-backup',
    `Berkas ${path} bukan cadangan SiapCAT (${whyId}). Pilih berkas yang dibuat oleh "siapcat backup" atau cadangan otomatis hub.`,
    `The file ${path} is not a SiapCAT backup (${whyEn}). Choose a file made by "siapcat backup" or the hub's automatic backups.`,
  );
}

export function wrongPassphrase(path: string): AppError {
  return backupError(
    'backup-wrong-passphrase',
    `Frasa sandi tidak cocok untuk cadangan ${path} (atau kepala berkasnya diubah). Periksa frasa sandi yang dipakai saat cadangan dibuat.`,
    `The passphrase does not fit the backup ${path} (or its header was altered). Check the passphrase used when the backup was made.`,
  );
}
