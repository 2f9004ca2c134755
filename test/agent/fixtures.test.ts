import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeSnapshot } from '../../agent/judge.js';
import { parseSnapshot } from '../../agent/snapshot.js';
import { ReadinessReportSchema, ROLES, type CheckStatus, type Role } from '../../protocol/check.js';

const DIR = join(import.meta.dirname, '../fixtures/machines');
const judge = (name: string, role: Role) => judgeSnapshot(parseSnapshot(readFileSync(join(DIR, name), 'utf8')), role);
const statuses = (name: string, role: Role) =>
  Object.fromEntries(judge(name, role).checks.map((c) => [c.id, c.status])) as Record<string, CheckStatus>;

describe('machine fixtures', () => {
  it('every fixture judges into a valid report for every role', () => {
    for (const name of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
      for (const role of ROLES) {
        const report = judge(name, role);
        expect(ReadinessReportSchema.safeParse(report).success, `${name} ${role}`).toBe(true);
        for (const check of report.checks) {
          if (check.status === 'unknown') expect(check.reason, `${name} ${role} ${check.id}`).toBeDefined();
        }
      }
    }
  });

  it('Windows 11 desktop: a ready candidate PC (USB webcam and mouse, Chrome, 24" monitor)', () => {
    expect(judge('windows11-desktop.json', 'client').verdict).toBe('ready');
    const s = statuses('windows11-desktop.json', 'mobile-server');
    expect(s).toMatchObject({ 'cpu-speed': 'warn', 'os-supported': 'warn', ups: 'unknown' });
  });

  it('Windows 10 laptop: integrated webcam and touchpad count, the USB mouse is external, the 1.6 GHz base clock fails', () => {
    const s = statuses('windows10-laptop.json', 'client');
    expect(s).toMatchObject({
      'cpu-speed': 'fail',
      webcam: 'pass',
      'pointing-device': 'pass',
      keyboard: 'pass',
      'display-size': 'pass',
      'nic-speed': 'pass',
      browser: 'pass',
    });
    expect(judge('windows10-laptop.json', 'client').verdict).toBe('not-ready');
    // As a mobile server its 100 Mbps card is named as a cable/port fault and its 8 GB fails.
    const mobile = judge('windows10-laptop.json', 'mobile-server').checks;
    expect(mobile.find((c) => c.id === 'nic-speed')?.reason?.en).toMatch(/likely cable or port fault: the link negotiated only 100 Mbps/);
    expect(mobile.find((c) => c.id === 'ram-size')?.status).toBe('fail');
  });

  it('Windows Server 2019: ready as a server (the USB backup disk and the unplugged second NIC do not count)', () => {
    const report = judge('windows-server-2019.json', 'server');
    expect(report.verdict).toBe('ready');
    expect(report.checks.find((c) => c.id === 'ups')).toMatchObject({
      status: 'pass',
      measured: expect.stringMatching(/Smart-UPS 1500VA/),
    });
    expect(report.checks.find((c) => c.id === 'nic-speed')?.measured).toBe('1000 Mbps (Ethernet)');
    // As a mobile server: its 240 GB SSD is below 250 GB and the 1 TB HDD does not count (SSD only).
    expect(statuses('windows-server-2019.json', 'mobile-server')).toMatchObject({ 'os-supported': 'fail', 'disk-size': 'fail' });
  });

  it('Windows 11 mobile server: meets the clause but Windows 11 warns and the UPS cannot be seen', () => {
    const report = judge('windows11-mobile-server.json', 'mobile-server');
    expect(report.verdict).toBe('incomplete');
    expect(statuses('windows11-mobile-server.json', 'mobile-server')).toMatchObject({
      'cpu-speed': 'pass',
      'os-supported': 'warn',
      'disk-size': 'pass',
      ups: 'unknown',
    });
  });

  it('Linux desktop: ready, with the monitor size from EDID and the USB stick ignored', () => {
    expect(judge('linux-desktop.json', 'client').verdict).toBe('ready');
    const report = judge('linux-desktop.json', 'client');
    expect(report.checks.find((c) => c.id === 'display-size')?.measured).toBe('21.7"');
    expect(report.checks.find((c) => c.id === 'disk-size')?.measured).toBe('SSD 240 GB (SATA)');
    expect(report.checks.find((c) => c.id === 'ram-size')?.measuredText?.en).toBe('8 GB (7.7 GiB usable)');
  });

  it('VirtualBox VM: not an exam PC; its virtual NIC and sizeless display are unknown, not failures', () => {
    const s = statuses('virtualbox-windows10.json', 'client');
    expect(s).toMatchObject({
      'virtual-machine': 'fail',
      'nic-speed': 'unknown',
      'display-size': 'unknown',
      'pointing-device': 'fail',
      'disk-size': 'fail',
    });
    expect(statuses('virtualbox-windows10.json', 'server')['virtual-machine']).toBe('warn');
  });

  it('headless KVM capture: what cannot be read is unknown with its reason', () => {
    const report = judge('linux-kvm-headless.json', 'client');
    const s = Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
    expect(s).toMatchObject({
      'cpu-speed': 'unknown',
      'nic-speed': 'unknown',
      'display-size': 'unknown',
      'ram-size': 'pass',
      'disk-size': 'pass',
      'virtual-machine': 'fail',
    });
    expect(report.checks.find((c) => c.id === 'cpu-speed')?.reason?.id).toMatch(/mesin virtual/);
  });

  it('a snapshot full of timeouts: unknowns name the timed-out call; the dead hub fails lan-loss', () => {
    const report = judge('windows10-timeouts.json', 'client');
    const s = Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
    expect(s).toMatchObject({
      'cpu-speed': 'unknown',
      'disk-size': 'unknown',
      webcam: 'unknown',
      browser: 'fail',
      'lan-loss': 'fail',
      'lan-latency': 'unknown',
    });
    expect(report.checks.find((c) => c.id === 'disk-size')?.reason?.en).toBe('Reading it timed out (si.diskLayout > 25000 ms).');
    expect(report.checks.find((c) => c.id === 'lan-loss')?.measured).toBe('10.10.1.2: 100% (0/10)');
  });

  it('Linux box offered as the server: NUT shows a 650 VA UPS (fails 1 kVA), a 10" panel fails, the trial passes', () => {
    const s = statuses('linux-server-nut-ups.json', 'server');
    expect(s).toMatchObject({
      ups: 'fail',
      'display-size': 'fail',
      'os-supported': 'fail',
      'cpu-speed': 'pass',
      'disk-size': 'pass',
      'lan-latency': 'pass',
      'lan-loss': 'pass',
      'lan-throughput': 'pass',
    });
    const ups = judge('linux-server-nut-ups.json', 'server').checks.find((c) => c.id === 'ups');
    expect(ups?.measured).toBe('American Power Conversion Back-UPS ES 650G2 650 VA');
  });

  it('Windows 10 with failed readings and no ping program: unknown, each with its own reason', () => {
    const report = judge('windows10-partial-reads.json', 'client');
    const by = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(by['ram-size']).toMatchObject({
      status: 'unknown',
      reason: { en: 'Reading it failed (si.mem: Get-CimInstance : Access denied).' },
    });
    expect(by['os-supported']).toMatchObject({ status: 'unknown', reason: { en: 'Reading it timed out (si.osInfo > 15000 ms).' } });
    expect(by.browser?.status).toBe('unknown');
    expect(by['lan-loss']).toMatchObject({ status: 'unknown', reason: { en: '10.10.1.2: A program it needs is missing (ping).' } });
    expect(report.verdict).toBe('incomplete');
  });

  it("the laptop's trial over a congested uplink: replies come back but slowly, little throughput", () => {
    const s = statuses('windows10-laptop.json', 'client');
    expect(s).toMatchObject({ 'lan-latency': 'fail', 'lan-loss': 'pass', 'lan-throughput': 'fail' });
  });

  it('between them, the fixtures prove pass, fail and unknown for every check', () => {
    const seen = new Map<string, Set<CheckStatus>>();
    for (const name of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
      for (const role of ROLES) {
        for (const check of judge(name, role).checks) {
          if (!seen.has(check.id)) seen.set(check.id, new Set());
          seen.get(check.id)!.add(check.status);
        }
      }
    }
    expect(seen.size).toBe(15);
    for (const [id, statuses] of seen) {
      // lan-throughput exists only when measured, so it cannot be unknown.
      const wanted: CheckStatus[] = id === 'lan-throughput' ? ['pass', 'fail'] : ['pass', 'fail', 'unknown'];
      for (const status of wanted) expect(statuses.has(status), `${id} ${status}`).toBe(true);
    }
  });

  it('a standalone check without a network trial has no lan-* checks at all', () => {
    for (const name of ['windows11-desktop.json', 'linux-kvm-headless.json']) {
      expect(
        judge(name, 'client')
          .checks.map((c) => c.id)
          .filter((id) => id.startsWith('lan-')),
      ).toEqual([]);
    }
  });
});
