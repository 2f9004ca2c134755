import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeSnapshot } from '../judge.js';
import { parseSnapshot } from '../snapshot.js';

const FIELD = join(import.meta.dirname, '../../test/fixtures/field');
const judged = (file: string, role: 'client' | 'server' = 'client') => {
  const report = judgeSnapshot(parseSnapshot(readFileSync(join(FIELD, file), 'utf8')), role);
  return (id: string) => report.checks.find((c) => c.id === id)!;
};

describe('field truth of the checks (systeminformation as its users see it)', () => {
  it('a blank system() answer is no evidence of a physical machine: virtual-machine reads unknown, with why', () => {
    const vm = judged('blank-system-physical-unknown.json', 'server')('virtual-machine');
    expect(vm.status).toBe('unknown');
    expect(vm.reason?.en).toContain('came back blank');
  });

  it('other facts still decide it: a disk named by its hypervisor makes it a virtual machine', () => {
    const vm = judged('blank-system-vbox-disk.json', 'server')('virtual-machine');
    expect(vm.status).toBe('warn');
  });

  it('installed memory modules alone prove the installed RAM when mem() fails', () => {
    const ram = judged('mem-failed-modules-read.json')('ram-size');
    expect(ram).toMatchObject({ status: 'pass' });
    expect(ram.measured).toBe('8 GB terpasang');
  });
});
