import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { MachineSummary } from '../../../../protocol/api.js';
import { RAM_FAIL, check, machineRow, machineSummary, readiness, venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap, useViewport } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

/** A 12 x 20 hall: 240 seats, a PC on all but the last 4, some failing, some offline, some unknown. */
function hall() {
  const state = venueState([
    { id: 'HALL', name: 'Aula Utama', kind: 'ruang-tes', rows: 12, cols: 20 },
    { id: 'R2', name: 'Ruang 2', kind: 'ruang-tes', rows: 3, cols: 4 },
  ]);
  const machines = Array.from({ length: 236 }, (_, i) => {
    const seat = i + 1;
    const id = `PC-${String(seat).padStart(3, '0')}`;
    if (seat % 17 === 0) {
      return machineRow({ id, roomId: 'HALL', seat, verdict: 'not-ready', checks: [check({ id: 'cpu-speed' }), RAM_FAIL] });
    }
    if (seat % 29 === 0) return machineRow({ id, roomId: 'HALL', seat, online: false });
    if (seat % 31 === 0) return machineRow({ id, roomId: 'HALL', seat, verdict: 'incomplete' });
    return machineRow({ id, roomId: 'HALL', seat });
  });
  machines.push(machineRow({ id: 'PC-900', roomId: 'HALL', seat: 900 }));
  return {
    'GET /api/venue': { body: state },
    'GET /api/machines': { body: { machines } },
    'GET /api/venue/readiness': {
      body: readiness({
        rooms: [
          {
            id: 'HALL',
            name: 'Aula Utama',
            kind: 'ruang-tes',
            verdict: 'not-ready',
            machines: { ready: 210, notReady: 13, incomplete: 7, missing: 0, offline: 7 },
            causes: [
              {
                kind: 'check-fail',
                severity: 'fail',
                ref: 'ram-size',
                count: 13,
                text: { id: '13 PC: RAM < 4 GB', en: '13 PCs: RAM < 4 GB' },
              },
            ],
          },
        ],
      }),
    },
  } as const;
}

const seat = (n: number) => page.elementLocator(document.body).getByRole('link', { name: new RegExp(`^Kursi ${n} —`) });

describe('room map', () => {
  it('lays out 240 seats as the room is, coloured by each PC, with empty seats and unplaced PCs', async () => {
    mounted = await mountApp('/ruang/HALL', hall());
    await expect.element(page.getByRole('heading', { name: 'Aula Utama' })).toBeVisible();
    await expect.element(seat(17)).toHaveAttribute('data-show', 'not-ready');
    await expect.element(seat(29)).toHaveAttribute('data-show', 'offline');
    await expect.element(seat(31)).toHaveAttribute('data-show', 'incomplete');
    await expect.element(seat(1)).toHaveAttribute('data-show', 'ready');
    await expect.element(seat(17)).toHaveAttribute('title', 'Kursi 17 — PC-017: Belum siap (RAM < 4 GB)');
    // Seat 240 has no PC; seat 21 starts the second row.
    await expect.element(page.getByTitle('Kursi 240: Belum ada PC')).toBeVisible();
    await expect.element(seat(21)).toHaveAttribute('style', 'grid-row:2;grid-column:1');
    await expect.element(page.getByRole('link', { name: 'PC-900' })).toBeVisible();
    await expect.element(page.getByText('13 PC: RAM < 4 GB')).toBeVisible();
    await snap('room-laptop-id');
  });

  it('recolours a seat when its PC reports, without asking the hub again', async () => {
    mounted = await mountApp('/ruang/HALL', hall());
    await expect.element(seat(5)).toHaveAttribute('data-show', 'ready');
    const before = mounted.hub.calls.length;
    const changed: MachineSummary = machineSummary({ id: 'PC-005', roomId: 'HALL', seat: 5, verdict: 'not-ready', failing: ['ram-size'] });
    mounted.pushLive({ topics: ['machines'], machines: [changed] });
    await expect.element(seat(5)).toHaveAttribute('data-show', 'not-ready');
    expect(mounted.hub.calls.filter((c) => c.path.startsWith('/api/machines')).length).toBe(
      mounted.hub.calls.slice(0, before).filter((c) => c.path.startsWith('/api/machines')).length,
    );
  });

  it('opens the PC when its seat is clicked', async () => {
    mounted = await mountApp('/ruang/HALL', {
      ...hall(),
      'GET /api/machines/PC-017': { body: { ...machineRow({ id: 'PC-017' }), history: [] } },
    });
    await seat(17).click();
    await expect.element(page.getByRole('heading', { name: 'PC-017' })).toBeVisible();
    expect(location.pathname).toBe('/mesin/PC-017');
  });

  it('says so when the room does not exist', async () => {
    mounted = await mountApp('/ruang/NOPE', hall());
    await expect.element(page.getByText(/Ruang ini tidak ada di pengaturan lokasi/)).toBeVisible();
  });

  it('fills a TV screen in English', async () => {
    await useViewport('tv');
    mounted = await mountApp('/ruang/HALL', hall(), { lang: 'en' });
    await expect.element(page.getByText('Front of the room (supervisor / screen)')).toBeVisible();
    await snap('room-tv-en');
    await useViewport('laptop');
  });
});
