import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { facilities, venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

describe('facility checklist page', () => {
  it('shows each item with its mark, who and when, and saves a new mark with the note typed', async () => {
    const list = facilities();
    mounted = await mountApp('/fasilitas', {
      'GET /api/venue': { body: venueState() },
      'GET /api/facilities': { body: list },
      'PUT /api/facilities/first-aid': ({ body }) => ({
        body: { ...list.items[2], entry: { ...(body as object), by: 'admin', at: '2026-11-22T03:00:00.000Z' } },
      }),
    });
    await expect.element(page.getByRole('row').filter({ hasText: 'Genset' })).toHaveTextContent(/admin.*22\/11\/2026 10\.00 WITA/);
    await expect.element(page.getByText('1 memenuhi · 1 belum memenuhi · 0 tidak berlaku · 1 belum diperiksa')).toBeVisible();
    await snap('facilities-laptop-id');
    await page.getByLabelText('Catatan: Fasilitas P3K').fill('kotak P3K di meja registrasi');
    await page.getByRole('group', { name: 'Fasilitas P3K' }).getByRole('button', { name: 'Memenuhi', exact: true }).click();
    await expect.element(page.getByText('Tersimpan: Fasilitas P3K')).toBeVisible();
    const put = mounted.hub.calls.find((c) => c.method === 'PUT');
    expect(put).toMatchObject({ path: '/api/facilities/first-aid', body: { status: 'ok', note: 'kotak P3K di meja registrasi' } });
  });

  it('keeps a note typed before any result until a result is chosen, and shows the hub refusing', async () => {
    mounted = await mountApp('/fasilitas', {
      'GET /api/facilities': { body: facilities() },
      'PUT /api/facilities/genset': {
        status: 400,
        body: {
          error: {
            code: 'invalid',
            message: 'Isian fasilitas tidak valid: note: Terlalu besar',
            en: 'Facility entry is not valid: note: Too big',
          },
        },
      },
    });
    const note = page.getByLabelText('Catatan: Fasilitas P3K');
    await note.fill('belum ada');
    await note.element().dispatchEvent(new Event('change'));
    expect(mounted.hub.calls.some((c) => c.method === 'PUT')).toBe(false);
    await page.getByRole('group', { name: 'Genset' }).getByRole('button', { name: 'Memenuhi', exact: true }).click();
    await expect.element(page.getByText('Isian fasilitas tidak valid: note: Terlalu besar')).toBeVisible();
  });

  it('clears a mark', async () => {
    mounted = await mountApp('/fasilitas', {
      'GET /api/facilities': { body: facilities() },
      'DELETE /api/facilities/ups': { status: 204 },
    });
    await page.getByRole('row').filter({ hasText: 'UPS' }).getByRole('button', { name: 'Hapus tanda' }).click();
    await expect.element(page.getByText('Tersimpan: UPS 1 KVA 220 V')).toBeVisible();
    expect(mounted.hub.calls.some((c) => c.method === 'DELETE' && c.path === '/api/facilities/ups')).toBe(true);
  });
});
