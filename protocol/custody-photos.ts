import { z } from 'zod/mini';
import { IdentSchema } from './venue.js';

/**
 * Photos as evidence on custody records: a seal when installed or opened (a broken one above all),
 * a BAST item (its seal "rusak"), an incident. The hub keeps each photo once, by the sha256 of its
 * bytes, and links it to as many records as need it.
 */

/**
 * The largest photo the hub accepts: 2 MB. The dashboard re-encodes a phone's photo to at most
 * PHOTO_MAX_EDGE px on its longer side as JPEG before sending it (about 0.2-0.6 MB); 2 MB leaves
 * room for an unscaled PNG while a venue's evidence of a day (tens of photos) stays a few MB in the
 * hub's database and its backups.
 */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
/** The longer side the dashboard scales a photo down to before sending it. */
export const PHOTO_MAX_EDGE = 1600;
/**
 * The most pixels a photo may declare in its header (50 megapixels). The hub never decodes a photo,
 * but every browser that shows it does: a small file declaring 100,000 x 100,000 pixels would make
 * each viewer's tab allocate 40 GB. Refused before it is stored.
 */
export const PHOTO_MAX_PIXELS = 50_000_000;
/** Photos on one part of one record (a seal's opening, one BAST item, one incident). */
export const PHOTO_MAX_PER_SUBJECT = 6;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const PHOTO_SUBJECTS = ['seal', 'handover', 'incident'] as const;
export type PhotoSubjectKind = (typeof PHOTO_SUBJECTS)[number];

const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const RecordIdSchema = z.string().check(z.regex(/^[1-9][0-9]{0,9}$/));

/**
 * The query of POST /api/custody/photos: which record the photo belongs to.
 * - seal: `id` the seal, `part` install | open (open only once the opening is recorded);
 * - handover: `id` the BAST, `part` the item's number (1 = the first item);
 * - incident: `session` and `id` the incident, no part.
 */
export const PhotoSubjectSchema = z.object({
  kind: z.enum(PHOTO_SUBJECTS),
  id: RecordIdSchema,
  part: z._default(z.string().check(z.regex(/^(install|open|[1-9][0-9]?|)$/)), ''),
  session: z.optional(IdentSchema),
});
export type PhotoSubject = z.output<typeof PhotoSubjectSchema>;

/** One photo attached to one record part, as the hub lists it. */
export const PhotoLinkSchema = z.object({
  sha256: Sha256Schema,
  type: z.enum(PHOTO_TYPES),
  bytes: z.number(),
  width: z.number(),
  height: z.number(),
  kind: z.enum(PHOTO_SUBJECTS),
  /** The seal's or BAST's number, or `session/incident` for an incident. */
  subjectId: z.string(),
  part: z.string(),
  at: z.string(),
  by: z.string(),
});
export type PhotoLink = z.infer<typeof PhotoLinkSchema>;

/** GET /api/custody/photos. */
export const PhotosResponseSchema = z.object({ photos: z.array(PhotoLinkSchema) });
export type PhotosResponse = z.infer<typeof PhotosResponseSchema>;

/** POST /api/custody/photos: the link, and whether these bytes were already kept (then stored once). */
export const PhotoAttachedSchema = z.object({ photo: PhotoLinkSchema, deduplicated: z.boolean() });

/** The subject id a link carries: the incident's `session/id`, else the record's number. */
export const photoSubjectId = (s: Pick<PhotoSubject, 'kind' | 'id' | 'session'>): string =>
  s.kind === 'incident' ? `${s.session ?? ''}/${s.id}` : s.id;
