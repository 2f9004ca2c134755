import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { RAM_FAIL, check, machineRow, venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const routes = () => ({
  'GET /api/venue': { body: venueState() },
  'GET /api/machines': {
    body: {
      machines: [
        machineRow({ id: 'PC-001', seat: 1 }),
        machineRow({ id: 'PC-002', seat: 2, verdict: 'not-ready', checks: [check({ id: 'cpu-speed' }), RAM_FAIL] }),
        machineRow({ id: 'PC-003', seat: 3, online: false, lastSeenAt: '2026-11-22T01:00:00.000Z' }),
        machineRow({
          id: 'PC-201',
          roomId: null,
          seat: null,
          serverId: null,
          verdict: null,
          checks: [],
          refusal: { code: 'server-full', message: 'Server S2 penuh (200/200).', en: 'Server S2 is full (200/200).' },
        }),
      ],
    },
  },
});

describe('PC list', () => {
  it('lists every PC with its state, failing checks and refusals', async () => {
    mounted = await mountApp('/mesin', routes());
    await expect.element(page.getByText('4 dari 4 PC')).toBeVisible();
    const row = (id: string) => page.getByRole('row').filter({ hasText: id });
    await expect.element(row('PC-002').getByText('Belum siap')).toBeVisible();
    await expect.element(row('PC-002')).toHaveTextContent(/RAM < 4 GB/);
    await expect.element(row('PC-003').getByText('Luring')).toBeVisible();
    await expect.element(row('PC-003')).toHaveTextContent(/22\/11\/2026 09\.00 WITA/);
    await expect.element(page.getByText('Ditolak: Server S2 penuh (200/200).')).toBeVisible();
    await expect.element(row('PC-201').getByText('Menunggu laporan')).toBeVisible();
    await snap('machines-laptop-id');
  });

  it('applies the filter in the address, from a cause link', async () => {
    mounted = await mountApp('/mesin?status=not-ready&periksa=ram-size', routes());
    await expect.element(page.getByText('1 dari 4 PC')).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'PC-002' })).toBeVisible();
    await expect.element(page.getByText('Pemeriksaan: RAM < 4 GB')).toBeVisible();
    await page.getByRole('link', { name: 'Hapus saringan' }).click();
    await expect.element(page.getByText('4 dari 4 PC')).toBeVisible();
  });

  it('changes the address when a filter is chosen, so the view can be shared', async () => {
    mounted = await mountApp('/mesin', routes());
    await page.getByLabelText('Status').selectOptions('offline');
    await expect.element(page.getByText('1 dari 4 PC')).toBeVisible();
    expect(location.pathname + location.search).toBe('/mesin?luring=1');
  });
});
