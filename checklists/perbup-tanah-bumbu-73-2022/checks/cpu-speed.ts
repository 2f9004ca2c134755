import { withFact } from '../../outcome.js';
import { num } from '../../units.js';
import { defineCheck, type Outcome } from '../../types.js';

export interface CpuSpeedParams {
  minGhz: number;
  /** Processor families the clause names, as case-insensitive patterns; empty = any processor. */
  families: string[];
  /** How the family is written in `expected`. */
  familyLabel: string;
  /** Status when the speed is met but the family is not one named ("setara" leaves room). */
  familyMismatch: 'pass' | 'warn' | 'fail';
}
type Params = CpuSpeedParams;

/** "Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz" -> "Intel Xeon E5-2620 v4". */
export function shortCpuName(model: string): string {
  return model
    .replace(/\((R|TM|C)\)/gi, '')
    .replace(/[®™©]/g, '')
    .replace(/\bCPU\b/g, '')
    .replace(/@.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Lampiran C.4.b.1.a(1) "Intel Xeon CPU @2,0GH", b(1) "i7 2,0GHz / setara", 2.a(1) "2.0GHz".
 * Judged on the BASE clock (the "@ 2.10GHz" of the name), not the turbo: the clause's figure is
 * the one printed on the processor. When only the turbo is known and it meets the figure, the
 * check warns instead of guessing. The family is a warning, not a failure, by default: "setara"
 * (equivalent) admits other families, and a server CPU that is not a Xeon is for the auditor to weigh.
 */
export const cpuSpeed = defineCheck<Params>({
  id: 'cpu-speed',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.a', items: [1], level: 'minimal' },
    'mobile-server': { section: 'C.4.b.1.b', items: [1], level: 'minimal' },
    client: { section: 'C.4.b.2.a', items: [1], level: 'rekomendasi' },
  },
  title: { id: 'Kecepatan prosesor', en: 'Processor speed' },
  failTitle: { id: 'Prosesor < 2,0 GHz', en: 'Processor < 2.0 GHz' },
  fix: {
    id: 'Ganti PC ini dengan yang prosesornya memenuhi syarat, atau pindahkan ke peran lain.',
    en: 'Replace this PC with one whose processor meets the requirement, or move it to another role.',
  },
  facts: ['cpu'],
  params: {
    server: { minGhz: 2.0, families: ['xeon'], familyLabel: 'Intel Xeon', familyMismatch: 'warn' },
    'mobile-server': {
      minGhz: 2.0,
      families: ['\\bi[79]-', 'core\\s*i[79]\\b', 'core\\s*ultra\\s*[79]', 'ryzen\\s*[79]\\b', 'xeon'],
      familyLabel: 'Core i7 / setara',
      familyMismatch: 'warn',
    },
    client: { minGhz: 2.0, families: [], familyLabel: '', familyMismatch: 'pass' },
  },
  evaluate(facts, { params }) {
    const expected = `≥ ${params.minGhz.toFixed(1)} GHz${params.familyLabel ? ` (${params.familyLabel})` : ''}`;
    return withFact(facts.cpu, expected, (cpu): Outcome => {
      const name = shortCpuName(cpu.model) || '?';
      if (cpu.baseGhz === null) {
        if (cpu.maxGhz !== null && cpu.maxGhz < params.minGhz) {
          return {
            status: 'fail',
            measured: `max ${num(cpu.maxGhz, 2)} GHz · ${name}`,
            expected,
            reason: { id: 'Bahkan kecepatan maksimumnya di bawah syarat.', en: 'Even its maximum clock is below the requirement.' },
          };
        }
        if (cpu.maxGhz !== null) {
          return {
            status: 'warn',
            measured: `max ${num(cpu.maxGhz, 2)} GHz · ${name}`,
            expected,
            reason: {
              id: 'Hanya kecepatan maksimum (turbo) yang terbaca; kecepatan dasar tidak. Cocokkan nama prosesor dengan spesifikasi pabrik.',
              en: 'Only the maximum (turbo) clock could be read, not the base clock. Check the processor name against its datasheet.',
            },
          };
        }
        return {
          status: 'unknown',
          measured: name,
          expected,
          reason: {
            id: 'Kecepatan prosesor tidak dilaporkan sistem (umum di mesin virtual).',
            en: 'The system does not report the processor speed (common in virtual machines).',
          },
        };
      }
      const measured = `${num(cpu.baseGhz, 2)} GHz · ${name}`;
      // A hair of tolerance for "1.99 GHz" rounding of a 2.0 GHz part.
      if (cpu.baseGhz + 0.005 < params.minGhz) {
        return {
          status: 'fail',
          measured,
          expected,
          reason: {
            id: `Kecepatan dasar ${num(cpu.baseGhz, 2)} GHz, di bawah ${params.minGhz.toFixed(1)} GHz.`,
            en: `Base clock ${num(cpu.baseGhz, 2)} GHz is below ${params.minGhz.toFixed(1)} GHz.`,
          },
        };
      }
      const familyOk = params.families.length === 0 || params.families.some((p) => new RegExp(p, 'i').test(cpu.model));
      if (!familyOk && params.familyMismatch !== 'pass') {
        return {
          status: params.familyMismatch,
          measured,
          expected,
          reason: {
            id: `Kecepatan cukup, tetapi prosesor bukan ${params.familyLabel}. Pastikan setara dengan yang diminta pasal.`,
            en: `The speed is enough, but the processor is not ${params.familyLabel}. Make sure it is equivalent to what the clause asks.`,
          },
        };
      }
      return { status: 'pass', measured, expected };
    });
  },
});
