import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { errorsOf, launchBrowser, logIn, screen, sidewaysOverflow, type TestBrowser } from '../helpers/browser.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';

/**
 * The screens people use on exam morning, against a real hub with real agents: the TV in the
 * monitoring room (1920 x 1080), a monitor's phone (390 x 844) and the desk laptop (1366 x 768),
 * with a 220-seat hall split over two servers and a cause list longer than any screen.
 */
const ENROLL = 'token-aula-2026';
let browser: TestBrowser;
let hub: TestHub;
let token: string;
const agents: TestAgent[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const a of agents.splice(0)) a.link.stop();
  await hub?.stop();
});

const FAILING = ['ram-size', 'cpu-speed', 'webcam', 'nic-speed', 'disk-free', 'os-version', 'browser-chrome', 'browser-firefox', 'screen-size', 'mouse', 'keyboard', 'ups'];

async function hall(): Promise<void> {
  hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: ENROLL } });
  token = await hub.login();
  const put = async (path: string, body: unknown, method = 'POST') => {
    const res = await hub.api(path, { method, token, body });
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  };
  await put('/api/venue', { name: 'Gedung Serbaguna Batulicin', address: 'Jl. Raya Batulicin', timeZone: 'Asia/Makassar' }, 'PUT');
  await put('/api/servers', { id: 'S1', kind: 'server', name: 'Server 1', limit: 200 });
  await put('/api/servers', { id: 'S2', kind: 'server', name: 'Server 2', limit: 200 });
  await put('/api/rooms', { id: 'AULA', name: 'Aula Utama Lantai 2', kind: 'ruang-tes', rows: 15, cols: 15 });
  await put('/api/rooms', { id: 'R2', name: 'Lab Komputer 2', kind: 'ruang-tes', rows: 4, cols: 5 });
  const seats = Array.from({ length: 220 }, (_, i) => ({
    roomId: 'AULA',
    number: i + 1,
    row: Math.floor(i / 15),
    col: i % 15,
    serverId: i < 110 ? 'S1' : 'S2',
  }));
  await put('/api/rooms/AULA/seats', { seats }, 'PUT');
  await put('/api/rooms/R2/seats', { seats: Array.from({ length: 20 }, (_, i) => ({ roomId: 'R2', number: i + 1, row: Math.floor(i / 5), col: i % 5, serverId: 'S1' })) }, 'PUT');
  // 36 PCs on the hall: 24 failing one check each (12 different causes), 6 with checks that could not be judged, 6 ready.
  for (let i = 0; i < 36; i++) {
    const seat = i < 18 ? i + 1 : 111 + i;
    const a = testAgent(hub.url, { id: `PC-${String(seat).padStart(3, '0')}`, token: ENROLL, placement: { serverId: seat <= 110 ? 'S1' : 'S2', roomId: 'AULA', seat } });
    agents.push(a);
    a.link.start();
  }
  await until(() => agents.every((a) => a.link.state === 'open'), 'agents connected', 20_000);
  agents.forEach((a, i) => {
    const statuses: Record<string, 'pass' | 'fail' | 'unknown'> = { ...READY };
    if (i < 24) statuses[FAILING[i % FAILING.length]!] = 'fail';
    else if (i < 30) statuses[`unknown-${i}`] = 'unknown';
    a.link.submit(report(statuses));
  });
  await until(() => agents.every((a) => a.link.pending === 0), 'reports acknowledged', 20_000);
}

/** Every seat tile of the map lies inside the viewport (no scrolling needed to see the room). */
async function seatsInside(page: Page, count: number): Promise<void> {
  const seats = page.locator('siap-seat-map [data-seat]');
  await expect.poll(() => seats.count()).toBe(count);
  const size = page.viewportSize()!;
  const boxes = await seats.evaluateAll((els) =>
    els.map((e) => {
      const r = (e as unknown as { getBoundingClientRect(): { left: number; top: number; right: number; bottom: number } }).getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    }),
  );
  const outside = boxes.filter(([l, t, r, b]) => l! < 0 || t! < 0 || r! > size.width + 0.5 || b! > size.height + 0.5);
  expect(outside, `${outside.length} of ${count} seats outside ${size.width}x${size.height}, e.g. ${JSON.stringify(outside[0])}`).toEqual([]);
}

describe('exam-morning screens at their real sizes', () => {
  it('the TV shows the whole 220-seat hall with its top causes; the phone shows the hall, a PC and the desk without sideways scrolling', async () => {
    await hall();
    const readiness = (await hub.api('/api/venue/readiness', { token })).body;
    const aula = readiness.rooms.find((r: { id: string }) => r.id === 'AULA');
    expect(aula.causes.length).toBeGreaterThanOrEqual(13);

    const tv = await browser.page('tv');
    await logIn(tv, `${hub.url}/monitor?detik=600&ruang=AULA,R2`);
    await tv.getByRole('heading', { name: 'Aula Utama Lantai 2' }).waitFor();
    await expect.poll(() => tv.locator('siap-seat-map [data-show="not-ready"]').count()).toBe(24);
    await screen(tv, 'monitor-tv-1920x1080-id');
    await seatsInside(tv, 220);
    expect(await sidewaysOverflow(tv)).toEqual({ pageScrolls: false, elements: [] });
    // At most three causes, as text, not links.
    expect(await tv.locator('siap-causes li').count()).toBeLessThanOrEqual(3);
    expect(await tv.locator('siap-causes a').count()).toBe(0);
    expect(errorsOf(tv)).toEqual([]);
    await tv.close();

    const phone = await browser.page('phone');
    await logIn(phone, `${hub.url}/ruang/AULA`);
    await phone.getByRole('heading', { name: 'Aula Utama Lantai 2' }).waitFor();
    await expect.poll(() => phone.locator('siap-seat-map [data-show="not-ready"]').count()).toBe(24);
    await screen(phone, 'room-phone-390x844-id');
    await seatsInside(phone, 220);
    expect(await sidewaysOverflow(phone)).toEqual({ pageScrolls: false, elements: [] });
    const header = await phone.locator('siap-app header').boundingBox();
    expect(header!.height).toBeLessThan(844 * 0.15);
    // The causes come after the map, failures first, five of them and the rest behind "lihat semua".
    await phone.getByRole('button', { name: /lihat semua/ }).waitFor();
    expect(await phone.locator('siap-room-page siap-causes > * li, siap-room-page siap-causes li').first().getAttribute('data-kind')).toBe('check-fail');

    await phone.goto(`${hub.url}/monitor?detik=600&ruang=AULA`);
    await phone.getByRole('heading', { name: 'Aula Utama Lantai 2' }).waitFor();
    await seatsInside(phone, 220);
    expect(await sidewaysOverflow(phone)).toEqual({ pageScrolls: false, elements: [] });
    await screen(phone, 'monitor-phone-390x844-id');

    await phone.goto(`${hub.url}/mesin/PC-001`);
    await phone.getByRole('heading', { name: /PC-001/ }).waitFor();
    expect(await sidewaysOverflow(phone)).toEqual({ pageScrolls: false, elements: [] });
    await screen(phone, 'machine-phone-390x844-id');

    const session = await hub.api('/api/sessions', {
      token,
      body: { name: 'SKD Sesi 1', startsAt: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z'), kind: 'SKD', rooms: ['AULA'], venueName: 'Gedung Serbaguna Batulicin' },
    });
    expect(session.status).toBe(201);
    await phone.goto(`${hub.url}/sesi/${session.body.id}/registrasi`);
    await phone.locator('input[name="scan"]:focus').waitFor();
    expect(await sidewaysOverflow(phone)).toEqual({ pageScrolls: false, elements: [] });
    await screen(phone, 'desk-phone-390x844-id');
    expect(errorsOf(phone)).toEqual([]);
    await phone.close();

    const laptop = await browser.page('laptop');
    await logIn(laptop, `${hub.url}/ruang/AULA`);
    await laptop.getByRole('heading', { name: 'Aula Utama Lantai 2' }).waitFor();
    await expect.poll(() => laptop.locator('siap-seat-map [data-show="not-ready"]').count()).toBe(24);
    await seatsInside(laptop, 220);
    expect(await sidewaysOverflow(laptop)).toEqual({ pageScrolls: false, elements: [] });
    await screen(laptop, 'room-laptop-1366x768-id');
    await laptop.goto(`${hub.url}/`);
    await laptop.getByText('Lokasi BELUM SIAP').waitFor();
    expect(await sidewaysOverflow(laptop)).toEqual({ pageScrolls: false, elements: [] });
    await screen(laptop, 'overview-laptop-1366x768-id');
    expect(errorsOf(laptop)).toEqual([]);
    await laptop.close();
  }, 120_000);
});
