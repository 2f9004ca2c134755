import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startExamHub, type ExamHub } from '../exam/helpers.js';
import { errorsOf, launchBrowser, logIn, shot, type TestBrowser } from '../helpers/browser.js';

let browser: TestBrowser;
let exam: ExamHub;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await exam?.stop();
});

/** A USB barcode scanner is a keyboard: it types the number and Enter into whatever has the focus. */
async function scanCard(page: Page, number: string) {
  await page.locator('input[name="scan"]:focus').waitFor();
  await page.keyboard.type(number, { delay: 5 });
  await page.keyboard.press('Enter');
}

async function typeNik(page: Page, nik: string) {
  await page.locator('input[name="nik"]:focus').waitFor();
  await page.keyboard.type(nik);
  await page.keyboard.press('Enter');
}

describe('a registration desk runs a session in the browser against the real hub', () => {
  it('imports a roster with broken rows, registers by barcode and NIK, refuses, detects a second check-in, and overrides after the window', async () => {
    exam = await startExamHub('2026-11-23T06:30:00+08:00');
    const id = await exam.session({ name: 'SKD Sesi 1', rooms: [] });
    const page = await browser.page();
    page.setDefaultTimeout(10_000);
    await logIn(page, `${exam.hub.url}/sesi/${id}`);
    await page.getByRole('heading', { name: 'SKD Sesi 1' }).waitFor();

    // The roster as re-saved by Excel: semicolons, BOM, CRLF, a NIK in scientific notation, a short NIK.
    await page.getByLabel('Berkas daftar peserta').setInputFiles(join(FIXTURES, 'semicolon-crlf-bom.csv'));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('baris ditolak', { exact: false }).waitFor();
    const rejected = page.locator('table[data-rows="rejected"] tbody tr');
    const lineOf = async (number: string) => (await rejected.filter({ hasText: number }).locator('td').first().textContent())?.trim();
    expect(await lineOf('24300110120000012')).toBe('3');
    expect(await rejected.filter({ hasText: '24300110120000012' }).textContent()).toContain('6,31E+15');
    expect(await lineOf('24300110120000013')).toBe('4');
    await shot(page, 'session-roster-import-id');
    const registered = (await exam.api(`/api/sessions/${id}/attendance`)).body.registered as number;
    expect(registered).toBeGreaterThanOrEqual(2);

    await page.getByRole('link', { name: 'Meja registrasi' }).click();
    await page.getByRole('heading', { name: /Meja registrasi/ }).waitFor();

    // 1. The card is scanned, the roster's data shown, the NIK typed: registered, PIN slip.
    await scanCard(page, '24300110120000011');
    await page.locator('[data-participant="24300110120000011"]').waitFor();
    expect(await page.locator('[data-participant]').textContent()).toContain('Siti Nurhaliza');
    await typeNik(page, '6310015503920011');
    await page.locator('[data-outcome="ok"]').waitFor();
    const pin = (await page.locator('[data-pin]').textContent())!.trim();
    expect(pin).toMatch(/^[A-Z2-9]{6,}$/);
    const verified = await exam.api(`/api/sessions/${id}/pins/verify`, {
      method: 'POST',
      body: { participantNumber: '24300110120000011', pin },
    });
    expect(verified.status).toBe(200);
    await shot(page, 'desk-registered-laptop-id');

    // 2. Another card with a KTP whose NIK differs: refused, recorded, in red.
    await scanCard(page, '24300110120000015');
    await page.locator('[data-participant="24300110120000015"]').waitFor();
    expect(await page.locator('[data-participant]').textContent()).toContain('tunanetra');
    await typeNik(page, '6310015503920099');
    const refused = page.locator('[data-outcome="refused"]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('DITOLAK');
    // Red: the border is the dashboard's "bad" colour (#cf222e).

    expect(await refused.evaluate((el) => (globalThis as any).getComputedStyle(el).borderTopColor)).toBe('rgb(207, 34, 46)');
    await shot(page, 'desk-refused-laptop-id');
    const refusals = (await exam.api(`/api/sessions/${id}/refusals`)).body.refusals;
    expect(refusals[0]).toMatchObject({ code: 'nik-mismatch', number: '24300110120000015', nikMasked: '6310********0099' });

    // 3. The first participant again: detected, nothing new issued.
    await scanCard(page, '24300110120000011');
    await page.locator('[data-outcome="duplicate"]').waitFor();
    expect(await page.locator('[data-outcome="duplicate"]').textContent()).toContain('Sudah registrasi pukul 06.30');
    // The operator types the NIK anyway: the hub records the attempt and issues nothing.
    await page.getByLabel('NIK pada KTP').click();
    await page.keyboard.type('6310015503920011');
    await page.keyboard.press('Enter');
    await page.locator('[data-outcome="duplicate"]').filter({ hasText: 'Tidak ada PIN baru' }).filter({ hasText: 'oleh admin' }).waitFor();
    expect(await page.locator('[data-slip]').count()).toBe(0);

    // 4. A number from no roster at all: refused and recorded.
    await scanCard(page, '99999999999999999');
    await page.locator('[data-outcome="refused"]').waitFor();
    expect(await page.locator('[data-outcome="refused"]').textContent()).toContain('tidak ada di daftar sesi SKD Sesi 1');

    // 5. 07:56: the PIN window closed (5 minutes before 08:00). Refused, then a supervisor override with a reason.
    exam.clock.set('2026-11-23T07:56:00+08:00');
    await scanCard(page, '24300110120000015');
    await page.locator('[data-participant="24300110120000015"]').waitFor();
    await typeNik(page, '6310016805940015');
    await page.locator('[data-outcome="refused"]').filter({ hasText: 'sudah ditutup pukul 07.55 WITA' }).waitFor();
    await page.locator('[data-window="closed"]').waitFor();
    await page.getByLabel('Alasan override').fill('bus dari Kusan Hilir terlambat, disetujui ketua panselda');
    await page.getByRole('button', { name: 'Registrasi dengan override' }).click();
    await page.locator('[data-outcome="ok"]').waitFor();
    expect(await page.locator('[data-slip]').textContent()).toContain('Maria Ulfa');
    await shot(page, 'desk-override-laptop-id');
    // Printed, the page is only the slip: no header, no forms, no lists.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByLabel('NIK pada KTP').isVisible()).toBe(false);
    expect(await page.locator('[data-slip]').isVisible()).toBe(true);
    await shot(page, 'desk-slip-print');
    await page.emulateMedia({ media: 'screen' });

    const attendance = (await exam.api(`/api/sessions/${id}/attendance`)).body;
    expect(attendance.present).toBe(2);
    const maria = attendance.participants.find((p: { number: string }) => p.number === '24300110120000015');
    expect(maria).toMatchObject({ status: 'present', blind: true, durationMinutes: 130 });
    expect(maria.override).toMatchObject({ by: 'admin', reason: 'bus dari Kusan Hilir terlambat, disetujui ketua panselda' });
    const actions = (await exam.api(`/api/sessions/${id}/audit`)).body.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['checkin.registered', 'pin.issued', 'checkin.refused', 'checkin.duplicate', 'pin.override']),
    );

    // Back on the session's page, the audit chain checks out, with the head the hub reports.
    const head = (await exam.api('/api/audit/verify')).body.head;
    await page.getByRole('link', { name: /Sesi SKD Sesi 1/ }).click();
    await page.getByRole('button', { name: 'Periksa rantai audit' }).click();
    await page.getByText(`terakhir #${head.seq} (hash ${head.hash.slice(0, 16)}…)`).waitFor();
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it('creates a session from the sessions page and works in English', async () => {
    exam = await startExamHub('2026-11-23T06:30:00+08:00');
    const page = await browser.page();
    await logIn(page, `${exam.hub.url}/sesi`, 'en');
    await page.getByRole('heading', { name: 'Exam sessions' }).waitFor();
    await page.getByLabel('Session name').fill('PPPK Guru');
    await page.getByLabel('Kind').selectOption('PPPK');
    await page.getByLabel('Date').fill('23/11/2026');
    await page.getByLabel('Starts (WITA)').fill('08:00');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('heading', { name: 'PPPK Guru' }).waitFor();
    const sessions = (await exam.api('/api/sessions')).body.sessions;
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ name: 'PPPK Guru', kind: 'PPPK', startsAt: '2026-11-23T08:00:00+08:00', durationMinutes: 130 });
    await page.getByRole('link', { name: 'Check-in desk' }).click();
    await page.getByRole('heading', { name: /Check-in desk/ }).waitFor();
    await scanCard(page, '24300110120000011');
    await page.locator('[data-outcome="refused"]').waitFor();
    expect(await page.locator('[data-outcome="refused"]').textContent()).toContain('is not on the roster of session PPPK Guru');
    await shot(page, 'desk-laptop-en');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});
