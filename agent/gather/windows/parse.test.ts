import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { busOf, parseBrowsers, parseCpu, parseInput, parseOs, parseUps, parseWebcams } from './parse.js';

const answer = (name: string) => readFileSync(join(import.meta.dirname, '../../../test/fixtures/windows', name), 'utf8');

describe('Windows probe readers on recorded ConvertTo-Json answers', () => {
  it('reads OS bitness from the OS, not from the Node process', () => {
    expect(parseOs(answer('os-win11-x64.json'))).toEqual({ machine: 'x86_64', is64Bit: true });
    expect(parseOs(answer('os-win10-x86.json'))).toEqual({ machine: 'i686', is64Bit: false });
  });

  it('takes the first processor and its MaxClockSpeed as base clock, object or array', () => {
    expect(parseCpu(answer('cpu-desktop-i5-12400.json'))).toEqual({ baseMhz: 2500, modelName: '12th Gen Intel(R) Core(TM) i5-12400' });
    expect(parseCpu(answer('cpu-server-2x-xeon.json')).baseMhz).toBe(2101);
  });

  it('counts Camera-class devices and Image-class video devices, not scanners or broken devices', () => {
    expect(parseWebcams(answer('webcam-laptop.json')).devices.map((d) => d.name)).toEqual(['Integrated Webcam']);
    expect(parseWebcams(answer('webcam-desktop-usb.json')).devices.map((d) => d.name)).toEqual(['Logi C270 HD WebCam']);
    expect(parseWebcams(answer('webcam-none.json'))).toEqual({ devices: [] });
  });

  it('tells built-in from plugged-in input devices by container id', () => {
    const laptop = parseInput(answer('input-laptop.json')).devices;
    expect(laptop).toEqual([
      expect.objectContaining({ kind: 'mouse', bus: 'i2c', internal: true }),
      expect.objectContaining({ kind: 'keyboard', bus: 'ps2', internal: true }),
      expect.objectContaining({ kind: 'mouse', bus: 'usb', internal: false }),
    ]);
  });

  it('marks hypervisor and Remote Desktop devices virtual and Bluetooth mice as Bluetooth', () => {
    expect(parseInput(answer('input-virtualbox.json')).devices.map((d) => d.bus)).toEqual(['virtual', 'ps2', 'ps2']);
    expect(parseInput(answer('input-server-rdp.json')).devices.map((d) => d.bus)).toEqual(['virtual', 'virtual', 'usb', 'usb']);
    expect(parseInput(answer('input-bluetooth-mouse.json')).devices).toEqual([
      expect.objectContaining({ bus: 'bluetooth', internal: false }),
    ]);
    expect(busOf('USB\\VID_046D&PID_C52B\\5&1')).toBe('usb');
    expect(busOf('SWD\\WHATEVER')).toBe('other');
  });

  it('reads browser versions, null when absent', () => {
    expect(parseBrowsers(answer('browsers-both-old-firefox.json'))).toEqual({
      chrome: { version: '141.0.7390.108', path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe' },
      chromium: null,
      firefox: { version: '128.3.1', path: 'C:\\Program Files\\Mozilla Firefox\\firefox.exe' },
    });
    expect(parseBrowsers(answer('browsers-none.json'))).toEqual({ chrome: null, chromium: null, firefox: null });
  });

  it('keeps UPS batteries and leaves a laptop battery out, reading VA from the model', () => {
    expect(parseUps(answer('battery-laptop-and-ups.json')).devices).toEqual([
      expect.objectContaining({ source: 'wmi', nominalVA: null, chargePercent: 100 }),
    ]);
    expect(parseUps(answer('battery-server-ups.json')).devices[0]?.nominalVA).toBe(1500);
    expect(parseUps(answer('battery-laptop-only.json'))).toEqual({ devices: [] });
    expect(parseUps(answer('battery-none.json'))).toEqual({ devices: [] });
  });

  it('turns a script that threw into an error, and garbage into an error', () => {
    expect(() => parseWebcams(answer('error-cim.json'))).toThrow(/Invalid class/);
    expect(() => parseOs(answer('error-cim.json'))).toThrow(/Invalid class/);
    expect(() => parseCpu('not json')).toThrow();
    expect(() => parseOs('')).toThrow(/empty/);
  });
});
