import { describe, expect, it } from 'vitest';
import { powerOf } from './trial-io.js';

const laptop = { hasBattery: true, acConnected: false, percent: 83, model: 'DELL 5YRYV', type: 'Li-ion' };
const hidUps = { hasBattery: true, acConnected: true, percent: 100, model: 'Back-UPS ES 700G', type: 'UPS' };
const nut = {
  source: 'nut' as const,
  name: 'CPS CP1500PFCLCD',
  onBattery: true,
  lowBattery: false,
  chargePercent: 97,
  runtimeSeconds: 1680,
};

describe('powerOf', () => {
  it('takes the UPS daemon state first: a server on battery with its charge and runtime', () => {
    expect(powerOf(nut, null)).toEqual({
      source: 'battery',
      batteryPercent: null,
      ups: { onBattery: true, chargePercent: 97, source: 'nut', name: 'CPS CP1500PFCLCD', lowBattery: false, runtimeSeconds: 1680 },
    });
    // A laptop behind a UPS that is back on mains keeps its own battery's charge.
    expect(powerOf({ ...nut, onBattery: false }, { ...laptop, acConnected: true })).toMatchObject({ source: 'ac', batteryPercent: 83 });
  });

  it('without a daemon: a laptop battery, a USB HID UPS seen as a battery, or unknown', () => {
    expect(powerOf(null, laptop)).toEqual({ source: 'battery', batteryPercent: 83, ups: null });
    expect(powerOf(null, hidUps)).toEqual({
      source: 'ac',
      batteryPercent: null,
      ups: { onBattery: false, chargePercent: 100, source: 'hid' },
    });
    // Windows: systeminformation leaves `type` empty and gives Win32_Battery's DeviceID as the model.
    const windowsHid = { hasBattery: true, acConnected: false, percent: 64, model: '4B1234P12345  CyberPower CP1500PFCLCD', type: '' };
    expect(powerOf(null, windowsHid)).toEqual({
      source: 'battery',
      batteryPercent: null,
      ups: { onBattery: true, chargePercent: 64, source: 'hid' },
    });
    expect(powerOf(null, { ...laptop, model: 'DELL 5YRYV', type: '' })).toMatchObject({ batteryPercent: 83, ups: null });
    expect(powerOf(null, null)).toEqual({ source: 'unknown', batteryPercent: null, ups: null });
    expect(powerOf(null, { ...laptop, hasBattery: false })).toEqual({ source: 'unknown', batteryPercent: null, ups: null });
  });
});
