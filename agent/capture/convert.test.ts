import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadinessReportSchema, ROLES } from '../../protocol/check.js';
import { manualClock } from '../../protocol/ports.js';
import { SnapshotSchema } from '../../protocol/snapshot.js';
import { factsOf } from '../facts/index.js';
import { judgeSnapshot } from '../judge.js';
import { readMachineFile } from './convert.js';

const DIR = join(import.meta.dirname, '../../test/fixtures/capture');
const clock = manualClock('2026-12-03T05:00:00Z');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const utf16le = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
const snapshotOf = (name: string) => readMachineFile(bytes(name), clock);
const judged = (name: string, role: 'client' | 'server' = 'client') => {
  const report = judgeSnapshot(snapshotOf(name), role);
  return { report, check: (id: string) => report.checks.find((c) => c.id === id)! };
};

describe('capture files from Windows XP/7/8 become the snapshot the agent would save', () => {
  it('every capture converts to a valid snapshot and judges into a valid report for every role', () => {
    for (const name of ['win7-desktop-ps.txt', 'xp-laptop-vbs.txt', 'wine-8-vbs.txt']) {
      const snapshot = snapshotOf(name);
      expect(SnapshotSchema.safeParse(snapshot).success, name).toBe(true);
      for (const role of ROLES) {
        const report = judgeSnapshot(snapshot, role);
        expect(ReadinessReportSchema.safeParse(report).success, `${name} ${role}`).toBe(true);
        for (const c of report.checks) if (c.status === 'unknown') expect(c.reason, `${name} ${role} ${c.id}`).toBeDefined();
      }
    }
  });

  it('Windows 7 desktop (PowerShell 2.0): WMI sizes in bytes as text, two disks, four adapters, a webcam of class Image', () => {
    const snapshot = snapshotOf('win7-desktop-ps.txt');
    expect(snapshot).toMatchObject({ platform: 'win32', host: 'LAB2-PC07', capturedAt: '2026-12-03T08:30:15+08:00' });
    const facts = factsOf(snapshot);
    expect(facts.cpu).toEqual({ ok: true, value: { model: 'Intel(R) Core(TM) i5-3470 CPU @ 3.20GHz', baseGhz: 3.2, maxGhz: null } });
    expect(facts.memory).toEqual({ ok: true, value: { usableBytes: 8269716 * 1024, installedBytes: 8 * 1024 ** 3 } });
    expect(facts.os).toMatchObject({ ok: true, value: { family: 'windows', version: '7', release: '6.1.7601', is64Bit: true } });
    const disks = facts.disks.ok ? facts.disks.value : [];
    expect(disks.map((d) => [d.sizeBytes, d.kind, d.removable])).toEqual([
      [500105249280, 'unknown', false],
      [15631122432, 'unknown', true],
    ]);
    const nics = facts.nics.ok ? facts.nics.value : [];
    // The WAN miniport has no connection; the unplugged virtual Wi-Fi's Int64-max speed is no speed.
    expect(nics.map((n) => [n.name, n.speedMbps, n.up, n.isDefault, n.ip4])).toEqual([
      ['Local Area Connection', 1000, true, true, '10.20.2.107'],
      ['VirtualBox Host-Only Network', 1000, true, false, '192.168.56.1'],
      ['Wireless Network Connection 2', null, false, false, null],
    ]);
    expect(nics[1]!.virtual).toBe(true);
    expect(facts.displays).toEqual({ ok: true, value: [{ name: 'DELA07B', diagonalInches: 19.1, builtin: false }] });
    expect(facts.webcams).toEqual({ ok: true, value: ['Logitech HD Webcam C270'] });
    expect(facts.laptop).toEqual({ ok: true, value: false });
    expect(facts.virtualization).toEqual({ ok: true, value: { virtual: false, host: null } });
  });

  it('Windows 7 desktop is judged by the same checklist: HDD of unknown kind, Chrome 109 too old', () => {
    const { check } = judged('win7-desktop-ps.txt');
    expect(check('cpu-speed').status).toBe('pass');
    expect(check('ram-size').status).toBe('pass');
    expect(check('nic-speed').status).toBe('pass');
    expect(check('webcam').status).toBe('pass');
    expect(check('pointing-device').status).toBe('pass');
    expect(check('keyboard').status).toBe('pass');
    expect(check('virtual-machine').status).toBe('pass');
    expect(check('display-size').status).toBe('pass');
    expect(check('browser').measured).toContain('109');
  });

  it('Windows XP laptop (VBScript): no monitor sizes, no NumberOfCores, link speed only from MSNdis_LinkSpeed (100 Mbps), 32-bit', () => {
    const snapshot = snapshotOf('xp-laptop-vbs.txt');
    const facts = factsOf(snapshot);
    expect(facts.cpu).toMatchObject({ ok: true, value: { model: 'Intel(R) Core(TM)2 Duo CPU T6600 @ 2.20GHz', baseGhz: 2.2 } });
    expect(snapshot.si.cpu).toMatchObject({ cores: 2, physicalCores: 2, processors: 2 });
    expect(facts.os).toMatchObject({ ok: true, value: { version: 'XP', is64Bit: false } });
    expect(facts.laptop).toEqual({ ok: true, value: true });
    const nics = facts.nics.ok ? facts.nics.value : [];
    expect(nics.map((n) => [n.name, n.speedMbps, n.wireless, n.up])).toEqual([
      ['Koneksi Area Lokal', 100, false, true],
      ['Koneksi Jaringan Nirkabel', 54, true, false],
    ]);
    // The monitor is listed but WMI on XP has no size for it: unknown, never pass.
    expect(facts.displays).toEqual({ ok: true, value: [{ name: 'Default Monitor', diagonalInches: null, builtin: false }] });
    const pointing = facts.pointing.ok ? facts.pointing.value : [];
    expect(pointing.map((d) => [d.bus, d.external])).toEqual([
      ['ps2', false],
      ['usb', true],
    ]);
    const { check } = judged('xp-laptop-vbs.txt');
    expect(check('os-supported').status).not.toBe('unknown');
    expect(check('nic-speed').status).toBe('pass');
    expect(check('ram-size').status).toBe('fail');
    expect(check('browser').status).toBe('fail');
    expect(check('display-size').status).not.toBe('pass');
    expect(check('webcam').status).toBe('fail');
  });

  it('what WMI could not answer reads unknown with its reason, never pass', () => {
    const text = readFileSync(join(DIR, 'win7-desktop-ps.txt'), 'utf8')
      .replace(/\[Win32_Processor\][\s\S]*?Count=1\r\n/, '[Query]\r\nClass=Win32_Processor\r\nError=Access denied (0x80041003)\r\n')
      .replace(/\[Browser\][\s\S]*\[End\]/, '[End]');
    const { check } = (() => {
      const report = judgeSnapshot(readMachineFile(utf16le(text), clock), 'client');
      return { check: (id: string) => report.checks.find((c) => c.id === id)! };
    })();
    expect(check('cpu-speed')).toMatchObject({ status: 'unknown' });
    expect(check('cpu-speed').reason?.en).toContain('Access denied');
    expect(check('browser').status).toBe('unknown');
    expect(check('browser').reason?.en).toContain('no answer in the capture file');
    expect(check('ram-size').status).toBe('pass');
  });

  it('the capture made by the VBScript under Wine 8 (UTF-16 with BOM) reads as Windows 7 with 2 cores', () => {
    const snapshot = snapshotOf('wine-8-vbs.txt');
    expect(snapshot).toMatchObject({ host: 'VM', capturedAt: '2026-12-03T12:21:25+00:00', agent: { version: 'capture-vbs/1' } });
    const facts = factsOf(snapshot);
    expect(facts.os).toMatchObject({ ok: true, value: { version: '7', is64Bit: true } });
    expect(facts.cpu).toMatchObject({ ok: true, value: { model: 'AMD EPYC', baseGhz: 2.445 } });
    expect(facts.nics.ok && facts.nics.value.map((n) => n.name)).toEqual(['ifb0', 'ifb1', 'eth0']);
  });

  it('a Linux CPU whose speed is only in its model name counts it (si speed 0 or missing)', () => {
    for (const speed of [0, undefined]) {
      const snapshot = SnapshotSchema.parse({
        format: 'siapcat-snapshot/1',
        capturedAt: '2026-12-03T05:00:00Z',
        platform: 'linux',
        si: { cpu: { manufacturer: 'Intel', brand: 'Core™ i5-3470', ...(speed === undefined ? {} : { speed }), speedMax: 3.6 } },
        probes: { cpu: { baseMhz: null, modelName: 'Intel(R) Core(TM) i5-3470 CPU @ 3.20GHz' } },
      });
      const cpu = judgeSnapshot(snapshot, 'client').checks.find((c) => c.id === 'cpu-speed')!;
      expect(cpu.status, String(speed)).toBe('pass');
      expect(factsOf(snapshot).cpu).toMatchObject({ ok: true, value: { baseGhz: 3.2 } });
    }
  });
});
