import { describe, expect, it } from 'vitest';
import { checkNik, checkParticipantNumber, disabilityText, fromNumberCell, isBlind, maskNik } from './identity.js';

const what = { id: 'NIK', en: 'The NIK' };

describe('checkNik', () => {
  it("accepts 16 digits written with spaces, dots or Excel's apostrophe", () => {
    expect(checkNik(' 6310 0123 4567 8901 ')).toEqual({ ok: true, value: '6310012345678901' });
    expect(checkNik("'6310012345678901")).toEqual({ ok: true, value: '6310012345678901' });
    expect(checkNik('6310.0123.4567.8901')).toEqual({ ok: true, value: '6310012345678901' });
  });

  it('refuses Excel scientific notation in both decimal styles, naming the fix', () => {
    for (const text of ['6,31E+15', '6.31E+15', '6.31001E15']) {
      const r = checkNik(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason.id).toContain('notasi ilmiah');
        expect(r.reason.id).toContain('Teks');
        expect(r.reason.en).toContain('scientific notation');
      }
    }
  });

  it('says how many digits there are and refuses letters', () => {
    const short = checkNik('631001234567890');
    expect(short.ok || short.reason.id).toBe("NIK harus 16 digit, tertulis 15 digit ('631001234567890').");
    const letters = checkNik('63100123456789O1');
    expect(letters.ok || letters.reason.en).toMatch(/digits only/);
    expect(checkNik('  ').ok).toBe(false);
  });
});

describe('number cells', () => {
  it('refuses numbers longer than Excel keeps and any exponent', () => {
    expect(fromNumberCell('6310012345678900', what, 15).ok).toBe(false);
    expect(fromNumberCell('6.31e+15', what, 15).ok).toBe(false);
    expect(fromNumberCell('24100110001', what, 15)).toEqual({ ok: true, value: '24100110001' });
  });
});

describe('checkParticipantNumber', () => {
  it('upper-cases, drops spaces and refuses junk', () => {
    expect(checkParticipantNumber(' 2410 0011 0001 ')).toEqual({ ok: true, value: '241000110001' });
    expect(checkParticipantNumber('skd-24-001')).toEqual({ ok: true, value: 'SKD-24-001' });
    expect(checkParticipantNumber('2,41E+16').ok).toBe(false);
    expect(checkParticipantNumber('ab').ok).toBe(false);
    expect(checkParticipantNumber('12/34/56').ok).toBe(false);
  });
});

describe('disability', () => {
  it('reads "none" spellings as none and flags blindness in its usual spellings', () => {
    for (const none of ['', '-', 'Tidak', 'TIDAK ADA', 'Non Disabilitas', '0']) expect(disabilityText(none)).toBe('');
    expect(disabilityText(' Tuna  Netra ')).toBe('Tuna Netra');
    for (const blind of ['Tunanetra', 'Tuna Netra', 'disabilitas sensorik netra', 'Low Vision', 'buta']) {
      expect(isBlind(blind)).toBe(true);
    }
    expect(isBlind('Tunadaksa')).toBe(false);
    expect(isBlind('Tunarungu')).toBe(false);
  });

  it('masks a NIK to its first and last four digits', () => {
    expect(maskNik('6310012345678901')).toBe('6310********8901');
  });
});
