import { PHOTO_MAX_PER_SUBJECT, PHOTO_MAX_PIXELS } from '../../protocol/custody-photos.js';
import { AppError } from '../../protocol/errors.js';

export const emptyPhoto = () =>
  new AppError('photo-empty', {
    id: 'Foto kosong: tidak ada isi yang terkirim. Pilih atau ambil foto lagi.',
    en: 'The photo is empty: nothing was sent. Pick or take the photo again.',
  });

export const notAPhoto = () =>
  new AppError(
    'photo-type',
    {
      id: 'Berkas ini bukan foto JPEG, PNG atau WebP (dilihat dari isinya, bukan dari namanya). Ambil foto dengan kamera, atau simpan ulang sebagai JPEG.',
      en: 'This file is not a JPEG, PNG or WebP photo (judged by its content, not its name). Take the photo with the camera, or save it again as JPEG.',
    },
    { status: 415 },
  );

export const tooManyPixels = (width: number, height: number) =>
  new AppError(
    'photo-pixels',
    {
      id: `Foto menyatakan ukuran ${width} x ${height} piksel, lebih dari batas ${PHOTO_MAX_PIXELS / 1_000_000} megapiksel. Ambil foto dengan resolusi lebih kecil.`,
      en: `The photo declares ${width} x ${height} pixels, more than the ${PHOTO_MAX_PIXELS / 1_000_000} megapixel limit. Take it at a lower resolution.`,
    },
    { status: 422 },
  );

export const tooManyPhotos = () =>
  new AppError(
    'photo-count',
    {
      id: `Bagian catatan ini sudah punya ${PHOTO_MAX_PER_SUBJECT} foto, batasnya. Catat hal lain sebagai kejadian bila perlu.`,
      en: `This part of the record already has ${PHOTO_MAX_PER_SUBJECT} photos, the limit. Record anything more as an incident if needed.`,
    },
    { status: 409 },
  );

export const badPhotoPart = (what: { id: string; en: string }) =>
  new AppError('photo-part', {
    id: `${what.id} Pilih bagian catatan yang ada.`,
    en: `${what.en} Pick a part of the record that exists.`,
  });

export const photoNotFound = () =>
  new AppError(
    'photo-not-found',
    {
      id: 'Foto itu tidak ada di hub. Muat ulang halaman untuk daftar foto terbaru.',
      en: 'That photo is not on the hub. Reload the page for the current photos.',
    },
    { status: 404 },
  );

export const incidentNotFound = (sessionId: string, id: string) =>
  new AppError(
    'incident-not-found',
    {
      id: `Kejadian nomor ${id} di sesi ${sessionId} tidak ada. Muat ulang daftar kejadian sesi itu.`,
      en: `Incident ${id} of session ${sessionId} does not exist. Reload that session's incident list.`,
    },
    { status: 404 },
  );
