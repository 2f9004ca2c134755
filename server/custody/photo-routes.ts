import { z } from 'zod/mini';
import { PHOTO_MAX_BYTES, PhotoSubjectSchema } from '../../protocol/custody-photos.js';
import { validate } from '../../protocol/validate.js';
import { can, forbidden, requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import { readBodyBytes } from '../http/json.js';
import type { CustodyDeps } from './deps.js';
import { attachPhoto, checkSubject, photoBytes } from './photos.js';

const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const EXT = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/**
 * Photos on custody records (README "Custody and rehearsal", Photos). The body is the photo's raw
 * bytes; which record it belongs to is in the query. Whatever the name or Content-Type the browser
 * sent, the type is read from the bytes; no name from outside is ever used or stored.
 */
export function photoRoutes(app: HubApp, deps: CustodyDeps): void {
  app.get('/api/custody/photos', requirePermission('custody.read'), (c) => c.json({ photos: deps.photos.links() }));

  app.get('/api/custody/photos/:sha256', requirePermission('custody.read'), (c) => {
    const sha256 = validate(Sha256Schema, c.req.param('sha256'), { id: 'Sidik foto (sha256)', en: 'Photo fingerprint (sha256)' }, 404);
    const photo = photoBytes(deps, sha256);
    // Served only as the image type its bytes showed; nosniff (every answer) keeps a browser from
    // reading a JPEG that also holds HTML as a page. Content-addressed: the bytes never change.
    c.header('Content-Type', photo.type);
    c.header('Content-Disposition', `inline; filename="${sha256}.${EXT[photo.type]}"`);
    c.header('Cache-Control', 'private, max-age=31536000, immutable');
    return c.body(new Uint8Array(photo.bytes));
  });

  app.post('/api/custody/photos', requirePermission('custody.photo'), async (c) => {
    const subject = validate(PhotoSubjectSchema, c.req.query(), { id: 'Foto untuk catatan', en: 'Photo for the record' });
    const user = c.get('user');
    // Incidents are the desk's (incidents.record); seals and BAST are the exam day's leaders' (custody.record).
    if (subject.kind !== 'incident' && !can(user.role, 'custody.record')) throw forbidden('custody.record', user);
    checkSubject(deps, subject);
    const bytes = await readBodyBytes(c, PHOTO_MAX_BYTES);
    const { photo, deduplicated, added } = attachPhoto(deps, subject, bytes, { username: user.username, role: user.role });
    return c.json({ photo, deduplicated }, added ? 201 : 200);
  });
}
