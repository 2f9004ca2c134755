import { describe, expect, it } from 'vitest';
import { drillMarks } from './drill-marks.js';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("the power drill's marks, typed the venue's way", () => {
  it('reads 7.01 and 07:06 on dd/mm/yyyy as instants in the venue zone, whatever the browser locale', () => {
    const read = drillMarks(form({ drillDate: '4/12/2026', gensetAt: '7.01', mainsBackAt: '07:06', outcome: 'ok' }), 'Asia/Makassar');
    expect(read).toEqual({
      ok: true,
      marks: { gensetAt: '2026-12-04T07:01:00+08:00', mainsBackAt: '2026-12-04T07:06:00+08:00', outcome: 'ok' },
    });
    const wib = drillMarks(form({ drillDate: '04/12/2026', gensetAt: '0701' }), 'Asia/Jakarta');
    expect(wib).toEqual({ ok: true, marks: { gensetAt: '2026-12-04T07:01:00+07:00', mainsBackAt: null, outcome: null } });
  });

  it('clears an emptied time and needs no date when no time is typed', () => {
    expect(drillMarks(form({ drillDate: '', gensetAt: '', mainsBackAt: '', outcome: 'not-ok' }), 'Asia/Makassar')).toEqual({
      ok: true,
      marks: { gensetAt: null, mainsBackAt: null, outcome: 'not-ok' },
    });
  });

  it('refuses a US-order date, a 12-hour time and a wrong time, naming the field and saying how to write it', () => {
    const us = drillMarks(form({ drillDate: '12/31/2026', gensetAt: '7.01' }), 'Asia/Makassar');
    expect(us).toMatchObject({ ok: false, field: 'drillDate', problem: { id: expect.stringContaining('hari/bulan/tahun') } });
    const pm = drillMarks(form({ drillDate: '04/12/2026', gensetAt: '7:01 PM' }), 'Asia/Makassar');
    expect(pm).toMatchObject({ ok: false, field: 'gensetAt', problem: { en: expect.stringContaining('24-hour') } });
    const late = drillMarks(form({ drillDate: '04/12/2026', gensetAt: '7.01', mainsBackAt: '24.10' }), 'Asia/Makassar');
    expect(late).toMatchObject({ ok: false, field: 'mainsBackAt', problem: { id: expect.stringContaining('00.00 s.d. 23.59') } });
  });
});
