import { known, unknownFact, type Known, type OsFact, type OsFamily } from '../../checklists/facts.js';
import type { OsProbe, Snapshot } from '../../protocol/snapshot.js';
import { probe, record, si, siMissing, str } from './read.js';

const SERVER_BY_BUILD: Array<[number, string]> = [
  [26100, '2025'],
  [20348, '2022'],
  [17763, '2019'],
  [14393, '2016'],
  [9600, '2012 R2'],
  [9200, '2012'],
];

/** Windows product version from the caption, else from the kernel release (10.0.22000+ is Windows 11). */
export function windowsVersion(caption: string, release: string, server: boolean): string {
  const [major = 0, minor = 0, build = 0] = release.split('.').map((p) => Number.parseInt(p, 10) || 0);
  if (server) {
    const named = /Server\s+(\d{4})(\s+R2)?/i.exec(caption);
    if (named) return `${named[1]}${named[2] ? ' R2' : ''}`;
    const byBuild = SERVER_BY_BUILD.find(([b]) => build >= b);
    return byBuild ? byBuild[1] : release;
  }
  const named = /Windows\s+(XP|Vista|7|8\.1|8|10|11)\b/i.exec(caption);
  let version = named ? named[1]! : '';
  if (version === '10' && major === 10 && build >= 22000) version = '11';
  if (version) return version;
  if (major === 10) return build >= 22000 ? '11' : '10';
  if (major === 6) return ['Vista', '7', '8', '8.1'][minor] ?? release;
  if (major === 5) return 'XP';
  return release;
}

function familyOf(platform: string, distro: string): OsFamily {
  const p = platform.toLowerCase();
  if (p === 'win32' || p.startsWith('windows')) return /server/i.test(distro) ? 'windows-server' : 'windows';
  if (p === 'linux') return 'linux';
  if (p === 'darwin') return 'macos';
  return 'other';
}

const BITS_64 = /^(x86_64|amd64|x64|aarch64|arm64|ppc64le|s390x|riscv64)$/i;
const BITS_32 = /^(i[3-6]86|x86|ia32|armv[67]l?|arm)$/i;

/**
 * The OS family, product version and bitness. Bitness comes from the agent's probe (the OS's own
 * answer); failing that, a 64-bit Node process proves a 64-bit OS, while a 32-bit one proves nothing.
 */
export function osFacts(snapshot: Snapshot): Known<OsFact> {
  const info = record(si(snapshot, 'osInfo'));
  if (!info) return unknownFact(siMissing(snapshot, 'osInfo'));
  const platform = str(info.platform) || snapshot.platform;
  const distro = str(info.distro);
  const release = str(info.release);
  const family = familyOf(platform, distro);
  const windows = family === 'windows' || family === 'windows-server';
  const version = windows ? windowsVersion(distro, release, family === 'windows-server') : release;
  const name = (windows ? distro.replace(/^Microsoft\s+/i, '') : `${distro} ${release}`.trim()) || platform;
  const extra = probe<OsProbe>(snapshot, 'os');
  let is64Bit: boolean | null = null;
  if (extra.ok && extra.value.is64Bit !== null) is64Bit = extra.value.is64Bit;
  else if (extra.ok && BITS_64.test(extra.value.machine)) is64Bit = true;
  else if (extra.ok && BITS_32.test(extra.value.machine)) is64Bit = false;
  else if (/^(x64|arm64)$/.test(str(info.arch))) is64Bit = true;
  return known({ family, name, version, release: windows ? release : str(info.kernel) || release, is64Bit });
}
