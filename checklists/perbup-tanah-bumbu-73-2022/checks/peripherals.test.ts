import { describe, expect, it } from 'vitest';
import { known } from '../../facts.js';
import type { NicFact } from '../../facts.js';
import { goodFacts, NOT_READ } from '../../../test/helpers/facts.js';
import type { CheckDef } from '../../types.js';
import type { Role } from '../../../protocol/check.js';
import { browser } from './browser.js';
import { displaySize } from './display-size.js';
import { keyboard, pointingDevice } from './input-devices.js';
import { lanAdapters, nicSpeed } from './nic-speed.js';
import { ups } from './ups.js';
import { virtualMachine } from './virtual-machine.js';
import { webcam } from './webcam.js';

const run = <P>(check: CheckDef<P>, role: Role, facts = goodFacts(), params?: Partial<P>) =>
  check.evaluate(facts, { role, params: { ...check.params[role]!, ...params } });

const nic = (o: Partial<NicFact>): NicFact => ({
  name: 'eth0',
  speedMbps: 1000,
  wireless: false,
  virtual: false,
  up: true,
  isDefault: false,
  ip4: '10.10.1.5',
  ip4Mask: '255.255.255.0',
  ...o,
});

describe('nic-speed', () => {
  it('judges the default-route adapter, not a faster virtual one', () => {
    const facts = goodFacts({
      nics: known([
        nic({ name: 'Ethernet', speedMbps: 100, isDefault: true }),
        nic({ name: 'vEthernet', speedMbps: 10000, virtual: true }),
      ]),
    });
    expect(run(nicSpeed, 'client', facts).status).toBe('pass');
    const server = run(nicSpeed, 'server', facts);
    expect(server.status).toBe('fail');
    expect(server.reason?.en).toMatch(/likely cable or port fault/);
    expect(server.reason?.id).toMatch(/kemungkinan kabel\/port rusak/);
  });

  it('names 100 Mbps as a cable fault for clients only when the venue says its LAN is gigabit', () => {
    const facts = goodFacts({ nics: known([nic({ speedMbps: 100, isDefault: true })]) });
    expect(run(nicSpeed, 'client', facts).status).toBe('pass');
    const gigabit = run(nicSpeed, 'client', facts, { gigabitLan: true });
    expect(gigabit).toMatchObject({ status: 'fail', expected: '1000 Mbps' });
    expect(gigabit.reason?.en).toMatch(/cable or port fault/);
  });

  it('fails 10 Mbps, Wi-Fi as the LAN, and no link at all', () => {
    expect(run(nicSpeed, 'client', goodFacts({ nics: known([nic({ speedMbps: 10, isDefault: true })]) })).status).toBe('fail');
    expect(run(nicSpeed, 'client', goodFacts({ nics: known([nic({ wireless: true, isDefault: true, speedMbps: 866 })]) })).status).toBe(
      'fail',
    );
    expect(run(nicSpeed, 'client', goodFacts({ nics: known([nic({ up: false })]) })).status).toBe('fail');
  });

  it('is unknown for an unreadable speed, only virtual adapters, or adapters that disagree', () => {
    expect(run(nicSpeed, 'client', goodFacts({ nics: known([nic({ speedMbps: null, isDefault: true })]) })).status).toBe('unknown');
    const vm = goodFacts({ nics: known([nic({ virtual: true, isDefault: true })]), virtualization: known({ virtual: true, host: 'KVM' }) });
    expect(run(nicSpeed, 'client', vm).status).toBe('unknown');
    const two = goodFacts({ nics: known([nic({ name: 'a', speedMbps: 1000 }), nic({ name: 'b', speedMbps: 10, ip4: '192.168.0.2' })]) });
    expect(run(nicSpeed, 'client', two).status).toBe('unknown');
    expect(run(nicSpeed, 'client', goodFacts({ nics: NOT_READ })).status).toBe('unknown');
  });

  it('picks the adapter on the subnet of the host a network trial pinged', () => {
    const nics = [nic({ name: 'exam', ip4: '10.10.1.5' }), nic({ name: 'office', ip4: '192.168.0.2', isDefault: true })];
    expect(lanAdapters(nics, ['10.10.1.2']).map((n) => n.name)).toEqual(['exam']);
    expect(lanAdapters(nics).map((n) => n.name)).toEqual(['office']);
  });
});

describe('display-size', () => {
  const display = (diagonalInches: number | null, builtin = false) => ({ name: 'm', diagonalInches, builtin });

  it('passes a 14" monitor read as 13.8" from whole centimetres, fails a 12.5" one', () => {
    expect(run(displaySize, 'client', goodFacts({ displays: known([display(13.8)]) })).status).toBe('pass');
    expect(run(displaySize, 'client', goodFacts({ displays: known([display(12.5)]) })).status).toBe('fail');
  });

  it('warns for a small laptop panel on a client, fails it on a server', () => {
    const facts = goodFacts({ displays: known([display(13.3, true)]) });
    expect(run(displaySize, 'client', facts).status).toBe('warn');
    expect(run(displaySize, 'server', facts).status).toBe('fail');
    expect(run(displaySize, 'client', goodFacts({ displays: known([display(13.3, true), display(21.5)]) })).status).toBe('pass');
  });

  it('is unknown with no monitor or none that states its size', () => {
    expect(run(displaySize, 'client', goodFacts({ displays: known([]) })).status).toBe('unknown');
    expect(run(displaySize, 'client', goodFacts({ displays: known([display(null)]) })).status).toBe('unknown');
    expect(run(displaySize, 'client', goodFacts({ displays: NOT_READ })).status).toBe('unknown');
  });
});

describe('webcam', () => {
  it('passes a camera, fails none, unknown when not read', () => {
    expect(run(webcam, 'client')).toMatchObject({ status: 'pass', measured: '1: Logi C270 HD WebCam' });
    expect(run(webcam, 'client', goodFacts({ webcams: known([]) })).status).toBe('fail');
    expect(run(webcam, 'client', goodFacts({ webcams: NOT_READ })).status).toBe('unknown');
  });
});

describe('pointing-device and keyboard', () => {
  const touchpadOnly = goodFacts({
    pointing: known([{ name: 'ELAN Touchpad', bus: 'i2c', external: false }]),
    keyboards: known([{ name: 'AT keyboard', bus: 'ps2', external: false }]),
  });

  it('asks for an external mouse on clients and the mobile server, any mouse on the server', () => {
    expect(run(pointingDevice, 'client').status).toBe('pass');
    expect(run(pointingDevice, 'client', touchpadOnly).status).toBe('fail');
    expect(run(pointingDevice, 'mobile-server', touchpadOnly).status).toBe('fail');
    expect(run(pointingDevice, 'server', touchpadOnly).status).toBe('pass');
  });

  it('accepts a laptop keyboard, fails none, unknown when not read', () => {
    expect(run(keyboard, 'client', touchpadOnly).status).toBe('pass');
    expect(run(keyboard, 'client', goodFacts({ keyboards: known([]) })).status).toBe('fail');
    expect(run(pointingDevice, 'client', goodFacts({ pointing: NOT_READ })).status).toBe('unknown');
  });
});

describe('browser', () => {
  const b = (chrome: number | null, firefox: number | null, chromium: number | null = null) =>
    goodFacts({
      browsers: known({
        chrome: chrome === null ? null : { version: `${chrome}.0.1.2`, major: chrome },
        chromium: chromium === null ? null : { version: `${chromium}.0.1.2`, major: chromium },
        firefox: firefox === null ? null : { version: `${firefox}.0esr`, major: firefox },
      }),
    });

  it('passes Chrome or Firefox at the minimum and reports both versions', () => {
    expect(run(browser, 'client', b(null, 140))).toMatchObject({ status: 'pass', measured: 'Chrome – · Firefox 140.0esr' });
    expect(run(browser, 'client', b(150, 115)).status).toBe('pass');
  });

  it('fails old or missing browsers', () => {
    expect(run(browser, 'client', b(109, 115)).reason?.en).toMatch(/older than the minimum/);
    expect(run(browser, 'client', b(null, null)).reason?.en).toMatch(/Neither/);
  });

  it('counts Chromium as Chrome unless the venue says otherwise, and takes raised minimums', () => {
    expect(run(browser, 'client', b(null, null, 150)).status).toBe('pass');
    expect(run(browser, 'client', b(null, null, 150), { acceptChromium: false }).status).toBe('fail');
    expect(run(browser, 'client', b(150, null), { chromeMin: 151 }).status).toBe('fail');
    expect(run(browser, 'client', goodFacts({ browsers: NOT_READ })).status).toBe('unknown');
  });
});

describe('virtual-machine', () => {
  const vm = goodFacts({ virtualization: known({ virtual: true, host: 'VirtualBox' }) });
  it('fails a VM for clients and the mobile server, warns for the server, passes a physical PC', () => {
    expect(run(virtualMachine, 'client', vm).status).toBe('fail');
    expect(run(virtualMachine, 'mobile-server', vm).status).toBe('fail');
    expect(run(virtualMachine, 'server', vm).status).toBe('warn');
    expect(run(virtualMachine, 'client').status).toBe('pass');
    expect(run(virtualMachine, 'client', goodFacts({ virtualization: NOT_READ })).status).toBe('unknown');
  });
});

describe('ups', () => {
  it('passes a stated 1.5 kVA, warns an unstated capacity, fails 650 VA, unknown when none is seen', () => {
    expect(run(ups, 'server').status).toBe('pass');
    expect(run(ups, 'server', goodFacts({ ups: known([{ name: 'HID UPS', source: 'wmi', nominalVA: null }]) })).status).toBe('warn');
    expect(run(ups, 'server', goodFacts({ ups: known([{ name: 'Back-UPS 650', source: 'nut', nominalVA: 650 }]) })).status).toBe('fail');
    const none = run(ups, 'server', goodFacts({ ups: known([]) }));
    expect(none.status).toBe('unknown');
    expect(none.reason?.en).toMatch(/by hand/);
  });
});
