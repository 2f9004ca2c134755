import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { locale } from '../i18n/locale.js';
import { installGlobalStyles } from './global-styles.js';
import './capacity.js';
import './causes.js';
import './counts.js';
import './light.js';

beforeAll(() => installGlobalStyles());
afterEach(() => {
  document.body.replaceChildren();
  locale.setLang('id');
});

function mount<T extends HTMLElement>(tag: string, props: Partial<T>): T {
  const el = Object.assign(document.createElement(tag), props) as T;
  document.body.append(el);
  return el;
}

describe('capacity meter', () => {
  it('is green with room to spare, amber near the limit, red and FULL at the limit with who waits', async () => {
    const meter = mount<HTMLElementTagNameMap['siap-capacity']>('siap-capacity', { assigned: 120, limit: 200, waiting: [] });
    await meter.updateComplete;
    const state = () => meter.shadowRoot!.querySelector('[data-state]')!.getAttribute('data-state');
    expect(state()).toBe('ok');
    await expect.element(page.getByRole('meter', { name: 'Klien pada server' })).toHaveAttribute('aria-valuenow', '120');
    meter.assigned = 185;
    await meter.updateComplete;
    expect(state()).toBe('near');
    meter.assigned = 200;
    meter.waiting = ['PC-201', 'PC-202'];
    await meter.updateComplete;
    expect(state()).toBe('full');
    await expect.element(page.getByText('200/200 — PENUH')).toBeVisible();
    await expect.element(page.getByText('2 PC menunggu tempat:')).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'PC-202' })).toHaveAttribute('href', '/mesin/PC-202');
    const fill = meter.shadowRoot!.querySelector<HTMLElement>('.fill')!;
    expect(getComputedStyle(fill).backgroundColor).toBe('rgb(207, 34, 46)');
  });

  it('honours a server limit lower than 200', async () => {
    const meter = mount<HTMLElementTagNameMap['siap-capacity']>('siap-capacity', { assigned: 150, limit: 150 });
    await meter.updateComplete;
    await expect.element(page.getByText('150/150 — PENUH')).toBeVisible();
  });
});

describe('traffic light and counts', () => {
  it('says the verdict in words beside the colour, in the chosen language', async () => {
    const light = mount<HTMLElementTagNameMap['siap-light']>('siap-light', { verdict: 'incomplete' });
    await light.updateComplete;
    await expect.element(page.getByText('Belum bisa dinilai')).toBeVisible();
    locale.setLang('en');
    await expect.element(page.getByText('Not judged yet')).toBeVisible();
    light.verdict = 'offline';
    await expect.element(page.getByText('Offline')).toBeVisible();
  });

  it('shows the machine counts, missing apart from offline', async () => {
    mount('siap-counts', { counts: { ready: 1250, notReady: 3, incomplete: 0, missing: 2, offline: 7 } } as never);
    await expect.element(page.getByText('1.250')).toBeVisible();
    await expect.element(page.getByText('Belum siap')).toBeVisible();
    await expect.element(page.getByText('Hilang')).toBeVisible();
  });
});

describe('named causes', () => {
  it('links each cause to what it is about, scoped to a room when given', async () => {
    mount('siap-causes', {
      room: 'R2',
      causes: [
        { kind: 'check-fail', severity: 'fail', ref: 'ram-size', count: 12, text: { id: '12 PC: RAM < 4 GB', en: '12 PCs: RAM < 4 GB' } },
        { kind: 'offline', severity: 'unknown', ref: 'offline', count: 3, text: { id: '3 PC luring', en: '3 PCs offline' } },
        { kind: 'server-full', severity: 'fail', ref: 'S2', count: 3, text: { id: 'server S2 penuh', en: 'server S2 full' } },
        { kind: 'facility', severity: 'fail', ref: 'genset', count: 1, text: { id: 'Genset', en: 'Generator' } },
      ],
    } as never);
    await expect
      .element(page.getByRole('link', { name: '12 PC: RAM < 4 GB' }))
      .toHaveAttribute('href', '/mesin?status=not-ready&periksa=ram-size&ruang=R2');
    await expect.element(page.getByRole('link', { name: '3 PC luring' })).toHaveAttribute('href', '/mesin?ruang=R2&luring=1');
    await expect.element(page.getByRole('link', { name: 'server S2 penuh' })).toHaveAttribute('href', '/mesin?server=S2');
    await expect.element(page.getByRole('link', { name: 'Genset' })).toHaveAttribute('href', '/fasilitas');
  });

  it('keeps the hub\'s order (it ranks causes strictest first), five shown and the rest behind "lihat semua", unknowns folded', async () => {
    const fail = (n: number, ref: string) => ({
      kind: 'check-fail',
      severity: 'fail',
      ref,
      count: n,
      text: { id: `${n} PC: ${ref}`, en: `${n} PCs: ${ref}` },
    });
    const unknown = (n: number, ref: string) => ({
      kind: 'check-unknown',
      severity: 'unknown',
      ref,
      count: n,
      text: { id: `${n} PC: ${ref} belum bisa dinilai`, en: `${n} PCs: ${ref} not judged` },
    });
    // As the hub sends them: the full server first (its rank), then failures largest first, then what is unknown.
    const el = mount('siap-causes', {
      causes: [
        { kind: 'server-full', severity: 'fail', ref: 'S2', count: 3, text: { id: 'server S2 penuh', en: 'server S2 full' } },
        fail(12, 'ram'),
        fail(5, 'cpu'),
        fail(3, 'os'),
        fail(2, 'disk'),
        { kind: 'missing', severity: 'unknown', ref: 'missing', count: 1, text: { id: '1 PC hilang', en: '1 PC missing' } },
        unknown(40, 'webcam'),
        unknown(40, 'ups'),
      ],
    } as never);
    const items = () => Array.from(el.shadowRoot!.querySelector('ul')?.children ?? []).map((li) => li.textContent!.trim());
    await expect.poll(items).toEqual(['server S2 penuh', '12 PC: ram', '5 PC: cpu', '3 PC: os', '2 PC: disk']);
    const shown = Array.from(el.shadowRoot!.querySelector('ul')!.children);
    expect(shown.map((li) => li.getAttribute('data-severity'))).toEqual(['fail', 'fail', 'fail', 'fail', 'fail']);
    await expect.element(page.getByText('2 pemeriksaan belum bisa dinilai (hingga 40 PC)')).toBeVisible();
    await expect.element(page.getByText('40 PC: webcam belum bisa dinilai')).not.toBeVisible();
    await page.getByRole('button', { name: 'lihat semua (1 lagi)' }).click();
    await expect.poll(items).toEqual(['server S2 penuh', '12 PC: ram', '5 PC: cpu', '3 PC: os', '2 PC: disk', '1 PC hilang']);
  });

  it('on a TV shows the first three as plain text, no links', async () => {
    const el = mount('siap-causes', {
      plain: true,
      limit: 3,
      causes: [
        {
          kind: 'check-unknown',
          severity: 'unknown',
          ref: 'ups',
          count: 9,
          text: { id: '9 PC: UPS belum bisa dinilai', en: '9 PCs: UPS not judged' },
        },
        { kind: 'check-fail', severity: 'fail', ref: 'ram', count: 4, text: { id: '4 PC: RAM < 4 GB', en: '4 PCs: RAM < 4 GB' } },
      ],
    } as never);
    await expect.element(page.getByText('4 PC: RAM < 4 GB')).toBeVisible();
    await expect.element(page.getByText('1 pemeriksaan belum bisa dinilai (hingga 9 PC)')).toBeVisible();
    expect(el.shadowRoot!.querySelectorAll('a')).toHaveLength(0);
  });
});
