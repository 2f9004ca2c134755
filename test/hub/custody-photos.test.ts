import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetPlan } from '../../agent/simulate/fleet.js';
import { PHOTO_MAX_BYTES, PHOTO_MAX_PER_SUBJECT } from '../../protocol/custody-photos.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

const photo = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/photos', name)));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const JPEG = photo('seal-broken.jpg');

let hub: TestHub;
let admin: string;
let operator: string;
let monitor: string;
let sealId: number;
let handoverId: number;
let sessionId: string;
let incidentId: number;

/** Posts raw bytes as a browser would, with whatever name-derived type it claims. */
const upload = (query: string, body: Uint8Array, token: string, type = 'image/jpeg') =>
  hub.api(`/api/custody/photos?${query}`, { token, body, headers: { 'content-type': type } });
const rows = (sql: string) => {
  const db = new Database(hub.dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
};

/**
 * Streams a JPEG start then zeros in 64 KB chunks with no Content-Length, until the hub answers (or
 * cuts the connection: EPIPE/reset while writing) or `maxBytes` were sent.
 */
function streamPhoto(path: string, token: string, maxBytes: number): Promise<{ status: number; body: string; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(hub.url + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' } });
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString(), sentBytes: sent }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (answered) return;
      answered = true;
      if (err.code === 'EPIPE' || err.code === 'ECONNRESET') resolve({ status: 0, body: '', sentBytes: sent });
      else reject(err);
    });
    const chunk = Buffer.alloc(64 * 1024);
    req.write(Buffer.from(JPEG.subarray(0, 4096)));
    const pump = () => {
      while (!answered && sent < maxBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.login();
  expect(
    (await hub.api('/api/venue/plan', { token: admin, body: fleetPlan({ servers: 1, clients: 4, rooms: 2 }, 'Lokasi foto') })).status,
  ).toBe(200);
  for (const role of ['operator', 'monitor'] as const) {
    expect(
      (await hub.api('/api/users', { token: admin, body: { username: `u-${role}`, password: `sandi-${role}-2026`, role } })).status,
    ).toBe(201);
  }
  operator = (await hub.api('/api/login', { body: { username: 'u-operator', password: 'sandi-operator-2026' } })).body.token;
  monitor = (await hub.api('/api/login', { body: { username: 'u-monitor', password: 'sandi-monitor-2026' } })).body.token;
  sealId = (await hub.api('/api/custody/seals', { token: admin, body: { roomId: 'R1', sealNumber: 'BKN-0001', witnessName: 'Siti' } })).body
    .id;
  const bast = await hub.api('/api/custody/handovers', {
    token: admin,
    body: {
      direction: 'in',
      place: 'Gedung serbaguna',
      giver: { name: 'Budi', nip: '198001012005011001', unit: 'Kanreg VIII BKN' },
      receiver: { name: 'Ani', nip: '198502022010012002', unit: 'BKD Tanah Bumbu' },
      items: [
        { kind: 'mobile-server', description: 'Server mobile', serial: 'SN1', sealNumbers: ['S-1'], sealCondition: 'utuh' },
        { kind: 'vpn', description: 'Perangkat VPN', serial: 'V1', sealNumbers: ['S-2'], sealCondition: 'rusak' },
      ],
    },
  });
  expect(bast.status, JSON.stringify(bast.body)).toBe(201);
  handoverId = bast.body.id;
  const session = await hub.api('/api/sessions', {
    token: admin,
    body: { name: 'SKD sesi 1', startsAt: '2026-12-04T08:00:00+08:00', kind: 'SKD', rooms: ['R1', 'R2'] },
  });
  sessionId = session.body.id;
  const incident = await hub.api(`/api/sessions/${sessionId}/incidents`, {
    token: operator,
    body: { kind: 'listrik', description: 'Lampu padam' },
  });
  expect(incident.status, JSON.stringify(incident.body)).toBe(201);
  incidentId = incident.body.id;
});

afterAll(async () => {
  await hub?.stop();
});

describe('photos on custody records', () => {
  it('keeps a photo once by its sha256, links it to each record part, and serves it back only to readers', async () => {
    const first = await upload(`kind=seal&id=${sealId}&part=install`, JPEG, admin, 'application/octet-stream');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      deduplicated: false,
      photo: {
        sha256: sha(JPEG),
        type: 'image/jpeg',
        bytes: JPEG.byteLength,
        width: 640,
        height: 480,
        kind: 'seal',
        part: 'install',
        by: 'admin',
      },
    });
    // The same bytes again on the same part: nothing new. On the BAST's damaged item: one more link, the same bytes.
    expect((await upload(`kind=seal&id=${sealId}&part=install`, JPEG, admin)).status).toBe(200);
    const item = await upload(`kind=handover&id=${handoverId}&part=2`, JPEG, admin);
    expect(item.status).toBe(201);
    expect(item.body.deduplicated).toBe(true);
    const png = await upload(`kind=incident&session=${sessionId}&id=${incidentId}`, photo('seal-small.png'), operator);
    expect(png.status, JSON.stringify(png.body)).toBe(201);
    expect(png.body.photo).toMatchObject({ type: 'image/png', subjectId: `${sessionId}/${incidentId}`, part: '' });
    const webp = await upload(`kind=handover&id=${handoverId}&part=2`, photo('seal-vp8.webp'), admin);
    expect(webp.body.photo).toMatchObject({ type: 'image/webp', width: 320, height: 240 });

    expect(rows('SELECT sha256 FROM custody_photos ORDER BY sha256').map((r) => r.sha256)).toEqual(
      [sha(JPEG), sha(photo('seal-small.png')), sha(photo('seal-vp8.webp'))].sort(),
    );
    const list = await hub.api('/api/custody/photos', { token: monitor });
    expect(list.body.photos.map((p: any) => `${p.kind}:${p.subjectId}:${p.part}:${p.type}`)).toEqual([
      `seal:${sealId}:install:image/jpeg`,
      `handover:${handoverId}:2:image/jpeg`,
      `incident:${sessionId}/${incidentId}::image/png`,
      `handover:${handoverId}:2:image/webp`,
    ]);

    const res = await fetch(`${hub.url}/api/custody/photos/${sha(JPEG)}`, { headers: { authorization: `Bearer ${monitor}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG);
    expect((await fetch(`${hub.url}/api/custody/photos/${sha(JPEG)}`)).status).toBe(401);

    // Each attachment is in the audit chain with its sha256; the chain is intact.
    const entries = rows("SELECT data FROM audit_log WHERE action = 'custody.photo-attached' ORDER BY seq");
    expect(entries.map((e) => JSON.parse(e.data as string).sha256)).toEqual([
      sha(JPEG),
      sha(JPEG),
      sha(photo('seal-small.png')),
      sha(photo('seal-vp8.webp')),
    ]);
    expect((await hub.api('/api/audit/verify', { token: admin })).body.intact).toBe(true);
  });

  it('refuses by role: a monitor never uploads, an operator only on incidents', async () => {
    expect((await upload(`kind=seal&id=${sealId}&part=install`, JPEG, monitor)).status).toBe(403);
    const op = await upload(`kind=seal&id=${sealId}&part=install`, JPEG, operator);
    expect(op.status).toBe(403);
    expect(op.body.error.details.action).toBe('custody.record');
  });

  it('refuses an HTML file named .jpg, an SVG, and takes a JPEG polyglot only as an image it serves as image/jpeg', async () => {
    const html = new TextEncoder().encode('<html><body><script>fetch("/api/users")</script></body></html>');
    const refused = await upload(`kind=seal&id=${sealId}&part=install`, html, admin, 'image/jpeg');
    expect(refused.status).toBe(415);
    expect(refused.body.error.message).toContain('bukan foto JPEG, PNG atau WebP');
    expect(refused.body.error.en).toContain('not a JPEG, PNG or WebP');
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await upload(`kind=seal&id=${sealId}&part=install`, svg, admin, 'image/svg+xml')).status).toBe(415);

    const polyglot = new Uint8Array([...JPEG, ...new TextEncoder().encode('<html><script>alert(document.cookie)</script></html>')]);
    const kept = await upload(`kind=seal&id=${sealId}&part=install`, polyglot, admin, 'text/html');
    expect(kept.status).toBe(201);
    const res = await fetch(`${hub.url}/api/custody/photos/${sha(polyglot)}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('refuses an oversized photo, declared or chunked with no length, before holding it, and stores nothing', async () => {
    const before = rows('SELECT count(*) AS n FROM custody_photos')[0]!.n;
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1);
    big.set(JPEG);
    const declared = await upload(`kind=seal&id=${sealId}&part=install`, big, admin);
    expect(declared.status).toBe(413);
    expect(declared.body.error.message).toContain('terlalu besar (batas 2.0 MB)');

    const chunked = await streamPhoto(`/api/custody/photos?kind=seal&id=${sealId}&part=install`, admin, PHOTO_MAX_BYTES * 8);
    // Answered 413 (or the connection cut while the client still wrote) long before 16 MB were sent.
    expect([413, 0]).toContain(chunked.status);
    if (chunked.status === 413) expect(chunked.body).toContain('terlalu besar');
    expect(chunked.sentBytes).toBeLessThan(PHOTO_MAX_BYTES * 8);
    expect(rows('SELECT count(*) AS n FROM custody_photos')[0]!.n).toBe(before);
  });

  it('refuses a PNG declaring 100,000 x 100,000 px without decoding it', async () => {
    const bomb = photo('seal-small.png');
    new DataView(bomb.buffer).setUint32(16, 100_000);
    new DataView(bomb.buffer).setUint32(20, 100_000);
    const res = await upload(`kind=seal&id=${sealId}&part=install`, bomb, admin, 'image/png');
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('100000 x 100000 piksel');
  });

  it('refuses names that try to leave their place, unknown records and parts, and a seventh photo', async () => {
    for (const q of [
      `kind=seal&id=../../etc/passwd&part=install`,
      `kind=../seal&id=${sealId}&part=install`,
      `kind=seal&id=${sealId}&part=../../x`,
      `kind=incident&session=../../x&id=${incidentId}`,
    ]) {
      expect((await upload(q, JPEG, admin)).status, q).toBe(400);
    }
    for (const path of ['..%2F..%2Fetc%2Fpasswd', '..', sha(JPEG).toUpperCase(), 'a'.repeat(64)]) {
      expect((await hub.api(`/api/custody/photos/${path}`, { token: admin })).status, path).toBe(404);
    }
    expect((await upload(`kind=seal&id=999&part=install`, JPEG, admin)).status).toBe(404);
    const notOpened = await upload(`kind=seal&id=${sealId}&part=open`, JPEG, admin);
    expect(notOpened.status).toBe(400);
    expect(notOpened.body.error.message).toContain('belum tercatat dibuka');
    expect((await upload(`kind=handover&id=${handoverId}&part=3`, JPEG, admin)).status).toBe(400);
    expect((await upload(`kind=incident&session=${sessionId}&id=999`, JPEG, operator)).status).toBe(404);

    // Fill the opening's photos up to the limit with distinct photos (one byte appended after the JPEG's end).
    await hub.api(`/api/custody/seals/${sealId}/open`, {
      token: admin,
      body: { sealNumberRead: 'BKN-0001', intact: false, witnessName: 'Siti' },
    });
    for (let i = 0; i < PHOTO_MAX_PER_SUBJECT; i++) {
      expect((await upload(`kind=seal&id=${sealId}&part=open`, new Uint8Array([...JPEG, i]), admin)).status).toBe(201);
    }
    const seventh = await upload(`kind=seal&id=${sealId}&part=open`, new Uint8Array([...JPEG, 99]), admin);
    expect(seventh.status).toBe(409);
    expect(seventh.body.error.message).toContain(`sudah punya ${PHOTO_MAX_PER_SUBJECT} foto`);
  });
});
