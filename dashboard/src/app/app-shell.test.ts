import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { facilities, readiness, venueState } from '../testing/fixtures.js';
import { mountApp } from '../testing/mount.js';
import { snap } from '../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const routes = () => ({
  'GET /api/venue': { body: { ...venueState(), venue: { ...venueState().venue!, timeZone: 'Asia/Jayapura' } } },
  'GET /api/venue/readiness': { body: readiness() },
  'GET /api/facilities/summary': { body: facilities().summary },
  'GET /api/facilities': { body: facilities() },
});

describe('app shell', () => {
  it('marks the current page in the menu and follows menu links without reloading', async () => {
    mounted = await mountApp('/', routes());
    await expect.element(page.getByRole('link', { name: 'Ringkasan' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('link', { name: 'Fasilitas', exact: true }).click();
    await expect.element(page.getByRole('heading', { name: 'Daftar periksa fasilitas' })).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Fasilitas', exact: true })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Daftar periksa fasilitas — SiapCAT');
  });

  it("shows times in the venue's own zone once the venue is known", async () => {
    mounted = await mountApp('/', routes());
    await expect.element(page.getByText('Gedung Serbaguna Batulicin · WIT')).toBeVisible();
    await expect.element(page.getByText('Diperbarui 23/11/2026 08.30 WIT')).toBeVisible();
  });

  it('switches every text to English and back', async () => {
    mounted = await mountApp('/', routes());
    await expect.element(page.getByText('Lokasi BELUM SIAP')).toBeVisible();
    await page.getByRole('button', { name: 'EN' }).click();
    await expect.element(page.getByText('Venue NOT READY')).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect.element(page.getByText('Updated 23/11/2026 08:30 WIT')).toBeVisible();
    await page.getByRole('button', { name: 'ID' }).click();
    await expect.element(page.getByText('Lokasi BELUM SIAP')).toBeVisible();
  });

  it('answers an unknown address with a way back', async () => {
    mounted = await mountApp('/tidak/ada', routes());
    await expect.element(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
    await snap('not-found-laptop-id');
  });

  it('shows the live state in the header', async () => {
    mounted = await mountApp('/', routes());
    await expect.element(page.getByText('Langsung', { exact: true })).toBeVisible();
    mounted.services.live.stop();
    await expect.element(page.getByText('Tidak tersambung')).toBeVisible();
  });
});
