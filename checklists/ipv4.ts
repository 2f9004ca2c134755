/** Parses dotted IPv4 to a 32-bit unsigned number; null when not IPv4. */
export function ipv4ToNumber(text: string): number | null {
  const parts = text.trim().split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** Is `address` inside the subnet of `ip`/`mask` (all dotted IPv4)? */
export function inSubnet(address: string, ip: string, mask: string): boolean {
  const a = ipv4ToNumber(address);
  const i = ipv4ToNumber(ip);
  const m = ipv4ToNumber(mask);
  if (a === null || i === null || m === null) return false;
  return (a & m) >>> 0 === (i & m) >>> 0;
}
