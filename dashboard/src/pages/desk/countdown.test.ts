import { describe, expect, it } from 'vitest';
import { examSession } from '../../testing/exam-fixtures.js';
import { formatLeft, pinWindowView } from './countdown.js';

const closesAt = Date.parse('2026-11-23T07:55:00+08:00');

describe('PIN window banner', () => {
  it('counts down by this PC clock while the hub says the window is open', () => {
    const view = pinWindowView(examSession(), closesAt - 65 * 60_000, 'id');
    expect(view).toMatchObject({ state: 'open', leftMs: 65 * 60_000 });
    expect(view.text.id).toBe('Penerbitan PIN ditutup 07.55 WITA — sisa 1 j 05 m');
    expect(pinWindowView(examSession(), closesAt - 4 * 60_000 - 9_000, 'en').text.en).toBe(
      'PIN issuance closes 07:55 WITA — 4 min 09 s left',
    );
  });

  it('shows no countdown when this PC clock disagrees with the hub', () => {
    expect(pinWindowView(examSession(), closesAt + 60_000, 'id')).toEqual({
      state: 'open',
      text: { id: 'Penerbitan PIN ditutup 07.55 WITA', en: 'PIN issuance closes 07:55 WITA' },
    });
    expect(pinWindowView(examSession(), closesAt - 3 * 86_400_000, 'id').leftMs).toBeUndefined();
  });

  it('follows the hub when it says closed or not yet open', () => {
    expect(pinWindowView(examSession({ pinWindowOpen: false }), closesAt - 60_000, 'id').state).toBe('closed');
    const early = pinWindowView(examSession({ registrationOpen: false }), closesAt - 60_000, 'id');
    expect(early.state).toBe('not-yet');
    expect(early.text.id).toContain('dibuka 23/11/2026 04.00 WITA');
  });

  it('formats what is left', () => {
    expect(formatLeft(-5)).toEqual({ id: '0 m 00 d', en: '0 min 00 s' });
    expect(formatLeft(3_600_000)).toEqual({ id: '1 j 00 m', en: '1 h 00 min' });
  });
});
