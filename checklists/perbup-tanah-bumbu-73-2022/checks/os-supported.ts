import type { Localized } from '../../../protocol/i18n.js';
import type { OsFamily } from '../../facts.js';
import { withFact } from '../../outcome.js';
import { defineCheck, type Outcome } from '../../types.js';

export interface OsRule {
  family: OsFamily;
  /** Product versions this rule covers (see OsFact.version); absent = every version of the family. */
  versions?: string[] | undefined;
  status: 'pass' | 'warn' | 'fail';
  /** Why, shown with a warn or fail. */
  note?: Localized | undefined;
}

export interface OsSupportedParams {
  /** First matching rule decides; an OS no rule matches fails. */
  rules: OsRule[];
  require64Bit: boolean;
  /** What the clause lists, as printed in `expected`. */
  listed: string;
}
type Params = OsSupportedParams;

const NEWER_SERVER = {
  id: 'Windows Server 2022/2025 lebih baru dari yang tercantum (2012/2016/2019). Pastikan dengan tim CAT BKN bahwa aplikasi server CAT didukung di sini.',
  en: 'Windows Server 2022/2025 is newer than those listed (2012/2016/2019). Confirm with the BKN CAT team that the CAT server software is supported on it.',
};
const WINDOWS_11_MOBILE = {
  id: 'Windows 11 adalah penerus Windows 10 (dukungan Windows 10 berakhir Oktober 2025) tetapi tidak tercantum. Pastikan dengan tim CAT BKN.',
  en: 'Windows 11 succeeds Windows 10 (whose support ended in October 2025) but is not listed. Confirm with the BKN CAT team.',
};
const NOT_LISTED = {
  id: 'Sistem operasi ini tidak tercantum dalam pasal untuk peran ini.',
  en: 'This operating system is not listed in the clause for this role.',
};

/**
 * Lampiran C.4.b.1.a(3) server: "OS Windows Server 2012/2016/2019 64bit"; b(3) mobile server:
 * "OS Windows 10 64 bit"; 2.a(2) client: "Microsoft Windows XP, Vista, 7, 8, 10 atau Open Source/Linux".
 *
 * Readings (all in the rules below, so a venue can change them in its params file):
 * - Server 2022 and 2025 warn rather than fail: they are the successors of the listed versions,
 *   written after the regulation; whether BKN's CAT server runs on them is for the CAT team to say.
 * - Mobile server on Windows 11 warns for the same reason.
 * - Client on Windows 11 passes: the client list is "setingkat" (comparable level), Windows 11 is the
 *   successor of 10, and only current Windows runs the latest browsers the same clause asks for
 *   (Windows 8.1 is included as a release of 8).
 * - macOS, ChromeOS and other systems fail for clients: they are neither the listed Windows versions
 *   nor "Open Source/Linux". Windows Server used as a client warns.
 */
export const osSupported = defineCheck<Params>({
  id: 'os-supported',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.a', items: [3], level: 'minimal' },
    'mobile-server': { section: 'C.4.b.1.b', items: [3], level: 'minimal' },
    client: { section: 'C.4.b.2.a', items: [2], level: 'rekomendasi' },
  },
  title: { id: 'Sistem operasi', en: 'Operating system' },
  failTitle: { id: 'OS tidak sesuai', en: 'OS not supported' },
  fix: {
    id: 'Pasang sistem operasi yang tercantum dalam pasal (64-bit bila diminta).',
    en: 'Install an operating system listed in the clause (64-bit where asked).',
  },
  facts: ['os'],
  params: {
    server: {
      rules: [
        { family: 'windows-server', versions: ['2012', '2012 R2', '2016', '2019'], status: 'pass' },
        { family: 'windows-server', versions: ['2022', '2025'], status: 'warn', note: NEWER_SERVER },
      ],
      require64Bit: true,
      listed: 'Windows Server 2012/2016/2019 64-bit',
    },
    'mobile-server': {
      rules: [
        { family: 'windows', versions: ['10'], status: 'pass' },
        { family: 'windows', versions: ['11'], status: 'warn', note: WINDOWS_11_MOBILE },
      ],
      require64Bit: true,
      listed: 'Windows 10 64-bit',
    },
    client: {
      rules: [
        { family: 'windows', versions: ['XP', 'Vista', '7', '8', '8.1', '10', '11'], status: 'pass' },
        { family: 'linux', status: 'pass' },
        {
          family: 'windows-server',
          status: 'warn',
          note: {
            id: 'Windows Server sebagai PC peserta tidak tercantum; pastikan peramban dan webcam berjalan.',
            en: 'Windows Server as a candidate PC is not listed; make sure the browser and webcam work.',
          },
        },
      ],
      require64Bit: false,
      listed: 'Windows XP/Vista/7/8/10/11, Linux',
    },
  },
  evaluate(facts, { params }) {
    const expected = params.listed;
    return withFact(facts.os, expected, (os): Outcome => {
      const bits = os.is64Bit === null ? '' : os.is64Bit ? ' 64-bit' : ' 32-bit';
      const measured = `${os.name}${os.release ? ` (${os.release})` : ''}${bits}`;
      const rule = params.rules.find((r) => r.family === os.family && (!r.versions || r.versions.includes(os.version)));
      if (!rule) return { status: 'fail', measured, expected, reason: NOT_LISTED };
      if (rule.status === 'fail') return { status: 'fail', measured, expected, reason: rule.note ?? NOT_LISTED };
      if (params.require64Bit && os.is64Bit === false) {
        return {
          status: 'fail',
          measured,
          expected,
          reason: { id: 'Sistem operasi 32-bit; pasal meminta 64-bit.', en: 'The operating system is 32-bit; the clause asks for 64-bit.' },
        };
      }
      if (params.require64Bit && os.is64Bit === null) {
        return {
          status: 'unknown',
          measured,
          expected,
          reason: {
            id: 'Arsitektur sistem operasi (32/64-bit) tidak terbaca.',
            en: 'The operating system architecture (32/64-bit) could not be read.',
          },
        };
      }
      return rule.status === 'warn' ? { status: 'warn', measured, expected, reason: rule.note } : { status: 'pass', measured, expected };
    });
  },
});
