import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawAgent } from '../helpers/agents.js';
import { errorsOf, launchBrowser, logIn, SHOTS_DIR, type TestBrowser } from '../helpers/browser.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * Seating a 215-seat hall from the dashboard, in real Chromium against a real hub with 215 enrolled
 * PCs: the seat editor splits the hall between two servers by seat ranges (a split breaking the 200
 * rule is refused with the hub's reason), then a PC;ruang;kursi file is previewed with its refused
 * lines and applied.
 */
const ENROLL = 'token-lokasi-uji-2026';
let browser: TestBrowser;
let hub: TestHub;
let token: string;
const sockets: Array<{ ws: { terminate(): void } }> = [];
const files = tempDir('siapcat-seating-');
const pc = (i: number) => `PC-${String(i).padStart(3, '0')}`;

beforeAll(async () => {
  browser = await launchBrowser();
  hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: ENROLL } });
  token = await hub.login();
  const call = (path: string, body: unknown, method = 'POST') => hub.api(path, { method, token, body });
  await call('/api/venue', { name: 'Gedung Serbaguna Batulicin', address: 'Jl. Raya Batulicin', timeZone: 'Asia/Makassar' }, 'PUT');
  expect((await call('/api/servers', { id: 'S1', kind: 'server', name: 'Server aula' })).status).toBe(201);
  expect((await call('/api/servers', { id: 'S2', kind: 'mobile-server', name: 'Server cadangan' })).status).toBe(201);
  expect((await call('/api/rooms', { id: 'AULA', name: 'Aula Utama', kind: 'ruang-tes', rows: 15, cols: 15 })).status).toBe(201);
  const seats = Array.from({ length: 215 }, (_, i) => ({
    roomId: 'AULA',
    number: i + 1,
    row: Math.floor(i / 15),
    col: i % 15,
    serverId: 'S1',
  }));
  // Made before the split, as the JSON plan would: the whole hall on S1 (the hub stores seats; the 200 rule bites on PCs).
  expect((await call('/api/rooms/AULA/seats', { seats }, 'PUT')).status).toBe(200);
  const agents = await Promise.all(Array.from({ length: 215 }, () => rawAgent(hub.url)));
  sockets.push(...agents);
  agents.forEach((s, i) => s.sendJson({ type: 'hello', v: 1, id: pc(i + 1), role: 'client', token: ENROLL, agent: { version: 'test' } }));
  await Promise.all(agents.map((s) => s.next('welcome')));
}, 120_000);

afterAll(async () => {
  for (const s of sockets.splice(0)) s.ws.terminate();
  await hub?.stop();
  await browser?.close();
  files.cleanup();
});

describe('seating a 215-seat hall from the dashboard (real hub, real Chromium)', () => {
  it('splits the hall 1–200 → S1, 201–215 → S2 in the seat editor, refusing a split over 200 with the reason', async () => {
    const page = await browser.page();
    await logIn(page, hub.url + '/pengaturan');
    const row = page.locator('siap-rooms-editor tr[data-room="AULA"]');
    await row.getByRole('button', { name: 'Atur kursi' }).click();
    const form = page.locator('siap-seat-ranges form');
    await form.waitFor();
    // The hall as stored: one range 1–215 on S1.
    await expect.poll(() => form.locator('tr[data-range]').count()).toBe(1);
    await form.getByRole('button', { name: 'Simpan pembagian' }).click();
    const refusal = form.locator('siap-notice');
    await refusal.getByText('Server S1 mendapat 215 kursi, lebih dari batasnya 200 klien', { exact: false }).waitFor();
    await page.locator('siap-seat-editor').screenshot({ path: join(SHOTS_DIR, 'seating-ranges-refused.png') });

    await form.getByLabel('Sampai kursi 1').fill('200');
    await form.getByRole('button', { name: 'Tambah rentang' }).click();
    await expect.poll(() => form.getByLabel('Dari kursi 2').inputValue()).toBe('201');
    expect(await form.getByLabel('Sampai kursi 2').inputValue()).toBe('215');
    await form.getByLabel('Server 2').selectOption('S2');
    await form.getByRole('button', { name: 'Simpan pembagian' }).click();
    await form.getByText('Pembagian kursi tersimpan.').waitFor();
    const venue = (await hub.api('/api/venue', { token })).body as { seats: Array<{ number: number; serverId: string }> };
    const on = (id: string) => venue.seats.filter((s) => s.serverId === id).map((s) => s.number);
    expect(on('S1')).toHaveLength(200);
    expect(on('S2')).toEqual(Array.from({ length: 15 }, (_, i) => 201 + i));
    // The form shows the stored split after the page reloaded the venue.
    await expect.poll(() => page.locator('siap-seat-ranges tr[data-range]').count()).toBe(2);
    await page.locator('siap-seat-editor').screenshot({ path: join(SHOTS_DIR, 'seating-ranges-saved.png') });
    expect(errorsOf(page)).toEqual([]);
  });

  it('previews a PC;ruang;kursi file with its refused lines by number, stores nothing, then applies it', async () => {
    const lines = Array.from({ length: 215 }, (_, i) => `${pc(i + 1)};Aula Utama;${i + 1}`);
    lines.splice(3, 0, 'PC-999;AULA;216', 'PC-001;AULA;7');
    const path = join(files.dir, 'penempatan-aula.csv');
    mkdirSync(files.dir, { recursive: true });
    writeFileSync(path, ['PC;RUANG;KURSI', ...lines].join('\r\n') + '\r\n');

    const page = await browser.page();
    await logIn(page, hub.url + '/mesin');
    await page.getByRole('button', { name: 'Impor penempatan' }).click();
    const card = page.locator('siap-seating-import');
    await card.locator('input[type=file]').setInputFiles(path);
    await card.getByText('Pratinjau: belum ada yang disimpan.').waitFor();
    expect(await card.locator('[data-summary]').textContent()).toContain(
      '217 baris: 215 PC dipindah, 0 sudah di tempatnya, 2 baris ditolak.',
    );
    const refused = card.locator('table[data-rejected] tbody tr');
    expect(await refused.count()).toBe(2);
    expect(await card.locator('tr[data-line="5"]').textContent()).toContain('PC PC-999 belum terdaftar di hub');
    expect(await card.locator('tr[data-line="6"]').textContent()).toContain('PC PC-001 ganda: sudah ada di baris 2.');
    expect(await card.locator('table[data-servers]').textContent()).toMatch(/S1\s*0\s*200 \/ 200/);
    expect(await card.locator('table[data-servers]').textContent()).toMatch(/S2\s*0\s*15 \/ 200/);
    const stored = () => hub.ctx.db.prepare('SELECT count(*) AS n FROM machines WHERE room_id IS NOT NULL').get() as { n: number };
    expect(stored().n).toBe(0);
    // The card alone (the page below lists all 215 PCs).
    await card.screenshot({ path: join(SHOTS_DIR, 'seating-import-preview.png') });

    await card.getByRole('button', { name: 'Terapkan (215 PC dipindah)' }).click();
    await card.getByText('Diterapkan: penempatan sudah disimpan.').waitFor();
    expect(stored().n).toBe(215);
    const pc201 = hub.ctx.db.prepare("SELECT server_id AS s, seat FROM machines WHERE id = 'PC-201'").get();
    expect(pc201).toEqual({ s: 'S2', seat: 201 });
    // The list below shows the new places (the page reloads the machines).
    await expect.poll(() => page.locator('tr[data-machine="PC-201"]').textContent()).toContain('AULA / 201');
    await card.screenshot({ path: join(SHOTS_DIR, 'seating-import-applied.png') });
    expect(errorsOf(page)).toEqual([]);
  });
});
