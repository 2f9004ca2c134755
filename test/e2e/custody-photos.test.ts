import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetPlan } from '../../agent/simulate/fleet.js';
import { errorsOf, launchBrowser, logIn, shot, SHOTS_DIR, type TestBrowser } from '../helpers/browser.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

const PHOTOS = join(process.cwd(), 'test/fixtures/photos');
const tmp = tempDir('siapcat-photos-e2e-');

let browser: TestBrowser;
let hub: TestHub;
let token: string;

const kept = () => {
  const db = new Database(hub.dbPath, { readonly: true });
  try {
    return db.prepare('SELECT type, width, height, length(bytes) AS size FROM custody_photos ORDER BY at').all() as Array<{
      type: string;
      width: number;
      height: number;
      size: number;
    }>;
  } finally {
    db.close();
  }
};

/**
 * In the page: at least `n` photos shown (img[data-photo], shadow roots included), every one decoded. A function
 * with structural types (the test project has no DOM types), not a string: Playwright polls a string predicate
 * by eval, which the page's CSP (no unsafe-eval) refuses whenever the first check is still false.
 */
interface PageElement {
  tagName: string;
  dataset?: { photo?: string };
  shadowRoot?: PageRoot | null;
  complete?: boolean;
  naturalWidth?: number;
}
interface PageRoot {
  querySelectorAll(selector: string): Iterable<PageElement>;
}
const photosLoaded = (n: number): boolean => {
  const all: PageElement[] = [];
  const walk = (root: PageRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName === 'IMG' && el.dataset?.photo) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk((globalThis as unknown as { document: PageRoot }).document);
  return all.length >= n && all.every((i) => i.complete === true && (i.naturalWidth ?? 0) > 0);
};

beforeAll(async () => {
  browser = await launchBrowser();
  hub = await startTestHub();
  token = await hub.login();
  expect(
    (await hub.api('/api/venue/plan', { token, body: fleetPlan({ servers: 1, clients: 4, rooms: 2 }, 'Gedung Serbaguna Batulicin') }))
      .status,
  ).toBe(200);
});

afterAll(async () => {
  await hub?.stop();
  await browser?.close();
});

describe('photos on seals and BAST items, in Chromium with real files', () => {
  it('a phone photo is scaled down before it is sent, an HTML file named .jpg is refused in both languages, the BAST prints the photo', async () => {
    const page = await browser.page();
    await logIn(page, `${hub.url}/pengamanan`);
    const row = page.locator('tr[data-room="R1"]');
    await row.locator('input[name="sealNumber"]').fill('BKN-0001');
    await row.locator('input[name="witnessName"]').fill('Siti (Inspektorat)');
    await row.getByRole('button', { name: 'Pasang segel' }).click();
    const install = row.locator('[data-photos="install"]');
    await install.waitFor();

    // A 4000 x 3000 camera photo: the dashboard sends it as a JPEG of at most 1600 px.
    await install.locator('input[type="file"]').setInputFiles(join(PHOTOS, 'phone-camera.jpg'));
    await install.getByText('Foto disimpan').waitFor();
    await install.locator('img[data-photo]').first().waitFor();
    await page.waitForFunction(photosLoaded, 1);
    expect(kept()).toEqual([{ type: 'image/jpeg', width: 1600, height: 1200, size: expect.any(Number) }]);

    // An HTML page renamed to .jpg: the browser cannot decode it, so it goes as it is and the hub refuses it by its bytes.
    await install.locator('input[type="file"]').setInputFiles({
      name: 'segel.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>'),
    });
    await install.getByText('bukan foto JPEG, PNG atau WebP').waitFor();
    expect(kept()).toHaveLength(1);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await install.getByText('not a JPEG, PNG or WebP photo').waitFor();
    await page.getByRole('button', { name: 'ID', exact: true }).click();

    // The seal is found broken: a photo of the opening.
    await row.locator('input[name="sealNumberRead"]').fill('BKN-0001');
    await row.locator('input[name="intact"]').uncheck();
    await row.locator('form[data-form="open"] input[name="witnessName"]').fill('Siti (Inspektorat)');
    await row.getByRole('button', { name: 'Buka segel' }).click();
    const open = page.locator('tr[data-room="R1"] [data-photos="open"]');
    await open.waitFor();
    await open.locator('input[type="file"]').setInputFiles(join(PHOTOS, 'seal-broken.jpg'));
    await open.getByText('Foto disimpan').waitFor();
    await open.locator('img[data-photo]').waitFor();
    await shot(page, 'custody-photos-seals');

    // A BAST whose VPN device arrived with its seal broken; its photo on the printable BAST.
    const bast = await hub.api('/api/custody/handovers', {
      token,
      body: {
        direction: 'in',
        place: 'Ruang server, Gedung Serbaguna Batulicin',
        giver: { name: 'Andi Pratama', nip: '198001012005011001', unit: 'BKN Kantor Regional VIII' },
        receiver: { name: 'Budi Santoso', nip: '198502022010012002', unit: 'Panselda Tanah Bumbu' },
        witnessNames: ['Siti (Inspektorat)'],
        items: [
          { kind: 'mobile-server', description: 'Server mobile BKN', serial: 'SN-1', sealNumbers: ['S-01'], sealCondition: 'utuh' },
          { kind: 'vpn', description: 'Perangkat VPN', serial: 'VPN-7', sealNumbers: ['S-02'], sealCondition: 'rusak' },
        ],
      },
    });
    expect(bast.status).toBe(201);
    await page.goto(`${hub.url}/pengamanan/bast/${bast.body.id}`);
    const item = page.locator('tr[data-item="1"]');
    await item.locator('input[type="file"]').setInputFiles(join(PHOTOS, 'seal-small.png'));
    await item.getByText('Foto disimpan').waitFor();
    const evidence = page.locator('[data-evidence-item="2"]');
    await evidence.locator('img[data-photo]').waitFor();
    await page.waitForFunction(photosLoaded, 2);
    await shot(page, 'custody-photos-bast');

    const pdf = join(tmp.dir, 'bast-photos.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    mkdirSync(SHOTS_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(SHOTS_DIR, 'custody-photos-bast-pdf')]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Lampiran foto');
    expect(text).toContain('Barang 2: Perangkat VPN, segel S-02, kondisi rusak (1 foto');
    expect(text).not.toContain('Tambah foto');
    // The PDF carries the photo itself, not only its caption.
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    expect(images.trim().split('\n').length).toBeGreaterThan(2);
    expect(errorsOf(page)).toEqual([]);
  });

  // Follows the test above: R1's seal (installed, then opened broken, one photo each) is in this session's room.
  it('an incident photo is taken through the real file input on the incidents page; the berita acara prints seals and incidents with a Lampiran foto', async () => {
    const startsAt = new Date(Date.now() + 60_000).toISOString();
    const session = await hub.api('/api/sessions', { token, body: { name: 'SKD Sesi Foto', startsAt, kind: 'SKD', rooms: ['R1'] } });
    expect(session.status).toBe(201);
    const id = session.body.id as string;
    const incident = await hub.api(`/api/sessions/${id}/incidents`, {
      token,
      body: { room: 'R1', kind: 'listrik', description: 'Listrik padam 3 menit, UPS menahan', minutesLost: 3 },
    });
    expect(incident.status).toBe(201);

    const page = await browser.page();
    page.setDefaultTimeout(15_000);
    await logIn(page, `${hub.url}/sesi/${id}/kejadian`);
    const cell = page.locator(`tr[data-incident="${incident.body.id}"] [data-incident-photos]`);
    await cell.locator('input[type="file"]').setInputFiles(join(PHOTOS, 'seal-vp8.webp'));
    await cell.getByText('Foto disimpan').waitFor();
    await cell.locator('img[data-photo]').waitFor();
    await page.waitForFunction(photosLoaded, 1);
    // Re-encoded in the browser as a seal photo is: the WebP arrives as a JPEG (no EXIF), 320 px wide.
    const links = (await hub.api('/api/custody/photos', { token })).body.photos as Array<{
      kind: string;
      subjectId: string;
      width: number;
    }>;
    expect(links.filter((l) => l.kind === 'incident')).toEqual([
      expect.objectContaining({ kind: 'incident', subjectId: `${id}/${incident.body.id}`, type: 'image/jpeg', width: 320 }),
    ]);
    await shot(page, 'incident-photos');

    // A monitor sees the photo, but is offered no camera button (custody.photo is the desk's).
    expect((await hub.api('/api/users', { token, body: { username: 'tv1', password: 'tv1-sandi-2026', role: 'monitor' } })).status).toBe(
      201,
    );
    const tv = await browser.page();
    tv.setDefaultTimeout(15_000);
    await tv.goto(`${hub.url}/sesi/${id}/kejadian`);
    await tv.getByLabel('Nama pengguna').fill('tv1');
    await tv.getByLabel('Kata sandi').fill('tv1-sandi-2026');
    await tv.getByRole('button', { name: 'Masuk' }).click();
    await tv.locator(`tr[data-incident="${incident.body.id}"] img[data-photo]`).waitFor();
    await expect.poll(() => tv.getByText('Tambah foto').count()).toBe(0);
    await tv.close();

    // The berita acara: the seal rows with who installed and opened them, then the Lampiran foto.
    const ba = (await hub.api(`/api/sessions/${id}/berita-acara`, { token })).body;
    expect(ba.custody.seals).toMatchObject([
      {
        roomId: 'R1',
        sealNumber: 'BKN-0001',
        installedBy: 'admin',
        installWitness: 'Siti (Inspektorat)',
        openedBy: 'admin',
        anomaly: true,
      },
    ]);
    expect(ba.custody.photos.map((p: { kind: string; part: string }) => `${p.kind}/${p.part}`)).toEqual([
      'seal/install',
      'seal/open',
      'incident/',
    ]);
    await page.goto(`${hub.url}/sesi/${id}/berita-acara`);
    await page.locator('[data-photo-attachment] img[data-photo]').first().waitFor();
    await page.waitForFunction(photosLoaded, 3);
    const pdf = join(tmp.dir, 'berita-acara-photos.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Pemasangan dan pembukaan segel ruang',
      'BKN-0001',
      'admin / Siti',
      'TIDAK sesuai',
      'Lampiran foto',
      'segel BKN-0001: pembukaan (TIDAK sesuai) (1 foto; sidik sha256',
      'segel BKN-0001: pemasangan (1 foto',
      'Kejadian no. 1: Listrik, R1 (1 foto',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Tambah foto');
    // The broken seal's opening comes first in the attachment.
    expect(text.indexOf(': pembukaan (TIDAK sesuai)')).toBeLessThan(text.indexOf(': pemasangan (1 foto'));
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    expect(images.trim().split('\n').length - 2).toBeGreaterThanOrEqual(3);
    mkdirSync(SHOTS_DIR, { recursive: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      '-f',
      String(pages),
      '-l',
      String(pages),
      '-singlefile',
      pdf,
      join(SHOTS_DIR, 'berita-acara-photos-pdf'),
    ]);
    expect(errorsOf(page)).toEqual([]);
  }, 90_000);
});
