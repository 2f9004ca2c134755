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

/** In the page (as text: the test project has no DOM types): at least `n` photos shown, every one decoded. */
const photosLoaded = (n: number) => `(() => {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName === 'IMG' && el.dataset.photo) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return all.length >= ${n} && all.every((i) => i.complete && i.naturalWidth > 0);
})()`;

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
    await page.waitForFunction(photosLoaded(1));
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
    await page.waitForFunction(photosLoaded(2));
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
});
