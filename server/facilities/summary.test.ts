import { describe, expect, it } from 'vitest';
import type { FacilityItem } from '../../protocol/facilities.js';
import { facilitySummary } from './summary.js';

const items: FacilityItem[] = [
  { id: 'genset', clause: 'Lampiran C.4.b.1.d', title: { id: 'Genset', en: 'Generator' } },
  { id: 'ups', clause: 'Lampiran C.4.b.1.e', title: { id: 'UPS 1 KVA 220 V', en: 'UPS 1 KVA 220 V' } },
  { id: 'printer', clause: 'Lampiran C.4.b.2.f', title: { id: 'Printer laser', en: 'Laser printer' } },
];

describe('facilitySummary', () => {
  it('is incomplete while anything is unchecked, naming how many', () => {
    const summary = facilitySummary(items, new Map([['genset', { status: 'ok', note: '' }]]));
    expect(summary.verdict).toBe('incomplete');
    expect(summary.counts).toEqual({ ok: 1, notOk: 0, na: 0, unchecked: 2 });
    expect(summary.causes).toEqual([
      {
        kind: 'facility',
        severity: 'unknown',
        ref: 'unchecked',
        count: 2,
        text: { id: '2 item fasilitas belum diperiksa', en: '2 facility items not checked yet' },
      },
    ]);
  });

  it('is not ready when an item is not ok, naming the item and its note', () => {
    const summary = facilitySummary(
      items,
      new Map([
        ['genset', { status: 'not-ok', note: 'solar habis' }],
        ['ups', { status: 'ok', note: '' }],
        ['printer', { status: 'na', note: '' }],
      ]),
    );
    expect(summary.verdict).toBe('not-ready');
    expect(summary.causes.map((c) => c.text.id)).toEqual(['Fasilitas belum memenuhi: Genset (solar habis)']);
    expect(summary.causes.map((c) => c.severity)).toEqual(['fail']);
  });

  it('is ready when every item is ok or does not apply, and ignores ticks of unknown items', () => {
    const summary = facilitySummary(
      items,
      new Map([
        ['genset', { status: 'ok', note: '' }],
        ['ups', { status: 'ok', note: '' }],
        ['printer', { status: 'na', note: 'tidak dipakai' }],
        ['retired-item', { status: 'not-ok', note: '' }],
      ]),
    );
    expect(summary).toEqual({ verdict: 'ready', counts: { ok: 2, notOk: 0, na: 1, unchecked: 0 }, causes: [] });
  });
});
