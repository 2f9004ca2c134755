import type { Localized } from '../protocol/i18n.js';

/**
 * The facts checks judge: plain data with units in the names, normalised from a snapshot by
 * agent/facts. A fact is either known or unknown with the reason it could not be read, so a
 * check never has to guess why something is missing.
 */
export type Known<T> = { ok: true; value: T } | { ok: false; reason: Localized };

export const known = <T>(value: T): Known<T> => ({ ok: true, value });
export const unknownFact = <T = never>(reason: Localized): Known<T> => ({ ok: false, reason });

export interface CpuFact {
  /** As the OS names it, e.g. "Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz". */
  model: string;
  /** Base (non-turbo) clock; null when only the maximum is known. */
  baseGhz: number | null;
  /** Highest (turbo) clock; null when unknown. */
  maxGhz: number | null;
}

export interface MemoryFact {
  /** What the OS can use (below the installed amount: firmware and graphics reserve some); null when unread. */
  usableBytes: number | null;
  /** Sum of the installed modules; null when the modules cannot be read (no dmidecode, VMs). */
  installedBytes: number | null;
}

export const OS_FAMILIES = ['windows', 'windows-server', 'linux', 'macos', 'other'] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

export interface OsFact {
  family: OsFamily;
  /** Human name, e.g. "Microsoft Windows 10 Pro" or "Ubuntu 22.04.4 LTS". */
  name: string;
  /**
   * The product version the rules match: "XP", "Vista", "7", "8", "8.1", "10", "11" for Windows;
   * "2012", "2012 R2", "2016", "2019", "2022", "2025" for Windows Server; the release for others.
   */
  version: string;
  /** Kernel/build release, e.g. "10.0.19045". */
  release: string;
  /** Is the OS itself 64-bit; null when unreadable. */
  is64Bit: boolean | null;
}

export type DiskKind = 'hdd' | 'ssd' | 'unknown';
export interface DiskFact {
  name: string;
  sizeBytes: number;
  kind: DiskKind;
  /** NVMe, SATA, USB, SAS, ... as reported. */
  interfaceType: string;
  /** USB/removable media never count as the machine's disk. */
  removable: boolean;
}

export interface NicFact {
  name: string;
  /** Negotiated link speed; null when unknown (null, -1, 0 or absurd values in the source). */
  speedMbps: number | null;
  wireless: boolean;
  /** Virtual adapters (hypervisor, VPN, bridges) never carry the exam LAN as far as the checks go. */
  virtual: boolean;
  up: boolean;
  /** The adapter of the default route. */
  isDefault: boolean;
  /** IPv4 address and netmask, e.g. "10.10.1.23" / "255.255.255.0"; null when none. */
  ip4: string | null;
  ip4Mask: string | null;
}

export interface DisplayFact {
  name: string;
  /** Diagonal of the visible image in inches; null when the monitor does not state its size. */
  diagonalInches: number | null;
  /** The laptop's own panel. */
  builtin: boolean;
}

export interface DeviceFact {
  name: string;
  bus: string;
  /** A separate device (USB, Bluetooth, or PS/2 on a desktop), not the laptop's own touchpad/keyboard. */
  external: boolean;
}

export interface BrowserFact {
  /** Full version string as found, e.g. "131.0.6778.86" or "115.6.0esr". */
  version: string;
  major: number;
}

export interface BrowsersFact {
  chrome: BrowserFact | null;
  chromium: BrowserFact | null;
  firefox: BrowserFact | null;
}

export interface UpsFact {
  name: string;
  source: string;
  nominalVA: number | null;
}

export interface VirtualizationFact {
  virtual: boolean;
  /** Hypervisor or product, e.g. "KVM", "VirtualBox"; null when physical or unnamed. */
  host: string | null;
}

export interface PingFact {
  host: string;
  /** The address pinged (after name resolution). */
  address: string | null;
  sent: number;
  received: number;
  lossPercent: number;
  avgMs: number | null;
  maxMs: number | null;
}

export interface NetworkFact {
  /** Hosts that could be pinged; a trial that could not run is in `failed`. */
  pings: PingFact[];
  failed: Array<{ host: string; reason: Localized }>;
  throughput: { mbps: number; bytes: number; ms: number } | null;
}

export interface Facts {
  platform: string;
  cpu: Known<CpuFact>;
  memory: Known<MemoryFact>;
  os: Known<OsFact>;
  disks: Known<DiskFact[]>;
  nics: Known<NicFact[]>;
  displays: Known<DisplayFact[]>;
  /** Laptop (own battery/panel/chassis) rather than a desktop or server. */
  laptop: Known<boolean>;
  webcams: Known<string[]>;
  pointing: Known<DeviceFact[]>;
  keyboards: Known<DeviceFact[]>;
  browsers: Known<BrowsersFact>;
  ups: Known<UpsFact[]>;
  virtualization: Known<VirtualizationFact>;
  /** null when no network trial ran: the lan-* checks are then left out of the report. */
  network: NetworkFact | null;
}

export type FactName = Exclude<keyof Facts, 'platform'>;
