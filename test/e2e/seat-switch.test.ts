import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { errorsOf, launchBrowser, logIn, shot, type TestBrowser } from '../helpers/browser.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';
import { rosterCsv, switchPlan } from '../helpers/switch.js';

const TOKEN = 'token-lokasi-uji-2026';
let browser: TestBrowser;
let hub: TestHub;
const agents: TestAgent[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
  const token = await hub.login();
  expect((await hub.api('/api/venue/plan', { token, body: switchPlan() })).status).toBe(200);
  const startsAt = new Date(Date.now() + 20 * 60_000).toISOString();
  const session = await hub.api('/api/sessions', { token, body: { name: 'SKD Sesi 1', startsAt, kind: 'SKD', rooms: ['R1'] } });
  const roster = await hub.api(`/api/sessions/${session.body.id}/roster`, {
    token,
    body: rosterCsv(4),
    headers: { 'content-type': 'text/csv' },
  });
  expect(roster.status).toBe(200);
  for (let seat = 1; seat <= 5; seat++) {
    const a = testAgent(hub.url, { id: `PC-${seat}`, token: TOKEN, placement: { serverId: 'S1', roomId: 'R1', seat } });
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
    expect(await from.getAttribute('title')).toContain('peserta 24300110120000001 pindah ke kursi 5 (R1)');
    expect(await to.getAttribute('title')).toContain('PC cadangan: peserta 24300110120000001 dari kursi 1 (R1)');
    expect(await to.innerText()).toContain('0001');
    expect(await page.locator('siap-switch-form [data-list="switches"] li').innerText()).toMatch(
      /24300110120000001 \(Peserta 1\).*1 \(PC-1\) → 5 \(PC-5\).*PC mati mendadak.*admin/,
    );
    // Others' seats are not marked.
    expect(await map.locator('[data-switch]').count()).toBe(2);
    await shot(page, 'seat-switch-room-map');
    expect(errorsOf(page)).toEqual([]);
  });
});
