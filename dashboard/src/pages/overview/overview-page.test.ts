import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { facilities, readiness, venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap, useViewport } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const routes = () => ({
  'GET /api/venue/readiness': {
    body: readiness({
      rooms: [
        ...readiness().rooms,
        {
          id: 'SRV',
          name: 'Ruang server',
          kind: 'ruang-server',
          verdict: 'ready',
          machines: { ready: 0, notReady: 0, incomplete: 0, missing: 0, offline: 0 },
          causes: [],
        },
      ],
    }),
  },
  'GET /api/facilities/summary': { body: facilities().summary },
  'GET /api/venue': { body: venueState() },
});

describe('venue overview', () => {
  it('shows the venue light, the counts, named causes and each server with its capacity', async () => {
    mounted = await mountApp('/', routes());
    await expect.element(page.getByText('Lokasi BELUM SIAP')).toBeVisible();
    for (const n of ['180', '12', '5', '3']) await expect.element(page.getByText(n, { exact: true }).first()).toBeVisible();
    await expect
      .element(page.getByRole('link', { name: '12 PC: RAM < 4 GB' }).first())
      .toHaveAttribute('href', '/mesin?status=not-ready&periksa=ram-size');
    await expect
      .element(page.getByRole('link', { name: 'Fasilitas belum memenuhi: Genset (solar habis)' }))
      .toHaveAttribute('href', '/fasilitas');
    await expect.element(page.getByText('200/200 — PENUH')).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'PC-203' })).toHaveAttribute('href', '/mesin/PC-203');
    await expect.element(page.getByText('Diperbarui 23/11/2026 07.30 WITA')).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Ruang 2' })).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Ruang server' })).not.toBeInTheDocument();
    await snap('overview-laptop-id');
  });

  it("shows each room's seal state on its card, the broken one in red, and nothing for a room never sealed", async () => {
    mounted = await mountApp('/', {
      ...routes(),
      'GET /api/custody/seals': {
        body: {
          seals: [],
          rooms: [
            { roomId: 'R1', state: 'broken', sealNumber: 'BKN-0001', sealId: 1 },
            { roomId: 'R2', state: 'none', sealNumber: null, sealId: null },
          ],
        },
      },
    });
    const bad = page.getByRole('link', { name: 'Segel TIDAK sesuai (BKN-0001)' });
    await expect.element(bad).toHaveAttribute('href', '/pengamanan');
    await expect.element(bad).toHaveAttribute('data-seal', 'broken');
    expect(getComputedStyle(bad.element()).color).toBe('rgb(207, 34, 46)');
    // R2 never had a seal: only R1's card has a seal line.
    expect(page.getByRole('link', { name: /segel/i }).all()).toHaveLength(1);
    await snap('overview-seal-id');
    mounted.hub.set('GET /api/custody/seals', {
      body: { seals: [], rooms: [{ roomId: 'R2', state: 'sealed', sealNumber: 'BKN-0002', sealId: 2 }] },
    });
    mounted.pushLive({ topics: ['custody'] });
    await expect.element(page.getByRole('link', { name: 'Bersegel (BKN-0002)' })).toBeVisible();
  });

  it('re-fetches when the live channel says readiness changed', async () => {
    mounted = await mountApp('/', routes());
    await expect.element(page.getByText('Lokasi BELUM SIAP')).toBeVisible();
    const allReady = { ready: 200, notReady: 0, incomplete: 0, missing: 0, offline: 0 };
    // Every PC ready, the generator still not: the hub's venue verdict (facilities included) stays not ready.
    mounted.hub.set('GET /api/venue/readiness', {
      body: readiness({ verdict: 'not-ready', causes: facilities().summary.causes.slice(0, 1), machines: allReady }),
    });
    mounted.pushLive({ topics: ['readiness'] });
    await expect.element(page.getByText('200', { exact: true })).toBeVisible();
    await expect.element(page.getByText('Lokasi BELUM SIAP')).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Fasilitas belum memenuhi: Genset (solar habis)' })).toBeVisible();
    // A facility ticked: the hub publishes both topics and its roll-up says ready; the page shows just that.
    mounted.hub.set('GET /api/venue/readiness', { body: readiness({ verdict: 'ready', causes: [], machines: allReady }) });
    mounted.hub.set('GET /api/facilities/summary', {
      body: { verdict: 'ready', counts: { ok: 3, notOk: 0, na: 0, unchecked: 0 }, causes: [] },
    });
    mounted.pushLive({ topics: ['facilities', 'readiness'] });
    await expect.element(page.getByText('Lokasi SIAP')).toBeVisible();
    await expect.element(page.getByText('Tidak ada masalah tercatat.')).toBeVisible();
  });

  it('keeps the last numbers and says why when the hub stops answering', async () => {
    mounted = await mountApp('/', routes());
    await expect.element(page.getByText('Lokasi BELUM SIAP')).toBeVisible();
    mounted.hub.set('GET /api/venue/readiness', () => {
      throw new TypeError('Failed to fetch');
    });
    mounted.pushLive({ topics: ['readiness'] });
    await expect.element(page.getByText(/Hub tidak bisa dihubungi/)).toBeVisible();
    await expect.element(page.getByText('Lokasi BELUM SIAP')).toBeVisible();
  });

  it('shows the machines alone, without an error, on a hub that has no facility checklist', async () => {
    mounted = await mountApp('/', {
      ...routes(),
      'GET /api/facilities/summary': { status: 404, body: { error: { code: 'not-found', message: 'x', en: 'x' } } },
    });
    await expect.element(page.getByText('Lokasi BELUM SIAP')).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Fasilitas' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
  });

  it('reads well in English on the monitoring-room TV', async () => {
    await useViewport('tv');
    mounted = await mountApp('/', routes(), { lang: 'en' });
    await expect.element(page.getByText('Venue NOT READY')).toBeVisible();
    await expect.element(page.getByText('server S2 full: 200/200, 3 waiting')).toBeVisible();
    await snap('overview-tv-en');
    await useViewport('laptop');
  });
});
