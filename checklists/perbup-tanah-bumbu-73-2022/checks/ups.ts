import { num } from '../../units.js';
import { withFact } from '../../outcome.js';
import { defineCheck, type Outcome } from '../../types.js';

export interface UpsParams {
  minVA: number;
}
type Params = UpsParams;

/**
 * Lampiran C.4.b.1.e "UPS (Power Output 1 KVA tegangan 220 V)", judged on the server roles. Only a
 * UPS with a data cable (USB HID, NUT, apcupsd) can be seen from the machine; one without cannot,
 * so "none seen" is unknown, left to the facility item `ups` where a person reads the label and
 * cuts the mains. A UPS that states its nominal power is held to 1 kVA; one that does not warns.
 */
export const ups = defineCheck<Params>({
  id: 'ups',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.e', items: [], level: 'minimal' },
    'mobile-server': { section: 'C.4.b.1.e', items: [], level: 'minimal' },
  },
  title: { id: 'UPS', en: 'UPS' },
  failTitle: { id: 'UPS < 1 kVA', en: 'UPS < 1 kVA' },
  fix: {
    id: 'Sambungkan server ke UPS ≥ 1 kVA 220 V (dengan kabel data USB agar terpantau), lalu uji dengan memutus listrik PLN.',
    en: 'Connect the server to a UPS of ≥ 1 kVA 220 V (with its USB data cable so it can be monitored), then test by cutting the mains.',
  },
  facts: ['ups'],
  params: { server: { minVA: 1000 }, 'mobile-server': { minVA: 1000 } },
  evaluate(facts, { params }) {
    const expected = `≥ ${num(params.minVA / 1000)} kVA, 220 V`;
    return withFact(facts.ups, expected, (devices): Outcome => {
      if (devices.length === 0) {
        return {
          status: 'unknown',
          measured: null,
          expected,
          reason: {
            id: 'Tidak ada UPS yang terlihat. UPS tanpa kabel data tidak bisa dideteksi: periksa manual (item fasilitas UPS).',
            en: 'No UPS is visible. A UPS without a data cable cannot be detected: check it by hand (facility item UPS).',
          },
        };
      }
      const measured = devices.map((d) => (d.nominalVA === null ? d.name : `${d.name} ${d.nominalVA} VA`)).join(' · ');
      if (devices.some((d) => d.nominalVA !== null && d.nominalVA >= params.minVA)) return { status: 'pass', measured, expected };
      if (devices.some((d) => d.nominalVA === null)) {
        return {
          status: 'warn',
          measured,
          expected,
          reason: {
            id: 'UPS terhubung, tetapi kapasitasnya tidak dilaporkan: cocokkan label (≥ 1 kVA, 220 V).',
            en: 'A UPS is connected but does not report its capacity: check its label (≥ 1 kVA, 220 V).',
          },
        };
      }
      return {
        status: 'fail',
        measured,
        expected,
        reason: { id: 'Kapasitas UPS di bawah 1 kVA.', en: 'The UPS capacity is below 1 kVA.' },
      };
    });
  },
});
