import type { Capture, WmiRecord } from './parse.js';

/** Small readers of WMI's text values (as the capture scripts write them). */

export const list = (capture: Capture, wmiClass: string): WmiRecord[] => capture.instances.get(wmiClass) ?? [];
export const first = (capture: Capture, wmiClass: string): WmiRecord | undefined => list(capture, wmiClass)[0];

/** A whole number from WMI text ("8589934592", "-2147483648"); null for blanks and junk. */
export function int(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d{1,20}$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

/** Text, trimmed, runs of spaces collapsed (XP pads processor names), cut to `max`. */
export function text(value: string | undefined, max = 200): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

export const bool = (value: string | undefined): boolean | null =>
  /^(true|-1|1)$/i.test(value?.trim() ?? '') ? true : /^(false|0)$/i.test(value?.trim() ?? '') ? false : null;

/** WMI's array values are joined by ";" in a capture. */
export const items = (value: string | undefined): string[] =>
  (value ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/**
 * WMI's CIM_DATETIME "yyyymmddHHMMSS.ffffff+UUU" (UUU: minutes from UTC; Wine writes "+00") as an
 * ISO 8601 time with its offset; null when it is not one.
 */
export function cimDateTime(value: string | undefined): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d{1,6})?([+-])(\d{1,4})$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const [, y, mo, d, h, mi, s, sign, off] = m as unknown as string[];
  const minutes = Number(off);
  if (minutes > 14 * 60 || Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const oh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const om = String(minutes % 60).padStart(2, '0');
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${sign}${oh}:${om}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** SMBIOS chassis types (Win32_SystemEnclosure.ChassisTypes) by the names systeminformation uses. */
export const CHASSIS: Record<number, string> = {
  1: 'Other',
  2: 'Unknown',
  3: 'Desktop',
  4: 'Low Profile Desktop',
  5: 'Pizza Box',
  6: 'Mini Tower',
  7: 'Tower',
  8: 'Portable',
  9: 'Laptop',
  10: 'Notebook',
  11: 'Hand Held',
  12: 'Docking Station',
  13: 'All in One',
  14: 'Sub Notebook',
  15: 'Space-Saving',
  16: 'Lunch Box',
  17: 'Main System Chassis',
  18: 'Expansion Chassis',
  19: 'SubChassis',
  20: 'Bus Expansion Chassis',
  21: 'Peripheral Chassis',
  22: 'Storage Chassis',
  23: 'Rack Mount Chassis',
  24: 'Sealed-Case PC',
  30: 'Tablet',
  31: 'Convertible',
  32: 'Detachable',
  35: 'Mini PC',
  36: 'Stick PC',
};

/** Win32_PhysicalMemory.MemoryType / SMBIOSMemoryType codes worth naming. */
export const MEMORY_TYPE: Record<number, string> = { 17: 'SDRAM', 20: 'DDR', 21: 'DDR2', 22: 'DDR2', 24: 'DDR3', 26: 'DDR4', 34: 'DDR5' };
export const FORM_FACTOR: Record<number, string> = { 8: 'DIMM', 12: 'SODIMM', 13: 'SRIMM' };
/** MSFT_PhysicalDisk.BusType codes. */
export const BUS_TYPE: Record<number, string> = {
  1: 'SCSI',
  3: 'ATA',
  4: '1394',
  7: 'USB',
  8: 'RAID',
  10: 'SAS',
  11: 'SATA',
  12: 'SD',
  13: 'MMC',
  17: 'NVMe',
};
