import { AppError } from '../../protocol/errors.js';

/** The storage failures a write can meet on the hub PC, by SQLite's primary result code. */
type StorageKind = 'full' | 'readonly' | 'io';

function kindOf(err: unknown): StorageKind | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL') return 'full';
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) return 'readonly';
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') || code === 'SQLITE_CANTOPEN') return 'io';
  return undefined;
}

const SAFE = {
  id: 'Perubahan ini TIDAK tersimpan; semua yang sudah dikonfirmasi sebelumnya tetap aman.',
  en: 'This change was NOT saved; everything confirmed before is safe.',
};

/**
 * A SQLite write that failed because of the disk or the file (full, read-only, I/O error) as an
 * AppError saying what was wrong and what to do (503: the hub stays up and the same request can be
 * sent again once it is fixed). Undefined for any other error. `file`: the database, for the IT
 * person who fixes it (shown only to logged-in staff and authenticated agents).
 */
export function storageError(err: unknown, file: string): AppError | undefined {
  const kind = kindOf(err);
  if (!kind) return undefined;
  const code = (err as { code: string }).code;
  const text =
    kind === 'full'
      ? {
          id: `Disk PC hub penuh. ${SAFE.id} Kosongkan ruang di disk tempat ${file} (hapus berkas yang tidak perlu, pindahkan cadangan lama ke disk lain), lalu kirim lagi.`,
          en: `The hub PC's disk is full. ${SAFE.en} Free space on the disk holding ${file} (delete unneeded files, move old backups to another disk), then send it again.`,
        }
      : kind === 'readonly'
        ? {
            id: `Basis data hub tidak bisa ditulis (berkas atau foldernya hanya-baca). ${SAFE.id} Periksa izin tulis ${file}, foldernya dan berkas -wal/-shm di sampingnya (dan bahwa disk tidak terpasang hanya-baca), lalu mulai ulang hub.`,
            en: `The hub's database cannot be written (the file or its folder is read-only). ${SAFE.en} Check write permission on ${file}, its folder and the -wal/-shm files beside it (and that the disk is not mounted read-only), then restart the hub.`,
          }
        : {
            id: `Disk PC hub gagal membaca/menulis (galat I/O). ${SAFE.id} Periksa disk tempat ${file} (ruang kosong, kabel, kesehatan disk) dan log hub, lalu kirim lagi.`,
            en: `The hub PC's disk failed to read or write (I/O error). ${SAFE.en} Check the disk holding ${file} (free space, cable, disk health) and the hub log, then send it again.`,
          };
  return new AppError(`storage-${kind}`, text, { status: 503, exitCode: 4, details: { sqlite: code }, cause: err });
}
