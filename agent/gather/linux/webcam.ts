import { list, readText } from './files.js';

/** video4linux nodes that are codecs or image processors, not cameras (Raspberry Pi, Intel IPU). */
const NOT_A_CAMERA = /codec|isp|decoder|encoder|m2m|loopback|dummy|pispbe|rpivid|hevc|jpeg/i;

/**
 * Cameras from /sys/class/video4linux. A UVC webcam makes two nodes (capture, index 0, and
 * metadata, index 1): only index 0 counts, so one camera is one device.
 */
export async function linuxWebcamProbe(root: string): Promise<{ devices: Array<{ name: string; source: 'v4l'; id: string }> }> {
  const devices: Array<{ name: string; source: 'v4l'; id: string }> = [];
  for (const node of await list(root, 'sys/class/video4linux')) {
    const dir = `sys/class/video4linux/${node}`;
    const index = await readText(root, `${dir}/index`);
    if (index !== undefined && index !== '0') continue;
    const name = (await readText(root, `${dir}/name`)) ?? node;
    if (NOT_A_CAMERA.test(name)) continue;
    devices.push({ name, source: 'v4l', id: node });
  }
  return { devices };
}
