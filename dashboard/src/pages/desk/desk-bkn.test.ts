import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { checkinResponse, examSession, participant } from '../../testing/exam-fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { deepActiveElement } from './desk-keys.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const focused = () => deepActiveElement()?.getAttribute('name') ?? null;

describe("a session whose PIN comes from BKN's CAT registration", () => {
  it('records the identity check with the slip reference, shows no PIN slip and offers no printing or re-issue', async () => {
    const bkn = { ...checkinResponse(), pin: null, slip: null, pinSource: 'bkn' as const, slipRef: 'BKN-000123' };
    mounted = await mountApp('/sesi/skd-1/registrasi', {
      'GET /api/sessions/skd-1': { body: examSession({ pinSource: 'bkn' }) },
      'GET /api/sessions/skd-1/refusals': { body: { refusals: [] } },
      'GET /api/sessions/skd-1/lookup': { body: { participant: participant() } },
      'POST /api/sessions/skd-1/checkins': { status: 201, body: bkn },
    });
    await expect.element(page.getByText('PIN sesi ini diterbitkan oleh registrasi CAT BKN')).toBeVisible();
    await expect.poll(focused).toBe('scan');
    await userEvent.keyboard('24300110120000001{Enter}');
    await expect.poll(focused).toBe('nik');
    await page.getByLabelText('Nomor/ref. slip registrasi BKN (opsional)').click();
    // A scanner reading BKN's slip: its Enter moves on to the NIK instead of registering without one.
    await userEvent.keyboard('BKN-000123{Enter}');
    await expect.poll(focused).toBe('nik');
    await userEvent.keyboard('6310015503920001{Enter}');
    await expect.element(page.getByRole('alert')).toHaveTextContent('SiapCAT tidak menerbitkan PIN kedua');
    expect(mounted.hub.calls.find((c) => c.method === 'POST')?.body).toEqual({
      participantNumber: '24300110120000001',
      nik: '6310015503920001',
      slipRef: 'BKN-000123',
    });
    const root = document.querySelector('siap-app')!.shadowRoot!.querySelector('siap-desk-page')!.shadowRoot!;
    expect(root.querySelector('siap-pin-slip')).toBeNull();
    expect(root.querySelector('siap-print-bar')).toBeNull();
    await expect.poll(focused).toBe('scan');
  });
});
