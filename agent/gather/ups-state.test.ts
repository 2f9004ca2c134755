import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseApcaccessState, parseUpscState, readUpsState } from './ups-state.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/ups');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('UPS state from the tools the UPS daemons ship', () => {
  it('reads NUT upsc: on line with 100 % and 6090 s; on battery, low, 1 % and 171 s', () => {
    expect(parseUpscState('ups', fixture('upsc-cyberpower-online.txt'))).toEqual({
      source: 'nut',
      name: 'CPS CP1500PFCLCD',
      onBattery: false,
      lowBattery: false,
      chargePercent: 100,
      runtimeSeconds: 6090,
    });
    expect(parseUpscState('logic', fixture('upsc-cyberpower-onbattery.txt'))).toEqual({
      source: 'nut',
      name: 'CPS ST Series',
      onBattery: true,
      lowBattery: true,
      chargePercent: 1,
      runtimeSeconds: 171,
    });
    expect(parseUpscState('ups', 'Error: Driver not connected\n')).toBeUndefined();
  });

  it('reads apcupsd apcaccess: ONLINE with 37 minutes left; ONBATT at 96 % with 31.5 minutes', () => {
    expect(parseApcaccessState(fixture('apcaccess-online.txt'))).toEqual({
      source: 'apcupsd',
      name: 'Back-UPS RS 1500',
      onBattery: false,
      lowBattery: false,
      chargePercent: 100,
      runtimeSeconds: 2220,
    });
    expect(parseApcaccessState(fixture('apcaccess-onbatt.txt'))).toMatchObject({
      onBattery: true,
      chargePercent: 96,
      runtimeSeconds: 1890,
    });
    // `apcaccess -u` drops the units: TIMELEFT is still minutes.
    expect(parseApcaccessState('STATUS   : ONBATT LOWBATT\nBCHARGE  : 9.0\nTIMELEFT : 2.5\n')).toMatchObject({
      onBattery: true,
      lowBattery: true,
      chargePercent: 9,
      runtimeSeconds: 150,
    });
    // apcupsd without its link to the UPS says nothing current.
    expect(parseApcaccessState(fixture('apcaccess-online.txt').replace('STATUS   : ONLINE', 'STATUS   : COMMLOST'))).toBeUndefined();
    expect(parseApcaccessState('')).toBeUndefined();
  });

  describe('readUpsState with the real tools replaced by scripts on PATH', () => {
    const bins: string[] = [];
    afterAll(() => bins.forEach((b) => rmSync(b, { recursive: true, force: true })));
    const path = (tools: Record<string, string>) => {
      const bin = mkdtempSync(join(tmpdir(), 'siapcat-ups-'));
      bins.push(bin);
      for (const [name, body] of Object.entries(tools)) {
        writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
        chmodSync(join(bin, name), 0o755);
      }
      return { PATH: bin };
    };

    it('asks NUT for its first UPS, then apcupsd, and is null when neither tool is installed', async () => {
      const nut = path({
        upsc: `if [ "$1" = "-l" ]; then /bin/cat '${join(FIXTURES, 'upsc-list.txt')}'; elif [ "$1" = "logic" ]; then /bin/cat '${join(FIXTURES, 'upsc-cyberpower-onbattery.txt')}'; else exit 1; fi`,
      });
      await expect(readUpsState(nut, 5000)).resolves.toMatchObject({ source: 'nut', onBattery: true, runtimeSeconds: 171 });
      const apc = path({ apcaccess: `[ "$1" = "status" ] && /bin/cat '${join(FIXTURES, 'apcaccess-onbatt.txt')}'` });
      await expect(readUpsState(apc, 5000)).resolves.toMatchObject({ source: 'apcupsd', onBattery: true, chargePercent: 96 });
      await expect(readUpsState(path({}), 5000)).resolves.toBeNull();
    });

    it('falls back to apcupsd when NUT has no UPS or its driver is down, and gives up on a hung tool within its time', async () => {
      const broken = path({
        upsc: 'if [ "$1" = "-l" ]; then echo myups; else echo "Error: Driver not connected" >&2; exit 1; fi',
        apcaccess: `/bin/cat '${join(FIXTURES, 'apcaccess-online.txt')}'`,
      });
      await expect(readUpsState(broken, 5000)).resolves.toMatchObject({ source: 'apcupsd', onBattery: false, runtimeSeconds: 2220 });
      const hung = path({ upsc: 'exec /bin/sleep 30', apcaccess: 'exec /bin/sleep 30' });
      const started = Date.now();
      await expect(readUpsState(hung, 300)).resolves.toBeNull();
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  });
});
