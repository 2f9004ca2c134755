import { AppError } from '../../protocol/errors.js';

export const badVenueKey = (): AppError =>
  new AppError(
    'venue-key',
    {
      id: 'Kunci lokasi tidak dikenal atau sudah dicabut. Minta kode lokasi baru ke admin wilayah lalu gabung lagi.',
      en: 'Unknown or revoked venue key. Ask the regional admin for a new venue code and join again.',
    },
    { status: 401 },
  );

export const badVenueCode = (): AppError =>
  new AppError(
    'venue-code',
    {
      id: 'Kode lokasi salah, sudah dipakai, atau kedaluwarsa. Minta kode baru ke admin wilayah.',
      en: 'The venue code is wrong, already used, or expired. Ask the regional admin for a new one.',
    },
    { status: 401 },
  );

export const venueNotFound = (id: string): AppError =>
  new AppError(
    'venue-not-found',
    { id: `Lokasi ${id} tidak terdaftar di wilayah ini.`, en: `Venue ${id} is not enrolled in this region.` },
    { status: 404 },
  );

export const venueExists = (id: string): AppError =>
  new AppError(
    'venue-exists',
    { id: `Lokasi ${id} sudah terdaftar. Pakai id lain.`, en: `Venue ${id} is already enrolled. Use another id.` },
    { status: 409 },
  );

export const badPayload = (seq: number, kind: string, problem: string): AppError =>
  new AppError(
    'bad-event',
    {
      id: `Kejadian #${seq} (${kind}) tidak sesuai kontrak: ${problem}. Perbarui SiapCAT di hub lokasi.`,
      en: `Event #${seq} (${kind}) does not match the contract: ${problem}. Update SiapCAT on the venue hub.`,
    },
    { status: 400 },
  );
