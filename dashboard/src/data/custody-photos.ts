import { z } from 'zod/mini';
import { PHOTO_MAX_BYTES, PHOTO_MAX_EDGE, type PhotoLink, type PhotoSubjectKind } from '../../../protocol/custody-photos.js';
import { seg, type ApiClient } from './client.js';

const links = z.custom<{ photos: PhotoLink[] }>((v) => typeof v === 'object' && v !== null && Array.isArray((v as { photos?: unknown }).photos));
const attached = z.custom<{ photo: PhotoLink; deduplicated: boolean }>((v) => typeof v === 'object' && v !== null && 'photo' in v);

/** GET /api/custody/photos: every photo link (seals, BAST items, incidents). */
export const listPhotos = async (api: ApiClient) => (await api.get('/api/custody/photos', { schema: links })).photos;

/** Which record part a photo is for (the query of POST /api/custody/photos). */
export interface PhotoTarget {
  kind: PhotoSubjectKind;
  id: string;
  part?: string;
  session?: string;
}

/** The links of one record part. */
export const photosOf = (all: readonly PhotoLink[] | undefined, t: PhotoTarget): PhotoLink[] =>
  (all ?? []).filter((p) => p.kind === t.kind && p.subjectId === (t.kind === 'incident' ? `${t.session}/${t.id}` : t.id) && p.part === (t.part ?? ''));

/**
 * A phone's photo made small before it is sent: at most PHOTO_MAX_EDGE px on its longer side, as
 * JPEG (which also drops EXIF, with the GPS position a phone writes). A file the browser cannot
 * decode is sent as it is, so the hub's own refusal (type, size) is what the user reads.
 */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  const scale = Math.min(1, PHOTO_MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const out = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  return out && out.size <= PHOTO_MAX_BYTES ? out : file;
}

/** POST /api/custody/photos: the photo's bytes for one record part. */
export const uploadPhoto = (api: ApiClient, t: PhotoTarget, photo: Blob) =>
  api.request('POST', '/api/custody/photos', {
    query: { kind: t.kind, id: t.id, part: t.part ?? '', ...(t.session ? { session: t.session } : {}) },
    body: photo,
    schema: attached,
  });

const shown = new Map<string, Promise<string>>();

/**
 * A kept photo as a data: URL (an <img> cannot send the login token; the dashboard's CSP allows
 * data: images). Photos never change (named by their sha256), so each is fetched once per page load.
 */
export function photoSrc(api: ApiClient, sha256: string): Promise<string> {
  let src = shown.get(sha256);
  if (!src) {
    src = api.file(`/api/custody/photos/${seg(sha256)}`).then(
      ({ blob }) =>
        new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.onerror = () => reject(reader.error ?? new Error('photo'));
          reader.readAsDataURL(blob);
        }),
    );
    src.catch(() => shown.delete(sha256));
    shown.set(sha256, src);
  }
  return src;
}
