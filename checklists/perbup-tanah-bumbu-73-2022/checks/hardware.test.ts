import { describe, expect, it } from 'vitest';
import { known } from '../../facts.js';
import { goodFacts, NOT_READ } from '../../../test/helpers/facts.js';
import type { CheckDef } from '../../types.js';
import type { Role } from '../../../protocol/check.js';
import { cpuSpeed, shortCpuName } from './cpu-speed.js';
import { diskSizeCheck, judgeDisk } from './disk-size.js';
import { osSupported } from './os-supported.js';
import { ramSize } from './ram-size.js';

const GiB = 1024 ** 3;
const run = <P>(check: CheckDef<P>, role: Role, facts = goodFacts()) => check.evaluate(facts, { role, params: check.params[role]! });

describe('cpu-speed', () => {
  it('passes a 2.1 GHz Xeon on every role', () => {
    for (const role of ['server', 'mobile-server', 'client'] as const) expect(run(cpuSpeed, role).status).toBe('pass');
  });

  it('fails a base clock below 2.0 GHz even when the turbo is above', () => {
    const out = run(
      cpuSpeed,
      'client',
      goodFacts({ cpu: known({ model: 'Intel(R) Core(TM) i5-8265U CPU @ 1.60GHz', baseGhz: 1.6, maxGhz: 3.9 }) }),
    );
    expect(out).toMatchObject({ status: 'fail', measured: '1.6 GHz · Intel Core i5-8265U', expected: '≥ 2.0 GHz' });
  });

  it('warns when the family is not the one the clause names', () => {
    const facts = goodFacts({ cpu: known({ model: 'AMD Ryzen 5 5600G with Radeon Graphics', baseGhz: 3.9, maxGhz: 4.4 }) });
    expect(run(cpuSpeed, 'server', facts).status).toBe('warn');
    expect(run(cpuSpeed, 'mobile-server', facts).status).toBe('warn');
    expect(run(cpuSpeed, 'client', facts).status).toBe('pass');
    expect(
      run(cpuSpeed, 'mobile-server', goodFacts({ cpu: known({ model: '12th Gen Intel(R) Core(TM) i7-1260P', baseGhz: 2.1, maxGhz: 4.7 }) }))
        .status,
    ).toBe('pass');
  });

  it('is unknown when no clock is reported, warns on a turbo-only reading, fails a low turbo', () => {
    expect(run(cpuSpeed, 'client', goodFacts({ cpu: known({ model: 'AMD EPYC', baseGhz: null, maxGhz: null }) })).status).toBe('unknown');
    expect(run(cpuSpeed, 'client', goodFacts({ cpu: known({ model: 'X', baseGhz: null, maxGhz: 4.4 }) })).status).toBe('warn');
    expect(run(cpuSpeed, 'client', goodFacts({ cpu: known({ model: 'X', baseGhz: null, maxGhz: 1.5 }) })).status).toBe('fail');
    expect(run(cpuSpeed, 'client', goodFacts({ cpu: NOT_READ })).status).toBe('unknown');
  });

  it('shortens processor names', () => {
    expect(shortCpuName('Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz')).toBe('Intel Xeon E5-2620 v4');
  });
});

describe('ram-size', () => {
  it('passes 16 GB installed although the OS can use only 15.8 GiB', () => {
    expect(run(ramSize, 'server')).toMatchObject({ status: 'pass', expected: '≥ 16 GB' });
  });

  it('fails installed memory below the clause', () => {
    const facts = goodFacts({ memory: known({ usableBytes: 7.8 * GiB, installedBytes: 8 * GiB }) });
    expect(run(ramSize, 'server', facts).status).toBe('fail');
    expect(run(ramSize, 'client', facts).status).toBe('pass');
  });

  it('judges usable memory with an allowance when the modules cannot be read', () => {
    expect(run(ramSize, 'client', goodFacts({ memory: known({ usableBytes: 3.4 * GiB, installedBytes: null }) })).status).toBe('pass');
    expect(run(ramSize, 'client', goodFacts({ memory: known({ usableBytes: 2.9 * GiB, installedBytes: null }) })).status).toBe('fail');
    expect(run(ramSize, 'server', goodFacts({ memory: known({ usableBytes: 15.8 * GiB, installedBytes: null }) })).status).toBe('pass');
    expect(run(ramSize, 'server', goodFacts({ memory: NOT_READ })).status).toBe('unknown');
  });
});

describe('os-supported', () => {
  const os = (family: 'windows' | 'windows-server' | 'linux' | 'macos', version: string, is64Bit: boolean | null = true) =>
    goodFacts({ os: known({ family, name: `${family} ${version}`, version, release: '', is64Bit }) });

  it('server: 2012/2016/2019 pass, 2022/2025 warn, desktop Windows and Linux fail, 32-bit fails', () => {
    expect(run(osSupported, 'server', os('windows-server', '2012 R2')).status).toBe('pass');
    expect(run(osSupported, 'server', os('windows-server', '2019')).status).toBe('pass');
    expect(run(osSupported, 'server', os('windows-server', '2022')).status).toBe('warn');
    expect(run(osSupported, 'server', os('windows-server', '2025')).status).toBe('warn');
    expect(run(osSupported, 'server', os('windows', '10')).status).toBe('fail');
    expect(run(osSupported, 'server', os('linux', '22.04')).status).toBe('fail');
  });

  it('mobile server: Windows 10 64-bit passes, 11 warns, 32-bit fails, unknown bitness is unknown', () => {
    expect(run(osSupported, 'mobile-server', os('windows', '10')).status).toBe('pass');
    expect(run(osSupported, 'mobile-server', os('windows', '11')).status).toBe('warn');
    expect(run(osSupported, 'mobile-server', os('windows', '10', false)).status).toBe('fail');
    expect(run(osSupported, 'mobile-server', os('windows', '10', null)).status).toBe('unknown');
  });

  it('client: Windows XP to 11 and Linux pass, 32-bit allowed; macOS fails; Windows Server warns', () => {
    for (const v of ['XP', '7', '8.1', '10', '11']) expect(run(osSupported, 'client', os('windows', v, false)).status).toBe('pass');
    expect(run(osSupported, 'client', os('linux', '22.04.4 LTS')).status).toBe('pass');
    expect(run(osSupported, 'client', os('macos', '14.5')).status).toBe('fail');
    expect(run(osSupported, 'client', os('windows-server', '2019')).status).toBe('warn');
    expect(run(osSupported, 'client', goodFacts({ os: NOT_READ })).status).toBe('unknown');
  });
});

describe('disk-size', () => {
  const disk = (kind: 'hdd' | 'ssd' | 'unknown', gb: number, removable = false) => ({
    name: 'd',
    sizeBytes: gb * 1e9,
    kind,
    interfaceType: '',
    removable,
  });

  it('decides one disk by type and vendor GB', () => {
    const server = diskSizeCheck.params.server!;
    expect(judgeDisk(disk('hdd', 500.1), server)).toBe('meets');
    expect(judgeDisk(disk('hdd', 320), server)).toBe('below');
    expect(judgeDisk(disk('ssd', 256), server)).toBe('meets');
    expect(judgeDisk(disk('unknown', 1000), server)).toBe('meets');
    expect(judgeDisk(disk('unknown', 300), server)).toBe('undecided');
    expect(judgeDisk(disk('unknown', 200), server)).toBe('below');
    const mobile = diskSizeCheck.params['mobile-server']!;
    expect(judgeDisk(disk('hdd', 1000), mobile)).toBe('below');
    expect(judgeDisk(disk('unknown', 512), mobile)).toBe('undecided');
  });

  it('passes when one internal disk meets the clause and ignores USB disks', () => {
    expect(run(diskSizeCheck, 'server', goodFacts({ disks: known([disk('ssd', 128), disk('hdd', 1000)]) })).status).toBe('pass');
    expect(run(diskSizeCheck, 'client', goodFacts({ disks: known([disk('ssd', 64), disk('hdd', 2000, true)]) })).status).toBe('fail');
  });

  it('fails an HDD on the mobile server, is unknown for an empty list or an unreadable type', () => {
    const hdd = run(diskSizeCheck, 'mobile-server', goodFacts({ disks: known([disk('hdd', 1000)]) }));
    expect(hdd.status).toBe('fail');
    expect(hdd.reason?.en).toMatch(/SSD/);
    expect(run(diskSizeCheck, 'client', goodFacts({ disks: known([]) })).status).toBe('unknown');
    expect(run(diskSizeCheck, 'mobile-server', goodFacts({ disks: known([disk('unknown', 512)]) })).status).toBe('unknown');
    expect(run(diskSizeCheck, 'client', goodFacts({ disks: NOT_READ })).status).toBe('unknown');
  });
});
