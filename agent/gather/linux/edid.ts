import { list, readBytes, readText } from './files.js';

const HEADER = Buffer.from([0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00]);

/**
 * Image size from an EDID block: bytes 21 and 22 are the maximum horizontal and vertical size in
 * centimetres; when one of them is 0 the other is an aspect ratio (projectors, some TVs) and the
 * size is unknown (0, 0).
 */
export function edidSizeCm(edid: Buffer): { widthCm: number; heightCm: number } | undefined {
  if (edid.length < 128 || !edid.subarray(0, 8).equals(HEADER)) return undefined;
  const w = edid[21]!;
  const h = edid[22]!;
  return w > 0 && h > 0 ? { widthCm: w, heightCm: h } : { widthCm: 0, heightCm: 0 };
}

/** Connected monitors from /sys/class/drm/card*-* (works on a headless machine, no X needed). */
export async function linuxDisplaysProbe(root: string) {
  const monitors: Array<{ connector: string; widthCm: number; heightCm: number; builtin: boolean }> = [];
  for (const entry of await list(root, 'sys/class/drm')) {
    const connector = /^card\d+-(.+)$/.exec(entry)?.[1];
    if (!connector) continue;
    const status = await readText(root, `sys/class/drm/${entry}/status`);
    if (status !== 'connected') continue;
    const edid = await readBytes(root, `sys/class/drm/${entry}/edid`);
    const size = edid ? edidSizeCm(edid) : undefined;
    monitors.push({ connector, widthCm: size?.widthCm ?? 0, heightCm: size?.heightCm ?? 0, builtin: /^(eDP|LVDS|DSI)/i.test(connector) });
  }
  return { monitors };
}
