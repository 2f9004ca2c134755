import { createHash } from 'node:crypto';
import {
  PHOTO_MAX_PER_SUBJECT,
  PHOTO_MAX_PIXELS,
  photoSubjectId,
  type PhotoLink,
  type PhotoSubject,
  type PhotoType,
} from '../../protocol/custody-photos.js';
import { durably } from '../db/open.js';
import type { Actor, CustodyDeps } from './deps.js';
import { notFound } from './errors.js';
import { badPhotoPart, emptyPhoto, incidentNotFound, notAPhoto, photoNotFound, tooManyPhotos, tooManyPixels } from './photo-errors.js';
import { sniffPhoto } from './photo-bytes.js';

/**
 * Checks that the record part a photo is for exists: a seal's installation, or its opening once
 * recorded; a BAST item by its number; an incident of a session. Throws the bilingual refusal.
 */
export function checkSubject(deps: CustodyDeps, s: PhotoSubject): void {
  const n = Number(s.id);
  if (s.kind === 'seal') {
    const seal = deps.store.seal(n);
    if (!seal) throw notFound('seal', s.id);
    if (s.part !== 'install' && s.part !== 'open')
      throw badPhotoPart({
        id: 'Foto segel adalah foto pemasangan (install) atau pembukaan (open).',
        en: 'A seal photo is of its installation (install) or its opening (open).',
      });
    if (s.part === 'open' && !seal.openedAt)
      throw badPhotoPart({
        id: `Segel nomor ${s.id} belum tercatat dibuka; catat pembukaannya dulu.`,
        en: `Seal ${s.id} has no recorded opening yet; record it first.`,
      });
    return;
  }
  if (s.kind === 'handover') {
    const handover = deps.store.handover(n);
    if (!handover) throw notFound('handover', s.id);
    const item = Number(s.part);
    if (!Number.isInteger(item) || item < 1 || item > handover.items.length)
      throw badPhotoPart({
        id: `Berita acara serah terima nomor ${s.id} punya ${handover.items.length} barang; nomor barang '${s.part}' tidak ada.`,
        en: `Handover ${s.id} has ${handover.items.length} items; item '${s.part}' does not exist.`,
      });
    return;
  }
  if (!s.session || !deps.ports.exam.incidentExists(s.session, n)) throw incidentNotFound(s.session ?? '-', s.id);
  if (s.part !== '') throw badPhotoPart({ id: 'Foto kejadian tidak punya bagian.', en: 'An incident photo has no part.' });
}

/**
 * Attaches a photo to a record part. The type comes from the bytes alone; the pixels the header
 * declares are bounded; the bytes are kept once by their sha256 however many records show them.
 * The link and its audit entry (with the sha256, so the evidence can be checked later) are one
 * transaction. Attaching the same photo to the same part again changes nothing (`added` false).
 */
export function attachPhoto(
  deps: CustodyDeps,
  s: PhotoSubject,
  bytes: Uint8Array,
  actor: Actor,
): { photo: PhotoLink; deduplicated: boolean; added: boolean } {
  if (bytes.byteLength === 0) throw emptyPhoto();
  const header = sniffPhoto(bytes);
  if (!header) throw notAPhoto();
  if (header.width * header.height > PHOTO_MAX_PIXELS) throw tooManyPixels(header.width, header.height);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const subjectId = photoSubjectId(s);
  const out = durably(deps.db, () => {
    checkSubject(deps, s);
    const existing = deps.photos.linkOf(s.kind, subjectId, s.part, sha256);
    if (existing) return { photo: existing, deduplicated: true, added: false };
    if (deps.photos.count(s.kind, subjectId, s.part) >= PHOTO_MAX_PER_SUBJECT) throw tooManyPhotos();
    const at = deps.clock.now().toISOString();
    const fresh = deps.photos.keep({
      sha256,
      type: header.type,
      width: header.width,
      height: header.height,
      bytes,
      at,
      by: actor.username,
    });
    deps.photos.link({ sha256, kind: s.kind, subjectId, part: s.part, at, by: actor.username });
    deps.ports.audit.append({
      actor: actor.username,
      action: 'custody.photo-attached',
      sessionId: s.kind === 'incident' ? (s.session ?? null) : null,
      subject: `${s.kind}:${subjectId}`,
      data: { sha256, type: header.type, bytes: bytes.byteLength, width: header.width, height: header.height, part: s.part },
    });
    return { photo: deps.photos.linkOf(s.kind, subjectId, s.part, sha256)!, deduplicated: !fresh, added: true };
  });
  if (out.added) {
    deps.log.info('custody.photo-attached', { kind: s.kind, subject: subjectId, part: s.part, sha256, bytes: bytes.byteLength });
    deps.changes.publish({ topics: ['custody'], ...(s.kind === 'incident' && s.session ? { sessions: [s.session] } : {}) });
  }
  return out;
}

/** A kept photo's bytes and type, for the custody readers. */
export function photoBytes(deps: CustodyDeps, sha256: string): { type: PhotoType; bytes: Buffer } {
  const found = deps.photos.bytes(sha256);
  if (!found) throw photoNotFound();
  return found;
}
