import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linuxBrowsersProbe, versionFromBanner } from './browsers.js';
import { linuxCpuProbe } from './cpu.js';
import { edidSizeCm, linuxDisplaysProbe } from './edid.js';
import { linuxInputProbe } from './input.js';
import { parseApcaccess, parseUpsc } from './ups.js';
import { linuxWebcamProbe } from './webcam.js';

const root = (name: string) => join(import.meta.dirname, '../../../test/fixtures/sysfs', name);
const LAPTOP = root('linux-laptop');
const VM = root('linux-qemu-vm');

describe('Linux probes on fixture /sys and /proc trees', () => {
  it('reads the base clock from cpufreq and the processor name', async () => {
    await expect(linuxCpuProbe(LAPTOP)).resolves.toEqual({ baseMhz: 1800, modelName: 'Intel(R) Core(TM) i7-8565U CPU @ 1.80GHz' });
    await expect(linuxCpuProbe(VM)).resolves.toEqual({ baseMhz: null, modelName: 'QEMU Virtual CPU version 2.5+' });
  });

  it('counts a UVC webcam once (capture node only)', async () => {
    await expect(linuxWebcamProbe(LAPTOP)).resolves.toEqual({
      devices: [{ name: 'Integrated_Webcam_HD: Integrate', source: 'v4l', id: 'video0' }],
    });
    await expect(linuxWebcamProbe(VM)).resolves.toEqual({ devices: [] });
  });

  it('finds mice and keyboards with their bus, leaving out buttons and switches', async () => {
    const found = await linuxInputProbe(LAPTOP);
    expect(found?.devices.map((d) => `${d.kind}:${d.bus}:${d.name}`)).toEqual([
      'keyboard:ps2:AT Translated Set 2 keyboard',
      'mouse:i2c:ELAN0718:00 04F3:30FD Touchpad',
      'mouse:usb:Logitech USB Optical Mouse',
    ]);
  });

  it('marks hypervisor pointers as virtual', async () => {
    const found = await linuxInputProbe(VM);
    expect(found?.devices.map((d) => `${d.kind}:${d.bus}`)).toEqual(['keyboard:ps2', 'mouse:virtual', 'mouse:virtual']);
  });

  it('reads connected monitors and their EDID size, headless-safe', async () => {
    await expect(linuxDisplaysProbe(LAPTOP)).resolves.toEqual({
      monitors: [
        { connector: 'HDMI-A-1', widthCm: 53, heightCm: 30, builtin: false },
        { connector: 'eDP-1', widthCm: 31, heightCm: 17, builtin: true },
      ],
    });
    await expect(linuxDisplaysProbe(VM)).resolves.toEqual({
      monitors: [{ connector: 'Virtual-1', widthCm: 0, heightCm: 0, builtin: false }],
    });
    await expect(linuxDisplaysProbe('/nonexistent-root')).resolves.toEqual({ monitors: [] });
  });

  it('refuses bytes that are not an EDID', () => {
    expect(edidSizeCm(Buffer.alloc(128))).toBeUndefined();
    expect(edidSizeCm(Buffer.from([0, 255, 255]))).toBeUndefined();
  });
});

describe('Linux UPS readers', () => {
  it('reads NUT and apcupsd answers', () => {
    const nut = parseUpsc(
      'myups',
      'battery.charge: 100\ndevice.mfr: EATON\ndevice.model: 5E 1100i\nups.power.nominal: 1100\nups.status: OL\n',
    );
    expect(nut).toEqual({ name: 'EATON 5E 1100i', source: 'nut', nominalVA: 1100, chargePercent: 100 });
    const apc = parseApcaccess(
      'APC      : 001,036,0876\nSTATUS   : ONLINE\nMODEL    : Back-UPS ES 700G\nBCHARGE  : 100.0 Percent\nNOMPOWER : 405 Watts\n',
    );
    expect(apc).toEqual({ name: 'Back-UPS ES 700G', source: 'apcupsd', nominalVA: null, chargePercent: 100 });
    expect(parseApcaccess('')).toBeUndefined();
  });
});

describe('linuxBrowsersProbe', () => {
  const bin = mkdtempSync(join(tmpdir(), 'siapcat-bin-'));
  /** An empty root: no dpkg database or snaps, so the versions must come from `--version`. */
  const emptyRoot = mkdtempSync(join(tmpdir(), 'siapcat-root-'));
  afterAll(() => {
    rmSync(bin, { recursive: true, force: true });
    rmSync(emptyRoot, { recursive: true, force: true });
  });
  const tool = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };

  it('asks each browser on PATH for its version and reports the missing ones as null', async () => {
    tool('firefox', 'echo "Mozilla Firefox 140.12.0esr"');
    tool('chromium', 'echo "Chromium 150.0.7871.100 built on Debian GNU/Linux 12 (bookworm)"');
    const found = await linuxBrowsersProbe({ PATH: bin }, 5000, emptyRoot);
    expect(found).toEqual({
      chrome: null,
      chromium: { version: '150.0.7871.100', path: join(bin, 'chromium') },
      firefox: { version: '140.12.0esr', path: join(bin, 'firefox') },
    });
  });

  it('fails the probe when a browser on PATH does not answer in time', async () => {
    tool('google-chrome', 'exec /bin/sleep 30');
    await expect(linuxBrowsersProbe({ PATH: bin }, 300, emptyRoot)).rejects.toThrow(/google-chrome --version: timeout/);
  });

  it('reads version banners', () => {
    expect(versionFromBanner('Google Chrome 131.0.6778.85 ')).toBe('131.0.6778.85');
    expect(versionFromBanner('nothing here')).toBeUndefined();
  });
});
