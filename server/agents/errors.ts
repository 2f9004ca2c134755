import { AppError } from '../../protocol/errors.js';

/** The agent side's refusals that are not about credentials or placement, in both languages. */

export const machineGone = (id: string) =>
  new AppError('machine-unknown', { id: `PC ${id} tidak dikenal hub.`, en: `The hub does not know PC ${id}.` }, { status: 404 });

export const machineOffline = (id: string) =>
  new AppError(
    'machine-offline',
    {
      id: `PC ${id} sedang offline, jadi tidak bisa diperiksa ulang sekarang. Nyalakan PC dan pastikan agennya berjalan.`,
      en: `PC ${id} is offline, so it cannot be re-checked now. Switch the PC on and make sure its agent runs.`,
    },
    { status: 409 },
  );

export const connectedElsewhere = (id: string) =>
  new AppError(
    'duplicate-id',
    {
      id: `ID ${id} sedang terhubung dari koneksi lain. Bila itu PC ini yang baru tersambung ulang, agen akan masuk sendiri sebentar lagi; bila PC lain, pakai --id yang berbeda.`,
      en: `ID ${id} is connected on another link. If that is this PC reconnecting, the agent gets in shortly by itself; if it is another PC, use a different --id.`,
    },
    { status: 409 },
  );

export const helloTwice = () =>
  new AppError('hello-twice', { id: 'Agen sudah menyapa di koneksi ini.', en: 'The agent already said hello on this connection.' });
