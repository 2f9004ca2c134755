import type { DiskFact } from '../../facts.js';
import { joinText, withFact } from '../../outcome.js';
import { diskSize, GB } from '../../units.js';
import { defineCheck, type Outcome } from '../../types.js';

export interface DiskSizeParams {
  /** Smallest hard disk that meets the clause, in vendors' GB (10^9 bytes); null = a hard disk never does. */
  hddMinGB: number | null;
  /** Smallest SSD that meets the clause; null = an SSD never does. */
  ssdMinGB: number | null;
}
type Params = DiskSizeParams;

type Verdict = 'meets' | 'below' | 'undecided';

/** Does one disk meet the clause; 'undecided' when only its type (unreadable) would decide. */
export function judgeDisk(disk: DiskFact, params: Params): Verdict {
  const meetsAs = (min: number | null) => min !== null && disk.sizeBytes >= min * GB;
  if (disk.kind === 'hdd') return meetsAs(params.hddMinGB) ? 'meets' : 'below';
  if (disk.kind === 'ssd') return meetsAs(params.ssdMinGB) ? 'meets' : 'below';
  const asHdd = meetsAs(params.hddMinGB);
  const asSsd = meetsAs(params.ssdMinGB);
  if (asHdd && (asSsd || params.ssdMinGB === null)) return 'meets';
  if (asSsd && params.hddMinGB === null) return 'undecided';
  if (asHdd || asSsd) return 'undecided';
  return 'below';
}

function describe(disk: DiskFact): string {
  const kind = disk.kind === 'hdd' ? 'HDD' : disk.kind === 'ssd' ? 'SSD' : 'disk';
  return `${kind} ${diskSize(disk.sizeBytes)}${disk.interfaceType ? ` (${disk.interfaceType})` : ''}`;
}

function expectedOf(p: Params): string {
  if (p.hddMinGB !== null && p.ssdMinGB !== null && p.hddMinGB === p.ssdMinGB) return `≥ ${p.hddMinGB} GB`;
  const parts: string[] = [];
  if (p.hddMinGB !== null) parts.push(`HDD ≥ ${p.hddMinGB} GB`);
  if (p.ssdMinGB !== null) parts.push(`SSD ≥ ${p.ssdMinGB} GB`);
  return parts.join(' / ');
}

/**
 * Lampiran C.4.b.1.a(4)/(5) server: "HDD 500GB (High Speed) atau SSD 250 GB"; b(4) mobile
 * server: "Harddisk Drive SSD 250GB"; 2.a(4) client: "HDD 120GB" (an SSD of that size is at
 * least as good). Sizes are vendors' GB (10^9 bytes). The machine passes when one internal disk
 * meets the clause; USB and removable media never count. A disk whose type cannot be read is
 * judged by size where size alone decides (a 1 TB disk meets the server clause either way).
 * "High Speed" cannot be measured from the OS and is left to the auditor.
 */
export const diskSizeCheck = defineCheck<Params>({
  id: 'disk-size',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.a', items: [4, 5], level: 'minimal' },
    'mobile-server': { section: 'C.4.b.1.b', items: [4], level: 'minimal' },
    client: { section: 'C.4.b.2.a', items: [4], level: 'rekomendasi' },
  },
  title: { id: 'Kapasitas dan jenis disk', en: 'Disk capacity and type' },
  failTitle: { id: 'Disk tidak memenuhi', en: 'Disk below requirement' },
  fix: {
    id: 'Pasang disk internal dengan jenis dan kapasitas yang diminta pasal.',
    en: 'Fit an internal disk of the type and capacity the clause asks for.',
  },
  facts: ['disks'],
  params: {
    server: { hddMinGB: 500, ssdMinGB: 250 },
    'mobile-server': { hddMinGB: null, ssdMinGB: 250 },
    client: { hddMinGB: 120, ssdMinGB: 120 },
  },
  evaluate(facts, { params }) {
    const expected = expectedOf(params);
    return withFact(facts.disks, expected, (disks): Outcome => {
      const internal = disks.filter((d) => !d.removable && d.sizeBytes > 0);
      if (internal.length === 0) {
        return {
          status: 'unknown',
          measured: null,
          expected,
          reason: {
            id: 'Sistem tidak mendaftar disk internal (umum di mesin virtual atau tanpa hak akses).',
            en: 'The system lists no internal disk (common in virtual machines or without privileges).',
          },
        };
      }
      const verdicts = internal.map((d) => judgeDisk(d, params));
      const measured = joinText(internal.map(describe), ' + ');
      if (verdicts.includes('meets')) return { status: 'pass', measured, expected };
      if (verdicts.includes('undecided')) {
        return {
          status: 'unknown',
          measured,
          expected,
          reason: {
            id: 'Jenis disk (HDD/SSD) tidak terbaca, dan jenisnya menentukan di ukuran ini.',
            en: 'The disk type (HDD/SSD) could not be read, and at this size the type decides.',
          },
        };
      }
      const hddOnly = params.hddMinGB === null && internal.some((d) => d.kind === 'hdd');
      return {
        status: 'fail',
        measured,
        expected,
        reason: hddOnly
          ? { id: 'Pasal meminta SSD; disk ini HDD.', en: 'The clause asks for an SSD; this disk is an HDD.' }
          : { id: 'Tidak ada disk internal yang cukup besar.', en: 'No internal disk is large enough.' },
      };
    });
  },
});
