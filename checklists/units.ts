/** Unit conversions and the language-neutral number formats used in `measured`/`expected`. */

export const GIB = 1024 ** 3;
/** Vendors' GB for disks: 10^9 bytes. */
export const GB = 1e9;

/** Up to `digits` decimals, trailing zeros dropped: 15.80 -> "15.8", 16.0 -> "16". */
export function num(value: number, digits = 1): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Memory as the OS counts it: binary gigabytes. */
export function gib(bytes: number): string {
  return `${num(bytes / GIB)} GiB`;
}

/** Installed memory in the units modules are sold in ("16 GB" = 16 GiB). */
export function ramGb(bytes: number): string {
  return `${num(bytes / GIB)} GB`;
}

/** Disk capacity in vendors' decimal units: "256 GB", "1.0 TB". */
export function diskSize(bytes: number): string {
  return bytes >= 1000 * GB ? `${(bytes / (1000 * GB)).toFixed(1)} TB` : `${Math.round(bytes / GB)} GB`;
}
