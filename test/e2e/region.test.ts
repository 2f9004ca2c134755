import { createHash, X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEvent } from '../../protocol/region.js';
import { defaultDashboardDir } from '../../server/hub.js';
import { errorsOf, launchBrowser, shot, type TestBrowser } from '../helpers/browser.js';
import { usePostgres } from '../helpers/postgres.js';
import { REGION_ADMIN_PASSWORD, startTestRegion, type TestRegion } from '../helpers/region.js';

const pg = usePostgres();
let browser: TestBrowser | undefined;
let region: TestRegion | undefined;

beforeAll(async () => {
  region = await startTestRegion(await pg.fresh(), { staleAfterMs: 1500, dashboardDir: defaultDashboardDir() });
  // Chromium trusts exactly the region's certificate key (its SPKI), nothing else.
  const spki = new X509Certificate(region.tls.certPem).publicKey.export({ type: 'spki', format: 'der' });
  browser = await launchBrowser({ extraArgs: [`--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`] });
});
afterAll(async () => {
  await browser?.close();
  await region?.stop();
});

const at = new Date().toISOString();
function events(verdict: 'ready' | 'not-ready', present: number): OutboxEvent[] {
  return [
    { seq: 1, kind: 'venue', key: '', at, payload: { name: '', timeZone: 'Asia/Makassar' } },
    {
      seq: 2,
      kind: 'readiness',
      key: '',
      at,
      payload: {
        verdict,
        machines: { ready: verdict === 'ready' ? 212 : 180, notReady: verdict === 'ready' ? 0 : 32, incomplete: 0, missing: 0, offline: 3 },
        causes: verdict === 'ready' ? [] : [{ kind: 'check-fail', ref: 'ram-size', count: 32, text: { id: '32 PC: RAM < 4 GB', en: '32 PCs: RAM < 4 GB' } }],
      },
    },
    { seq: 3, kind: 'capacity', key: '', at, payload: { servers: [{ id: 'S1', kind: 'server', limit: 200, assigned: 150, online: true, waiting: 0 }] } },
    {
      seq: 4,
      kind: 'attendance',
      key: 'skd-1',
      at,
      payload: { sessionId: 'skd-1', name: 'SKD Sesi 1', date: '2026-11-23', start: '08:00', end: '09:40', registered: 150, present, absent: 150 - present, refused: 2, rooms: [{ room: 'R1', registered: 75, present: Math.ceil(present / 2), absent: 75 - Math.ceil(present / 2), refused: 1 }, { room: 'R2', registered: 75, present: Math.floor(present / 2), absent: 75 - Math.floor(present / 2), refused: 1 }] },
    },
    { seq: 5, kind: 'incident', key: 'skd-1/1', at, payload: { sessionId: 'skd-1', id: 1, at, room: 'R2', kind: 'listrik', description: 'PLN padam, UPS menahan sampai genset menyala', minutesLost: 4 } },
  ];
}

describe('the regional dashboard (real region on PostgreSQL, real Chromium)', () => {
  it('lists every venue with its light and last heard, shows a silent one as stale, and a venue in detail', async () => {
    const r = region!;
    const admin = await r.login();
    const keys: Record<string, string> = {};
    for (const [id, name] of [['batulicin', 'Gedung Serbaguna Batulicin'], ['kotabaru', 'SMKN 1 Kotabaru']] as const) {
      const code = await r.enroll(id, name, admin);
      keys[id] = (await r.api('/api/region/join', { body: { code, name } })).body.key;
    }
    await r.api('/api/region/push', { token: keys.kotabaru, body: { head: 5, events: events('ready', 140) } });
    await new Promise((done) => setTimeout(done, 1600)); // kotabaru falls silent
    await r.api('/api/region/push', { token: keys.batulicin, body: { head: 5, events: events('not-ready', 96) } });
    // Batulicin's hub keeps its heartbeat going, as a linked hub does.
    const heartbeat = setInterval(() => void r.api('/api/region/push', { token: keys.batulicin, body: { head: 5, events: [] } }), 400);
    try {

    const page = await browser!.page('laptop');
    await page.goto(`${r.url}/`);
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('Kata sandi').fill(REGION_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Semua lokasi' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/wilayah');

    const stale = page.locator('[data-venue=kotabaru]');
    await expect.poll(() => stale.getAttribute('data-verdict')).toBe('stale');
    expect(await stale.textContent()).toContain('Terputus — data lama');
    expect(await stale.textContent()).not.toContain('Siap');
    expect(await stale.locator('[data-last-heard]').textContent()).toMatch(/terakhir terhubung (baru saja|\d+ detik lalu)/);
    const fresh = page.locator('[data-venue=batulicin]');
    expect(await fresh.getAttribute('data-verdict')).toBe('not-ready');
    expect(await fresh.textContent()).toContain('96 / 150');
    expect(await fresh.textContent()).toContain('1 kejadian tercatat');
    await shot(page, 'region-venues-laptop-id');

    await fresh.getByRole('link', { name: 'Gedung Serbaguna Batulicin' }).click();
    await page.getByRole('heading', { name: 'Gedung Serbaguna Batulicin' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/wilayah/batulicin');
    const text = await page.locator('main').textContent();
    expect(text).toContain('32 PC: RAM < 4 GB');
    expect(text).toContain('PLN padam, UPS menahan sampai genset menyala');
    expect(await page.locator('table[data-session=skd-1] tbody tr').count()).toBe(2);
    await shot(page, 'region-venue-detail-laptop-id');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: /All venues/ }).click();
    await page.getByRole('heading', { name: 'All venues' }).waitFor();
    expect(await stale.textContent()).toContain('Stale — old data');
    await shot(page, 'region-venues-laptop-en');
    expect(errorsOf(page)).toEqual([]);
    } finally {
      clearInterval(heartbeat);
    }
  }, 60_000);
});
