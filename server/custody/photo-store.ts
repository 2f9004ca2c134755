import type { PhotoLink, PhotoSubjectKind, PhotoType } from '../../protocol/custody-photos.js';
import type { Db } from '../db/open.js';
import { stmt } from '../db/statements.js';

interface LinkRow {
  sha256: string;
  type: PhotoType;
  size: number;
  width: number;
  height: number;
  kind: PhotoSubjectKind;
  subject_id: string;
  part: string;
  at: string;
  by: string;
}

const LINKS = `SELECT l.sha256, p.type, length(p.bytes) AS size, p.width, p.height, l.kind, l.subject_id, l.part, l.at, l.by
  FROM custody_photo_links l JOIN custody_photos p ON p.sha256 = l.sha256`;

const toLink = (r: LinkRow): PhotoLink => ({
  sha256: r.sha256,
  type: r.type,
  bytes: r.size,
  width: r.width,
  height: r.height,
  kind: r.kind,
  subjectId: r.subject_id,
  part: r.part,
  at: r.at,
  by: r.by,
});

/** Photo bytes kept once by sha256, and their links to record parts (custody_photos, custody_photo_links). */
export class PhotoStore {
  constructor(private readonly db: Db) {}

  /** Keeps the bytes unless the same sha256 is already kept; true when they were new. */
  keep(p: { sha256: string; type: PhotoType; width: number; height: number; bytes: Uint8Array; at: string; by: string }): boolean {
    const r = stmt(
      this.db,
      `INSERT INTO custody_photos (sha256, type, width, height, bytes, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (sha256) DO NOTHING`,
    ).run(p.sha256, p.type, p.width, p.height, p.bytes, p.at, p.by);
    return r.changes === 1;
  }

  /** Links a kept photo to a record part; false when that photo is already on that part. */
  link(l: { sha256: string; kind: PhotoSubjectKind; subjectId: string; part: string; at: string; by: string }): boolean {
    const r = stmt(
      this.db,
      `INSERT INTO custody_photo_links (sha256, kind, subject_id, part, at, by) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, subject_id, part, sha256) DO NOTHING`,
    ).run(l.sha256, l.kind, l.subjectId, l.part, l.at, l.by);
    return r.changes === 1;
  }

  count(kind: PhotoSubjectKind, subjectId: string, part: string): number {
    return (
      stmt(this.db, 'SELECT count(*) AS n FROM custody_photo_links WHERE kind = ? AND subject_id = ? AND part = ?').get(
        kind,
        subjectId,
        part,
      ) as {
        n: number;
      }
    ).n;
  }

  linkOf(kind: PhotoSubjectKind, subjectId: string, part: string, sha256: string): PhotoLink | undefined {
    const r = stmt(this.db, `${LINKS} WHERE l.kind = ? AND l.subject_id = ? AND l.part = ? AND l.sha256 = ?`).get(
      kind,
      subjectId,
      part,
      sha256,
    ) as LinkRow | undefined;
    return r ? toLink(r) : undefined;
  }

  /** Every link, oldest first, or those of one kind (and one record). */
  links(kind?: PhotoSubjectKind, subjectId?: string): PhotoLink[] {
    const rows =
      kind === undefined
        ? stmt(this.db, `${LINKS} ORDER BY l.id`).all()
        : subjectId === undefined
          ? stmt(this.db, `${LINKS} WHERE l.kind = ? ORDER BY l.id`).all(kind)
          : stmt(this.db, `${LINKS} WHERE l.kind = ? AND l.subject_id = ? ORDER BY l.id`).all(kind, subjectId);
    return (rows as LinkRow[]).map(toLink);
  }

  /** The bytes and type of a kept photo. */
  bytes(sha256: string): { type: PhotoType; bytes: Buffer } | undefined {
    return stmt(this.db, 'SELECT type, bytes FROM custody_photos WHERE sha256 = ?').get(sha256) as
      { type: PhotoType; bytes: Buffer } | undefined;
  }
}
