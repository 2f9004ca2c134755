import { withFact } from '../../outcome.js';
import { gib, GIB, num, ramGb } from '../../units.js';
import { defineCheck } from '../../types.js';

export interface RamSizeParams {
  /** Installed memory the clause asks for, in the GB memory is sold in (= GiB). */
  minGB: number;
  /**
   * When the modules cannot be read, usable memory this close below the figure still passes:
   * firmware and integrated graphics keep up to about 1 GiB, so a 16 GB machine shows ~15.8 GiB
   * and a 4 GB laptop with shared graphics ~3.4 GiB.
   */
  usableMarginGB: number;
}
type Params = RamSizeParams;

/**
 * Lampiran C.4.b.1.a(2) and b(2) "Memory (RAM) 16GB", 2.a(5) "Memori 4GB": the INSTALLED amount.
 * The installed modules are summed when the OS lists them; otherwise usable memory is judged
 * with `usableMarginGB` of allowance, since usable is always a little below installed.
 */
export const ramSize = defineCheck<Params>({
  id: 'ram-size',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.a', items: [2], level: 'minimal' },
    'mobile-server': { section: 'C.4.b.1.b', items: [2], level: 'minimal' },
    client: { section: 'C.4.b.2.a', items: [5], level: 'rekomendasi' },
  },
  title: { id: 'Memori (RAM)', en: 'Memory (RAM)' },
  failTitle: { id: 'RAM kurang', en: 'RAM too small' },
  fix: {
    id: 'Tambah modul RAM hingga memenuhi syarat, atau ganti PC.',
    en: 'Add memory modules until the requirement is met, or replace the PC.',
  },
  facts: ['memory'],
  params: {
    server: { minGB: 16, usableMarginGB: 1 },
    'mobile-server': { minGB: 16, usableMarginGB: 1 },
    client: { minGB: 4, usableMarginGB: 1 },
  },
  evaluate(facts, { params }) {
    const expected = `≥ ${num(params.minGB)} GB`;
    const failTitle = { id: `RAM < ${num(params.minGB)} GB`, en: `RAM < ${num(params.minGB)} GB` };
    return withFact(facts.memory, expected, (mem) => {
      if (mem.installedBytes !== null) {
        const usable = mem.usableBytes === null ? null : gib(mem.usableBytes);
        const measured = usable
          ? { id: `${ramGb(mem.installedBytes)} (dapat dipakai ${usable})`, en: `${ramGb(mem.installedBytes)} (${usable} usable)` }
          : { id: `${ramGb(mem.installedBytes)} terpasang`, en: `${ramGb(mem.installedBytes)} installed` };
        return mem.installedBytes >= params.minGB * GIB
          ? { status: 'pass', measured, expected }
          : { status: 'fail', measured, expected, reason: failTitle };
      }
      // memoryFacts gives a fact only with the modules or the usable amount read.
      const usableBytes = mem.usableBytes ?? 0;
      const usable = gib(usableBytes);
      const measured = { id: `dapat dipakai ${usable}`, en: `${usable} usable` };
      if (usableBytes >= (params.minGB - params.usableMarginGB) * GIB) {
        return {
          status: 'pass',
          measured,
          expected,
          reason: {
            id: `Modul RAM tidak terbaca; memori yang dapat dipakai ${usable} berarti terpasang ${num(params.minGB)} GB atau lebih.`,
            en: `The memory modules could not be read; ${usable} usable means ${num(params.minGB)} GB or more installed.`,
          },
        };
      }
      return {
        status: 'fail',
        measured,
        expected,
        reason: {
          id: `Memori yang dapat dipakai ${usable}: terlalu jauh di bawah ${num(params.minGB)} GB untuk sekadar cadangan sistem.`,
          en: `${usable} usable is too far below ${num(params.minGB)} GB to be only what the system reserves.`,
        },
      };
    });
  },
});
