import type { DisplayFact } from '../../facts.js';
import { joinText, withFact } from '../../outcome.js';
import { num } from '../../units.js';
import { defineCheck, type Outcome } from '../../types.js';

export interface DisplaySizeParams {
  minInches: number;
  /**
   * Allowance below the figure: Windows reports image size in whole centimetres, so a true 14"
   * panel can read as 13.8", and panels sold as 14" are 13.9-14.0" of visible image.
   */
  toleranceInches: number;
  /** Status when the only screen is a laptop's own panel below the size. */
  smallLaptopPanel: 'pass' | 'warn' | 'fail';
}
type Params = DisplaySizeParams;

function describe(d: DisplayFact) {
  const size = d.diagonalInches === null ? '?"' : `${num(d.diagonalInches)}"`;
  return d.builtin ? `${size} (laptop)` : size;
}

/**
 * Lampiran C.4.b.1.a(8) server: "Monitor ukuran 14""; 2.a(8) client: "Keyboard dan Monitor (untuk
 * PC Desktop ukuran 14")". The 14" applies to the desktop's monitor; a laptop's own smaller panel
 * only warns for clients (the clause scopes the size to desktop PCs). Passes when any connected
 * monitor reaches the size. A monitor that does not state its size (some TVs and projectors, or no
 * monitor on a headless machine) gives unknown.
 */
export const displaySize = defineCheck<Params>({
  id: 'display-size',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.a', items: [8], level: 'minimal' },
    client: { section: 'C.4.b.2.a', items: [8], level: 'rekomendasi' },
  },
  title: { id: 'Ukuran monitor', en: 'Monitor size' },
  failTitle: { id: 'Monitor < 14"', en: 'Monitor < 14"' },
  fix: {
    id: 'Pasang monitor 14" atau lebih besar.',
    en: 'Connect a monitor of 14" or larger.',
  },
  facts: ['displays'],
  params: {
    server: { minInches: 14, toleranceInches: 0.5, smallLaptopPanel: 'fail' },
    client: { minInches: 14, toleranceInches: 0.5, smallLaptopPanel: 'warn' },
  },
  evaluate(facts, { params }) {
    const expected = `≥ ${num(params.minInches)}"`;
    const enough = (d: DisplayFact) => d.diagonalInches !== null && d.diagonalInches + params.toleranceInches >= params.minInches;
    return withFact(facts.displays, expected, (displays): Outcome => {
      if (displays.length === 0) {
        return {
          status: 'unknown',
          measured: null,
          expected,
          reason: {
            id: 'Tidak ada monitor yang terdeteksi (mesin tanpa layar, atau monitor tidak melapor). Periksa langsung.',
            en: 'No monitor detected (a headless machine, or the monitor does not report). Check it by eye.',
          },
        };
      }
      const measured = joinText(displays.map(describe), ' · ');
      if (displays.some(enough)) return { status: 'pass', measured, expected };
      const sized = displays.filter((d) => d.diagonalInches !== null);
      if (sized.length === 0) {
        return {
          status: 'unknown',
          measured,
          expected,
          reason: { id: 'Monitor tidak menyebut ukurannya (EDID kosong).', en: 'The monitor does not state its size (empty EDID).' },
        };
      }
      if (sized.every((d) => d.builtin) && sized.length === displays.length) {
        if (params.smallLaptopPanel === 'pass') return { status: 'pass', measured, expected };
        return {
          status: params.smallLaptopPanel,
          measured,
          expected,
          reason: {
            id: 'Layar laptop lebih kecil dari 14"; pasal menyebut 14" untuk PC desktop. Pertimbangkan monitor eksternal.',
            en: 'The laptop panel is below 14"; the clause names 14" for desktop PCs. Consider an external monitor.',
          },
        };
      }
      return {
        status: 'fail',
        measured,
        expected,
        reason: { id: 'Monitor lebih kecil dari 14".', en: 'The monitor is smaller than 14".' },
      };
    });
  },
});
