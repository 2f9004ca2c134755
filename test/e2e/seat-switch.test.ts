import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatures } from '../../server/features.js';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { errorsOf, launchBrowser, logIn, shot, SHOTS_DIR, type TestBrowser } from '../helpers/browser.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';
import { rosterCsv, switchPlan } from '../helpers/switch.js';
import { tempDir } from '../helpers/tmp.js';

const TOKEN = 'token-lokasi-uji-2026';
let browser: TestBrowser;
let hub: TestHub;
let token: string;
let sessionId: string;
const agents: TestAgent[] = [];
const tmp = tempDir('siapcat-switch-pdf-');

beforeAll(async () => {
  browser = await launchBrowser();
  hub = await startTestHub({
    env: { SIAPCAT_ENROLL_TOKEN: TOKEN },
    features: createFeatures({ custody: { timings: { drillSettleMs: 300, graceMs: 5000, flushMs: 100 } } }),
  });
  token = await hub.login();
  expect((await hub.api('/api/venue/plan', { token, body: switchPlan() })).status).toBe(200);
  // Starts in a minute: running now, and on the same local day as the custody events below.
  const startsAt = new Date(Date.now() + 60_000).toISOString();
  const session = await hub.api('/api/sessions', { token, body: { name: 'SKD Sesi 1', startsAt, kind: 'SKD', rooms: ['R1'] } });
  sessionId = session.body.id;
  const roster = await hub.api(`/api/sessions/${sessionId}/roster`, {
    token,
    body: rosterCsv(4),
    headers: { 'content-type': 'text/csv' },
  });
  expect(roster.status).toBe(200);
  for (let seat = 1; seat <= 5; seat++) {
    const a: TestAgent = testAgent(hub.url, {
      id: `PC-${seat}`,
      token: TOKEN,
      placement: { serverId: 'S1', roomId: 'R1', seat },
      // Answers the trial and the drill as an agent does: pings, a throughput, its power source.
      onTrial: (m) =>
        a.link.sendTrialResult({
          trialId: m.trialId,
          pings: [
            { target: 'server', host: '10.0.0.1', sent: 4, received: 4, lossPercent: 0, avgMs: 1.5, maxMs: 2 },
            { target: 'hub', host: '127.0.0.1', sent: 4, received: 4, lossPercent: 0, avgMs: 0.5, maxMs: 1 },
          ],
          throughputMbps: m.kind === 'network' ? 94 : null,
          power: m.kind === 'power' ? { source: 'battery', batteryPercent: 80, ups: null } : null,
        }),
    });
    agents.push(a);
    a.link.start();
    await until(() => a.link.state === 'open', `PC-${seat} welcome`);
    a.link.submit(report(READY));
    await until(() => a.link.pending === 0, `PC-${seat} ack`);
  }
  // The PC at seat 1 dies mid-exam.
  agents[0]!.link.stop();
});

afterAll(async () => {
  for (const a of agents) a.link.stop();
  await hub?.stop();
  await browser?.close();
  tmp.cleanup();
});

describe('reserve-PC switch on the room map (real hub, real agents, Chromium)', () => {
  it('a refused switch says why; a switch marks the dead seat and shows the participant on the reserve seat', async () => {
    const page = await browser.page();
    page.setDefaultTimeout(15_000);
    await logIn(page, `${hub.url}/ruang/R1`);
    const form = page.locator('siap-switch-form form[data-form="switch"]');
    await form.waitFor();
    await form.locator('input[name="fromSeat"]').fill('1');
    await form.locator('input[name="toSeat"]').fill('2');
    await form.locator('input[name="reason"]').fill('PC mati mendadak');
    await form.getByRole('button', { name: 'Pindahkan peserta' }).click();
    await page.getByText('Kursi cadangan 2 ruang R1 sudah ditempati peserta 24300110120000002').waitFor();

    await form.locator('input[name="toSeat"]').fill('5');
    await form.getByRole('button', { name: 'Pindahkan peserta' }).click();
    await page.getByText('Peserta 24300110120000001 dipindahkan dari kursi 1 ke kursi 5 (PC PC-5).').waitFor();

    const map = page.locator('siap-seat-map');
    const from = map.locator('[data-seat="1"]');
    const to = map.locator('[data-seat="5"]');
    await until(async () => (await to.getAttribute('data-switch')) === 'to', 'reserve seat marked');
    expect(await from.getAttribute('data-switch')).toBe('from');
    expect(await from.getAttribute('title')).toContain('Kursi 1 — PC-1: Luring — ⇄ peserta 24300110120000001 → kursi 5 (R1)');
    expect(await to.getAttribute('title')).toContain('Kursi 5 — PC-5: Siap — PC cadangan: peserta 24300110120000001 ← kursi 1 (R1)');
    expect(await to.innerText()).toContain('0001');
    expect(await page.locator('siap-switch-form [data-list="switches"] li').innerText()).toMatch(
      /24300110120000001 \(Peserta 1\).*1 \(PC-1\) → 5 \(PC-5\).*PC mati mendadak.*admin/,
    );
    // Others' seats are not marked.
    expect(await map.locator('[data-switch]').count()).toBe(2);
    await shot(page, 'seat-switch-room-map');
    expect(errorsOf(page)).toEqual([]);
  });

  it("the session's berita acara lists the switch and that day's seals, trial, drill and BAST; the printed PDF shows them", async () => {
    const post = async (path: string, body: unknown, status = 201, method = 'POST') => {
      const res = await hub.api(path, { token, body, method });
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(status);
      return res.body;
    };
    const seal = await post('/api/custody/seals', { roomId: 'R1', sealNumber: 'BKN-0001', witnessName: 'Siti (Inspektorat)' });
    await post(
      `/api/custody/seals/${seal.id}/open`,
      { sealNumberRead: 'BKN-0002', intact: true, witnessName: 'Siti (Inspektorat)', sessionId },
      200,
    );
    await post('/api/custody/handovers', {
      direction: 'in',
      place: 'Ruang server, Gedung Serbaguna Batulicin',
      giver: { name: 'Andi Pratama', nip: '198001012005011001', unit: 'BKN Kanreg VIII' },
      receiver: { name: 'Budi Santoso', nip: '', unit: 'Panselda' },
      items: [{ kind: 'kabel', description: 'Kabel LAN 20 m', serial: '', sealNumbers: ['KBL-7'], sealCondition: 'rusak' }],
    });
    for (const kind of ['network', 'power'] as const) {
      const trial = await post('/api/custody/trials', { kind, probeBytes: 65_536 }, 202);
      await until(
        async () => (await hub.api(`/api/custody/trials/${trial.id}`, { token })).body.status === 'complete',
        `${kind} trial done`,
        20_000,
      );
      if (kind === 'power') await post(`/api/custody/trials/${trial.id}`, { outcome: 'ok' }, 200, 'PATCH');
    }
    const ba = (await hub.api(`/api/sessions/${sessionId}/berita-acara`, { token })).body;
    expect(ba.custody.switches).toHaveLength(1);
    expect(ba.custody.seals).toMatchObject([{ roomName: 'Aula Utama', sealNumber: 'BKN-0001', sealNumberRead: 'BKN-0002', anomaly: true }]);
    expect(ba.custody.trials.map((x: { kind: string; answered: number }) => [x.kind, x.answered])).toEqual([
      ['network', 4],
      ['power', 4],
    ]);
    expect(ba.custody.handovers).toMatchObject([{ direction: 'in', items: 1, damagedSeals: 1 }]);

    const page = await browser.page();
    page.setDefaultTimeout(15_000);
    await logIn(page, `${hub.url}/sesi/${sessionId}/berita-acara`);
    await page.locator('[data-custody]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = join(tmp.dir, 'berita-acara.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(errorsOf(page)).toEqual([]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // Table cells wrap on A4, so the PDF's text is checked piece by piece (the rows are checked whole in the JSON above).
    for (const expected of [
      'Pengamanan, uji coba dan perpindahan PC',
      'Perpindahan peserta ke PC cadangan',
      '24300110120000001',
      'kursi 1 (PC-1)',
      'kursi 5 (PC-5)',
      'Pemasangan dan pembukaan segel ruang',
      'TIDAK sesuai',
      'kejadian no. 1',
      'Uji coba jaringan dan uji listrik hari itu',
      '4/4 1.5 ms / 94 Mbps',
      'Uji listrik #2',
      '4 PC pakai baterai/UPS, 0',
      'PC terputus · Lulus',
      'Serah terima server mobile (BAST) hari itu',
      'Andi Pratama →',
      '1 barang; segel rusak: 1;',
    ]) {
      expect(text).toContain(expected);
    }
    const rows = await page.locator('[data-custody-switches] tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(
        /^1 \d\d:\d\d 24300110120000001 Peserta 1 Aula Utama, kursi 1 \(PC-1\) Aula Utama, kursi 5 \(PC-5\) PC mati mendadak admin$/,
      ),
    ]);
    await page.close();
    mkdirSync(SHOTS_DIR, { recursive: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    for (let p = 1; p <= pages; p++) {
      if (execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).includes('Perpindahan peserta')) {
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '70',
          '-f',
          String(p),
          '-l',
          String(p),
          '-singlefile',
          pdf,
          join(SHOTS_DIR, 'berita-acara-custody-pdf'),
        ]);
      }
    }
  }, 90_000);

  it('an empty seat clicked on the map takes an unseated PC picked from a filtered list', async () => {
    for (const id of ['PC-BARU-1', 'PC-BARU-2']) {
      const a = testAgent(hub.url, { id, token: TOKEN, placement: { serverId: 'S1', roomId: null, seat: null } });
      agents.push(a);
      a.link.start();
      await until(() => a.link.state === 'open', `${id} welcome`);
    }
    const page = await browser.page();
    page.setDefaultTimeout(15_000);
    await logIn(page, `${hub.url}/ruang/R1`);
    const seat6 = page.locator('siap-seat-map [data-seat="6"]');
    await seat6.click();
    const picker = page.locator('siap-seat-picker');
    await picker.getByText('PC untuk kursi 6').waitFor();
    expect(await picker.locator('button.pc').allInnerTexts()).toEqual(['PC-BARU-1', 'PC-BARU-2']);
    await picker.getByLabel('Cari PC').fill('baru-2');
    expect(await picker.locator('button.pc').allInnerTexts()).toEqual(['PC-BARU-2']);
    await shot(page, 'seat-picker-room-map');
    await picker.getByRole('button', { name: 'PC-BARU-2' }).click();
    await picker.waitFor({ state: 'detached' });
    await until(async () => (await seat6.getAttribute('data-show')) !== 'empty', 'seat 6 shows its PC');
    expect(await seat6.getAttribute('href')).toBe('/mesin/PC-BARU-2');
    const placed = (await hub.api('/api/machines/PC-BARU-2', { token })).body;
    expect(placed).toMatchObject({ serverId: 'S1', roomId: 'R1', seat: 6 });
    expect(errorsOf(page)).toEqual([]);
  });
});
