import { describe, expect, it } from 'vitest';
import { gatherSi, type SiLike } from './si.js';

function fakeSi(overrides: Partial<SiLike>): SiLike {
  const ok = (v: unknown) => () => Promise.resolve(v);
  return {
    cpu: ok({ brand: 'Xeon' }),
    mem: ok({ total: 1 }),
    memLayout: ok([]),
    osInfo: ok({ platform: 'linux' }),
    system: ok({}),
    chassis: ok({}),
    diskLayout: ok([]),
    blockDevices: ok([]),
    networkInterfaces: ok([]),
    networkInterfaceDefault: ok('eth0'),
    graphics: ok({ displays: [] }),
    battery: ok({}),
    ...overrides,
  };
}

describe('gatherSi', () => {
  it('keeps every value exactly as returned', async () => {
    const out = await gatherSi({ lib: fakeSi({}) });
    expect(out.values.cpu).toEqual({ brand: 'Xeon' });
    expect(out.values.networkInterfaceDefault).toBe('eth0');
    expect(out.failures).toEqual({});
    expect(Object.keys(out.durationsMs)).toHaveLength(12);
  });

  it('records a rejected or hung call as a failure and still returns the rest', async () => {
    const out = await gatherSi({
      lib: fakeSi({ graphics: () => Promise.reject(new Error('xrandr missing')), battery: () => new Promise(() => {}) }),
      scale: 0.01,
    });
    expect(out.values.graphics).toBeUndefined();
    expect(out.failures['si.graphics']).toEqual({ code: 'failed', detail: 'si.graphics: xrandr missing' });
    expect(out.failures['si.battery']?.code).toBe('timeout');
    expect(out.values.cpu).toEqual({ brand: 'Xeon' });
  });
});
