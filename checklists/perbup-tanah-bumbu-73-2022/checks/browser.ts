import type { BrowserFact } from '../../facts.js';
import { withFact } from '../../outcome.js';
import { defineCheck, type Outcome } from '../../types.js';

export interface BrowserParams {
  /** "Terbaru" (latest) as a minimum major version the venue can raise offline. */
  chromeMin: number;
  firefoxMin: number;
  /** Chromium (the open-source build of Chrome that Linux distributions ship) counts as Chrome. */
  acceptChromium: boolean;
}
type Params = BrowserParams;

const show = (name: string, b: BrowserFact | null) => `${name} ${b ? b.version : '–'}`;

/**
 * Lampiran C.4.b.2.a(3) "Web Browser Google Chrome atau Mozilla Firefox (terbaru)". A venue
 * without internet cannot ask what "latest" is, so the checklist carries minimum major versions
 * (params chromeMin/firefoxMin) that the venue raises in its params file when newer releases are
 * out. Either browser at or above its minimum passes; both versions found are reported.
 * Chromium counts as Chrome by default: on Linux ("Open Source/Linux" in 2.a(2)) it is what the
 * distribution ships, with the same engine and release numbers.
 */
export const browser = defineCheck<Params>({
  id: 'browser',
  logic: 1,
  clauses: { client: { section: 'C.4.b.2.a', items: [3], level: 'rekomendasi' } },
  title: { id: 'Peramban (Chrome/Firefox)', en: 'Browser (Chrome/Firefox)' },
  failTitle: { id: 'Peramban usang/tidak ada', en: 'Browser outdated/missing' },
  fix: {
    id: 'Pasang atau perbarui Google Chrome atau Mozilla Firefox dari penginstal luring yang disiapkan panitia.',
    en: 'Install or update Google Chrome or Mozilla Firefox from the offline installer the committee prepared.',
  },
  facts: ['browsers'],
  params: { client: { chromeMin: 140, firefoxMin: 140, acceptChromium: true } },
  evaluate(facts, { params }) {
    const expected = `Chrome ≥ ${params.chromeMin} / Firefox ≥ ${params.firefoxMin}`;
    return withFact(facts.browsers, expected, (b): Outcome => {
      const parts = [show('Chrome', b.chrome)];
      if (b.chromium) parts.push(show('Chromium', b.chromium));
      parts.push(show('Firefox', b.firefox));
      const measured = parts.join(' · ');
      const chromes = [b.chrome, params.acceptChromium ? b.chromium : null].filter((x): x is BrowserFact => x !== null);
      const ok = chromes.some((c) => c.major >= params.chromeMin) || (b.firefox !== null && b.firefox.major >= params.firefoxMin);
      if (ok) return { status: 'pass', measured, expected };
      const any = chromes.length > 0 || b.firefox !== null;
      return {
        status: 'fail',
        measured,
        expected,
        reason: any
          ? {
              id: 'Chrome/Firefox terpasang tetapi versinya di bawah minimum.',
              en: 'Chrome/Firefox is installed but older than the minimum.',
            }
          : b.chromium
            ? {
                id: 'Hanya Chromium, dan daftar periksa tidak menerimanya sebagai Chrome.',
                en: 'Only Chromium, and the checklist does not accept it as Chrome.',
              }
            : {
                id: 'Google Chrome maupun Mozilla Firefox tidak terpasang.',
                en: 'Neither Google Chrome nor Mozilla Firefox is installed.',
              },
      };
    });
  },
});
