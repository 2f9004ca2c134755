import { AppError } from '../../protocol/errors.js';

/** A machine file (capture or snapshot) that cannot be read: exit 4 on the command line, 400 over HTTP. */
export function badCapture(id: string, en: string): AppError {
  return new AppError(
    'bad-capture',
    {
      id: `${id} Jalankan lagi TANGKAP-PC-LAMA.cmd (atau siapcat-capture.vbs) di PC itu dan bawa berkas NAMAPC-siapcat.txt yang baru, tanpa diubah.`,
      en: `${en} Run TANGKAP-PC-LAMA.cmd (or siapcat-capture.vbs) on that PC again and bring the new NAMEPC-siapcat.txt file, unedited.`,
    },
    { exitCode: 4 },
  );
}
