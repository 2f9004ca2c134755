import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../protocol/snapshot.js';
import { parseSnapshot } from '../snapshot.js';
import { cpuFacts, ghzFromName } from './cpu.js';
import { isExternal, laptopFact } from './devices.js';
import { diskFacts, diskKind } from './disks.js';
import { diagonalInches, displayFacts } from './displays.js';
import { factsOf } from './index.js';
import { memoryFacts } from './memory.js';
import { networkFacts } from './network.js';
import { linkSpeed, nicFacts } from './nics.js';
import { osFacts, windowsVersion } from './os.js';
import { majorOf } from './software.js';
import { virtualizationFacts } from './virtual.js';

const GiB = 1024 ** 3;
const snap = (platform: string, si: Record<string, unknown>, probes: Record<string, unknown> = {}): Snapshot => ({
  format: 'siapcat-snapshot/1',
  capturedAt: '2026-11-18T01:00:00.000Z',
  platform,
  si,
  probes,
});

describe('cpu facts', () => {
  it('prefers "@ x GHz" in the name, then the OS\'s base frequency', () => {
    expect(
      cpuFacts(
        snap(
          'linux',
          { cpu: { manufacturer: 'Intel', brand: 'Core™ i5-1235U', speed: 0.4, speedMax: 4.4 } },
          { cpu: { baseMhz: 1300, modelName: '12th Gen Intel(R) Core(TM) i5-1235U' } },
        ),
      ),
    ).toEqual({
      ok: true,
      value: { model: '12th Gen Intel(R) Core(TM) i5-1235U', baseGhz: 1.3, maxGhz: 4.4 },
    });
    expect(
      cpuFacts(snap('win32', { cpu: { speed: 1.6 } }, { cpu: { baseMhz: 1800, modelName: 'Intel(R) Core(TM) i5-8265U CPU @ 1.60GHz' } })),
    ).toMatchObject({ value: { baseGhz: 1.6 } });
    expect(ghzFromName('Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz')).toBe(2.1);
    expect(ghzFromName('AMD Ryzen 5 5600G')).toBeNull();
  });

  it("does not take Linux's current frequency for the base clock, but trusts Windows' MaxClockSpeed", () => {
    const linux = cpuFacts(snap('linux', { cpu: { manufacturer: 'Intel', brand: 'Core™ i5-1235U', speed: 0.8, speedMax: 4.4 } }));
    expect(linux).toMatchObject({ ok: true, value: { baseGhz: null, maxGhz: 4.4 } });
    const windows = cpuFacts(snap('win32', { cpu: { manufacturer: 'Intel', brand: 'Core™ i5-12400', speed: 2.5, speedMax: 2.5 } }));
    expect(windows).toMatchObject({ ok: true, value: { baseGhz: 2.5 } });
  });

  it('treats 0 (many VMs) as not reported, and a missing cpu as unknown with the recorded reason', () => {
    expect(cpuFacts(snap('linux', { cpu: { manufacturer: 'AMD', brand: 'EPYC', speed: 0, speedMax: 0 } }))).toMatchObject({
      ok: true,
      value: { baseGhz: null, maxGhz: null },
    });
    const failed = cpuFacts(
      snap('win32', {}, { gather: { durationsMs: {}, failures: { 'si.cpu': { code: 'timeout', detail: 'si.cpu > 15000 ms' } } } }),
    );
    expect(failed).toMatchObject({ ok: false, reason: { en: 'Reading it timed out (si.cpu > 15000 ms).' } });
  });
});

describe('memory facts', () => {
  it('sums installed modules and skips empty slots', () => {
    const out = memoryFacts(
      snap('linux', {
        mem: { total: 15.6 * GiB },
        memLayout: [
          { size: 8 * GiB, bank: 'BANK 0', type: 'DDR4' },
          { size: 0, type: 'Empty' },
          { size: 8 * GiB, bank: 'BANK 2', type: 'DDR4' },
        ],
      }),
    );
    expect(out).toEqual({ ok: true, value: { usableBytes: 15.6 * GiB, installedBytes: 16 * GiB } });
  });

  it('sees through the made-up entry systeminformation gives without dmidecode', () => {
    const total = 25276514304;
    const out = memoryFacts(
      snap('linux', { mem: { total }, memLayout: [{ size: total, bank: '', type: '', formFactor: '', partNum: '' }] }),
    );
    expect(out).toEqual({ ok: true, value: { usableBytes: total, installedBytes: null } });
  });
});

describe('os facts', () => {
  it('names Windows versions from the caption or the build', () => {
    expect(windowsVersion('Microsoft Windows 11 Pro', '10.0.22631', false)).toBe('11');
    expect(windowsVersion('Microsoft Windows 10 Pro', '10.0.22631', false)).toBe('11');
    expect(windowsVersion('Microsoft Windows 10 Pro', '10.0.19045', false)).toBe('10');
    expect(windowsVersion('', '6.1.7601', false)).toBe('7');
    expect(windowsVersion('Microsoft Windows 8.1 Pro', '6.3.9600', false)).toBe('8.1');
    expect(windowsVersion('Microsoft Windows Server 2012 R2 Standard', '6.3.9600', true)).toBe('2012 R2');
    expect(windowsVersion('Microsoft Windows Server Datacenter', '10.0.20348', true)).toBe('2022');
  });

  it('takes bitness from the OS probe, or a 64-bit Node process, never a 32-bit one', () => {
    const info = { platform: 'Windows', distro: 'Microsoft Windows 10 Pro', release: '10.0.19045' };
    expect(osFacts(snap('win32', { osInfo: { ...info, arch: 'ia32' } }, { os: { machine: 'i686', is64Bit: false } }))).toMatchObject({
      ok: true,
      value: { family: 'windows', version: '10', is64Bit: false },
    });
    expect(osFacts(snap('win32', { osInfo: { ...info, arch: 'ia32' } }))).toMatchObject({ ok: true, value: { is64Bit: null } });
    expect(osFacts(snap('win32', { osInfo: { ...info, arch: 'x64' } }))).toMatchObject({ ok: true, value: { is64Bit: true } });
    expect(
      osFacts(snap('linux', { osInfo: { platform: 'linux', distro: 'Ubuntu', release: '22.04.4 LTS', kernel: '6.5.0' } })),
    ).toMatchObject({ ok: true, value: { family: 'linux', name: 'Ubuntu 22.04.4 LTS', release: '6.5.0' } });
  });
});

describe('disk facts', () => {
  it('maps systeminformation types and marks USB disks removable', () => {
    expect(diskKind('SSD')).toBe('ssd');
    expect(diskKind('HD', 'NVMe')).toBe('ssd');
    expect(diskKind('HD')).toBe('hdd');
    expect(diskKind('Unspecified')).toBe('unknown');
    const out = diskFacts(snap('win32', { diskLayout: [{ name: 'WD Elements', type: 'HD', size: 2e12, interfaceType: 'USB' }] }));
    expect(out).toMatchObject({ ok: true, value: [{ removable: true, kind: 'hdd' }] });
  });

  it('falls back to whole block devices when the disk layout is empty (VMs)', () => {
    const out = diskFacts(
      snap('linux', {
        diskLayout: [],
        blockDevices: [
          { name: 'vda', type: 'disk', size: 274877906944, physical: 'HDD', removable: false },
          { name: 'zram0', type: 'disk', size: 0, physical: 'SSD' },
          { name: 'vda1', type: 'part', size: 1 },
        ],
      }),
    );
    expect(out).toEqual({ ok: true, value: [{ name: 'vda', sizeBytes: 274877906944, kind: 'hdd', interfaceType: '', removable: false }] });
  });
});

describe('nic facts', () => {
  it('reads speed in Mbit/s; null, -1, 0 and Int64 max are unknown', () => {
    expect(linkSpeed(1000)).toBe(1000);
    for (const v of [null, -1, 0, 9223372036854.775, 'x']) expect(linkSpeed(v)).toBeNull();
  });

  it('drops loopback, flags bridges and VPNs as virtual, marks the default route', () => {
    const out = nicFacts(
      snap('linux', {
        networkInterfaces: [
          { iface: 'lo', internal: true },
          {
            iface: 'enp3s0',
            ifaceName: 'enp3s0',
            operstate: 'up',
            speed: 1000,
            ip4: '10.0.0.5',
            ip4subnet: '255.255.255.0',
            virtual: false,
            type: 'wired',
          },
          { iface: 'docker0', ifaceName: 'docker0', operstate: 'down', speed: -1, virtual: false },
          { iface: 'wg0', ifaceName: 'wg0', operstate: 'unknown', ip4: '10.8.0.2', virtual: false },
        ],
        networkInterfaceDefault: 'enp3s0',
      }),
    );
    expect(out.ok && out.value.map((n) => [n.name, n.isDefault, n.virtual, n.up])).toEqual([
      ['enp3s0', true, false, true],
      ['docker0', false, true, false],
      ['wg0', false, true, true],
    ]);
  });
});

describe('display facts', () => {
  it('reads centimetres on Windows and millimetres elsewhere', () => {
    const win = displayFacts(snap('win32', { graphics: { displays: [{ model: 'P2422H', sizeX: 53, sizeY: 30 }] } }), false);
    const linux = displayFacts(snap('linux', { graphics: { displays: [{ model: 'S22F350', sizeX: 476, sizeY: 268 }] } }), false);
    expect(win).toMatchObject({ ok: true, value: [{ diagonalInches: 24 }] });
    expect(linux).toMatchObject({ ok: true, value: [{ diagonalInches: 21.5 }] });
  });

  it('prefers the EDID probe, and a laptop panel is built in only on a laptop', () => {
    const probes = { displays: { monitors: [{ connector: 'eDP-1', widthCm: 31, heightCm: 17, builtin: true }] } };
    expect(displayFacts(snap('linux', {}, probes), true)).toEqual({
      ok: true,
      value: [{ name: 'eDP-1', diagonalInches: 13.9, builtin: true }],
    });
    expect(displayFacts(snap('linux', {}, probes), false)).toMatchObject({ ok: true, value: [{ builtin: false }] });
    expect(diagonalInches(0, 0)).toBeNull();
    expect(diagonalInches(1600, 900)).toBeNull();
  });
});

describe('device facts', () => {
  it('calls USB and Bluetooth external, PS/2 external only on a desktop, built-in never', () => {
    const d = (bus: 'usb' | 'bluetooth' | 'ps2' | 'i2c', internal: boolean | null) => ({
      kind: 'mouse' as const,
      name: 'm',
      bus,
      internal,
    });
    expect(isExternal(d('usb', null), true)).toBe(true);
    expect(isExternal(d('usb', true), false)).toBe(false);
    expect(isExternal(d('bluetooth', false), true)).toBe(true);
    expect(isExternal(d('ps2', null), false)).toBe(true);
    expect(isExternal(d('ps2', null), true)).toBe(false);
    expect(isExternal(d('ps2', true), false)).toBe(true);
    expect(isExternal(d('ps2', true), null)).toBe(false);
    expect(isExternal(d('ps2', true), false, true)).toBe(false);
    expect(isExternal(d('i2c', true), false)).toBe(false);
  });

  it('tells a laptop by chassis, else a non-UPS battery or a built-in panel', () => {
    expect(laptopFact(snap('win32', { chassis: { type: 'Notebook' } }))).toEqual({ ok: true, value: true });
    expect(laptopFact(snap('win32', { chassis: { type: 'All in One' }, battery: { hasBattery: true } }))).toEqual({
      ok: true,
      value: false,
    });
    expect(laptopFact(snap('win32', { chassis: { type: 'Other' }, battery: { hasBattery: true, model: 'HID UPS Battery' } }))).toEqual({
      ok: true,
      value: false,
    });
    expect(laptopFact(snap('win32', { battery: { hasBattery: true, model: 'DELL 7FHHV05' } }))).toEqual({ ok: true, value: true });
    expect(laptopFact(snap('win32', {})).ok).toBe(false);
  });

  it('reads browser major versions', () => {
    expect(majorOf('131.0.6778.86')).toBe(131);
    expect(majorOf('115.6.0esr')).toBe(115);
    expect(majorOf('beta')).toBeNull();
  });
});

describe('virtualization facts', () => {
  it("uses systeminformation's flag and model, and the hypervisor CPU flag on Linux", () => {
    expect(virtualizationFacts(snap('win32', { system: { model: 'VirtualBox', virtual: true, virtualHost: 'VirtualBox' } }))).toEqual({
      ok: true,
      value: { virtual: true, host: 'VirtualBox' },
    });
    expect(virtualizationFacts(snap('linux', { cpu: { flags: 'fpu vme hypervisor lahf_lm' } }))).toEqual({
      ok: true,
      value: { virtual: true, host: null },
    });
    expect(virtualizationFacts(snap('win32', { system: { model: 'OptiPlex 7000', virtual: false } }))).toEqual({
      ok: true,
      value: { virtual: false, host: null },
    });
    expect(virtualizationFacts(snap('win32', {})).ok).toBe(false);
  });
});

describe('network facts', () => {
  it('are null without a trial and keep trials that could not run apart', () => {
    expect(networkFacts(snap('linux', {}))).toBeNull();
    const out = networkFacts(
      snap(
        'linux',
        {},
        {
          network: {
            trials: [
              { host: '10.10.1.2', address: '10.10.1.2', sent: 4, rttMs: [0.5, 0.7] },
              { host: 'hub', address: null, sent: 0, rttMs: [], error: { code: 'missing-tool', detail: 'ping' } },
            ],
            throughput: { throughputMbps: 93.8, bytes: 50_000_000, ms: 4264 },
          },
        },
      ),
    );
    expect(out?.pings).toEqual([
      { host: '10.10.1.2', address: '10.10.1.2', sent: 4, received: 2, lossPercent: 50, avgMs: 0.6, maxMs: 0.7 },
    ]);
    expect(out?.failed[0]?.reason.en).toMatch(/missing/);
    expect(out?.throughput).toEqual({ mbps: 93.8, bytes: 50_000_000, ms: 4264 });
  });
});

describe('factsOf', () => {
  it('never throws on a snapshot with nothing in it: every fact is unknown with a reason', () => {
    const facts = factsOf(snap('win32', {}));
    for (const key of [
      'cpu',
      'memory',
      'os',
      'disks',
      'nics',
      'displays',
      'webcams',
      'pointing',
      'keyboards',
      'browsers',
      'ups',
      'virtualization',
    ] as const) {
      const fact = facts[key];
      expect(fact.ok, key).toBe(false);
      if (!fact.ok) expect(fact.reason.id.length).toBeGreaterThan(0);
    }
  });

  it('survives wrong types where objects are expected, even in probes that skipped validation', () => {
    const facts = factsOf(
      snap(
        'linux',
        { cpu: 'x', mem: [], memLayout: 'y', osInfo: 3, diskLayout: {}, networkInterfaces: 'eth0', graphics: [], system: null },
        { webcam: { devices: 'none' }, input: 7, network: { trials: 'x' } },
      ),
    );
    expect(facts.cpu.ok).toBe(false);
    expect(facts.webcams).toMatchObject({ ok: false, reason: { en: expect.stringMatching(/could not be read/) } });
    expect(facts.pointing.ok).toBe(false);
  });

  it('reads a probe that parseSnapshot found damaged as unknown, naming the damage', () => {
    const text = JSON.stringify(snap('linux', {}, { webcam: { devices: 'none' }, network: { trials: [{ host: 'hub' }] } }));
    const facts = factsOf(parseSnapshot(text));
    expect(facts.webcams).toMatchObject({ ok: false, reason: { en: expect.stringMatching(/damaged \(webcam\.devices/) } });
    expect(facts.network?.failed[0]?.reason.en).toMatch(/damaged \(network\.trials/);
  });
});
