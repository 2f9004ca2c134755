import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { machineRow, readiness, venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap, useViewport } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const routes = () => ({
  'GET /api/venue': {
    body: venueState([
      { id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 6, cols: 6 },
      { id: 'SRV', name: 'Ruang server', kind: 'ruang-server', rows: 0, cols: 0 },
      { id: 'R2', name: 'Ruang 2', kind: 'ruang-tes', rows: 6, cols: 6 },
    ]),
  },
  'GET /api/venue/readiness': { body: readiness() },
  'GET /api/facilities/summary': { status: 404, body: { error: { code: 'not-found', message: 'x', en: 'x' } } },
  'GET /api/machines': {
    body: {
      machines: [
        ...Array.from({ length: 36 }, (_, i) =>
          machineRow({ id: `A-${i + 1}`, roomId: 'R1', seat: i + 1, verdict: i === 4 ? 'not-ready' : 'ready' }),
        ),
        ...Array.from({ length: 30 }, (_, i) => machineRow({ id: `B-${i + 1}`, roomId: 'R2', seat: i + 1 })),
      ],
    },
  },
});

describe('monitor mode', () => {
  it('shows one test room at a time without the app menus, and moves with the arrow keys', async () => {
    await useViewport('tv');
    mounted = await mountApp('/monitor?detik=60', routes());
    await expect.element(page.getByRole('heading', { name: 'Ruang 1' })).toBeVisible();
    await expect.element(page.getByText('1/2')).toBeVisible();
    expect(document.querySelector('siap-app')!.shadowRoot!.querySelector('header nav')).toBeNull();
    await snap('monitor-tv-id', { fullPage: false });
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(page.getByRole('heading', { name: 'Ruang 2' })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(page.getByRole('heading', { name: 'Ruang 1' })).toBeVisible();
    await useViewport('laptop');
  });

  it('cycles to the next room by itself after the chosen seconds', async () => {
    mounted = await mountApp('/monitor?detik=5&ruang=R2,R1', routes(), { lang: 'en' });
    await expect.element(page.getByRole('heading', { name: 'Ruang 2' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Ruang 1' }), { timeout: 9000 }).toBeVisible();
  });

  it('pauses on space', async () => {
    mounted = await mountApp('/monitor?detik=5', routes());
    await expect.element(page.getByRole('heading', { name: 'Ruang 1' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(page.getByText(/dijeda/)).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(page.getByRole('heading', { name: 'Ruang 2' })).toBeVisible();
  });
});
