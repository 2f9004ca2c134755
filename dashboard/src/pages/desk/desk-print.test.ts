import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { checkinResponse, examSession, participant } from '../../testing/exam-fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { deepActiveElement } from './desk-keys.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
const realPrint = window.print;
let printed: number[] = [];
afterEach(() => {
  mounted?.unmount();
  window.print = realPrint;
  localStorage.removeItem('siapcat.desk.print');
});

/** window.print counted, with how many slips were on paper at that moment. */
function countPrints() {
  printed = [];
  window.print = () => {
    const desk = document.querySelector('siap-app')!.shadowRoot!.querySelector('siap-desk-page')!.shadowRoot!;
    const sheet = desk.querySelector('siap-slip-sheet');
    // On A4 the sheet's slips; on the 80 mm roll the slip on screen, marked for the roll.
    printed.push(
      sheet
        ? Number(sheet.shadowRoot!.querySelector('[data-print-slips]')!.getAttribute('data-print-slips'))
        : desk.querySelectorAll('siap-pin-slip[paper="thermal"]').length,
    );
  };
}

const focused = () => deepActiveElement()?.getAttribute('name') ?? deepActiveElement()?.tagName.toLowerCase() ?? null;

const desk = () =>
  mountApp('/sesi/skd-1/registrasi', {
    'GET /api/sessions/skd-1': { body: examSession() },
    'GET /api/sessions/skd-1/refusals': { body: { refusals: [] } },
    'GET /api/sessions/skd-1/lookup': ({ path }) => ({
      body: { participant: participant({ number: new URL(path, 'http://x').searchParams.get('scan')! }) },
    }),
    'POST /api/sessions/skd-1/checkins': ({ body }) => ({
      status: 201,
      body: checkinResponse(participant({ number: (body as { participantNumber: string }).participantNumber }), 'K7QM3X'),
    }),
  });

async function register(number: string) {
  await expect.poll(focused).toBe('scan');
  await userEvent.keyboard(`${number}{Enter}`);
  await expect.poll(focused).toBe('nik');
  await userEvent.keyboard('6310015503920001{Enter}');
  await expect.element(page.getByRole('alert')).toHaveTextContent('terdaftar');
}

describe('printing at the desk never takes the keyboard from the scanner', () => {
  it('prints with the button or F9 and goes back to the scan field; a scan after a click lands in the scan field', async () => {
    countPrints();
    mounted = await desk();
    await register('24300110120000001');
    await page.getByRole('button', { name: 'Cetak slip PIN (F9)' }).click();
    expect(printed).toEqual([1]);
    await expect.poll(focused).toBe('scan');
    await userEvent.keyboard('{F9}');
    expect(printed).toEqual([1, 1]);
    // The paper choice took the keyboard; the scanner types anyway: it goes to the scan field.
    await page.getByRole('checkbox').click();
    await expect.poll(focused).toBe('scan');
    (deepActiveElement() as HTMLElement).blur();
    await userEvent.keyboard('24300110120000002{Enter}');
    await expect.poll(focused).toBe('nik');
    expect(mounted.hub.calls.at(-1)?.path).toBe('/api/sessions/skd-1/lookup?scan=24300110120000002');
  });

  it('auto-prints every slip on thermal paper, and a sheet of eight on A4', async () => {
    countPrints();
    localStorage.setItem('siapcat.desk.print', JSON.stringify({ paper: 'thermal', auto: true }));
    mounted = await desk();
    await register('24300110120000001');
    await expect.poll(() => printed).toEqual([1]);
    await expect.poll(focused).toBe('scan');
    mounted.unmount();

    localStorage.setItem('siapcat.desk.print', JSON.stringify({ paper: 'sheet', auto: true }));
    printed = [];
    mounted = await desk();
    for (let i = 1; i <= 7; i++) await register(`2430011012000001${i}`);
    expect(printed).toEqual([]);
    await expect.element(page.getByRole('button', { name: 'Cetak lembar A4 (7/8 slip) (F9)' })).toBeVisible();
    await register('24300110120000018');
    await expect.poll(() => printed).toEqual([8]);
    await expect.poll(focused).toBe('scan');
    await expect.element(page.getByRole('button', { name: 'Cetak lembar A4 (0/8 slip) (F9)' })).toBeDisabled();
  });
});
