import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { RegionLinkStatus } from '../../../../protocol/region.js';
import { facilities, readiness, venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const refusedLink: RegionLinkStatus = {
  linked: true,
  regionUrl: 'https://region.kanreg.example:8443',
  venueId: 'batulicin',
  caFingerprint: 'AB:CD:'.repeat(15) + 'AB:CD',
  lastPushAt: '2026-11-23T00:31:00.000Z',
  ackedSeq: 120,
  head: 120,
  pending: 0,
  lastError: null,
  refused: [
    {
      seq: 57,
      kind: 'custody',
      key: 'future',
      refusedAt: '2026-11-23T00:30:00.000Z',
      reason: {
        id: 'Kejadian #57 (custody) tidak sesuai kontrak: seals tidak valid. Perbarui SiapCAT di hub lokasi.',
        en: 'Event #57 (custody) does not match the contract: seals invalid. Update SiapCAT on the venue hub.',
      },
    },
  ],
  refusedCount: 1,
};

const revokedLink: RegionLinkStatus = {
  ...refusedLink,
  ackedSeq: 120,
  head: 131,
  pending: 11,
  refused: [],
  refusedCount: 0,
  lastError: {
    code: 'venue-key',
    id: 'Wilayah menolak kiriman: Kunci lokasi tidak dikenal atau sudah dicabut. Minta kode lokasi baru ke admin wilayah lalu gabung lagi.',
    en: 'The region refused the push: Unknown or revoked venue key. Ask the regional admin for a new venue code and join again.',
  },
};

const routes = (link: RegionLinkStatus | undefined) => ({
  'GET /api/venue': { body: venueState() },
  'GET /api/users': { body: { users: [] } },
  'GET /api/venue/readiness': { body: readiness() },
  'GET /api/facilities/summary': { body: facilities().summary },
  ...(link ? { 'GET /api/region-link': { body: link } } : {}),
});

describe('the link to the region, seen from the venue', () => {
  it('lists each refused event with why and what to do, and warns on the overview', async () => {
    mounted = await mountApp('/pengaturan', routes(refusedLink));
    await expect.element(page.getByText('1 data ditolak wilayah (dilewati setelah dicatat)')).toBeVisible();
    await expect.element(page.getByText(/Perbarui SiapCAT di hub lokasi/)).toBeVisible();
    await expect.element(page.getByText('Terkirim sampai #120 dari #120; menunggu 0.')).toBeVisible();
    await expect.element(page.getByText('https://region.kanreg.example:8443')).toBeVisible();
    await page.getByText('1 data ditolak wilayah (dilewati setelah dicatat)').element().scrollIntoView();
    await snap('region-link-refused-laptop-id');
    mounted.unmount();
    mounted = await mountApp('/', routes(refusedLink), { lang: 'en' });
    await expect.element(page.getByText(/The region refused 1 events from this hub\. Everything else is still sent/)).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Open Setup' })).toHaveAttribute('href', '/pengaturan');
  });

  it('says pushes are held by a revoked key, in both languages, with what to do', async () => {
    mounted = await mountApp('/pengaturan', routes(revokedLink), { lang: 'en' });
    await expect.element(page.getByText(/Pushes held: The region refused the push: Unknown or revoked venue key/)).toBeVisible();
    await expect.element(page.getByText(/restart the hub with --region-code NEW-CODE/)).toBeVisible();
    await expect.element(page.getByText('Sent up to #120 of #131; 11 waiting.')).toBeVisible();
    mounted.unmount();
    mounted = await mountApp('/', routes(revokedLink));
    await expect.element(page.getByText(/Kiriman ke wilayah tertahan \(11 data menunggu\)/)).toBeVisible();
    await snap('region-link-held-overview-id');
  });

  it('shows nothing on the overview when the hub has no region link feature, and how to join on Setup', async () => {
    mounted = await mountApp('/', routes(undefined));
    await expect.element(page.getByText('Lokasi BELUM SIAP')).toBeVisible();
    await expect.element(page.getByText(/Kiriman ke wilayah tertahan|Wilayah menolak/)).not.toBeInTheDocument();
    mounted.unmount();
    mounted = await mountApp('/pengaturan', routes({ ...refusedLink, linked: false, regionUrl: null, refused: [], refusedCount: 0 }));
    await expect.element(page.getByText(/Hub ini belum tergabung ke layanan wilayah/)).toBeVisible();
  });
});
