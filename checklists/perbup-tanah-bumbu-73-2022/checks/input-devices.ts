import type { DeviceFact, Known } from '../../facts.js';
import { joinText, withFact } from '../../outcome.js';
import { defineCheck, type Outcome, type Text } from '../../types.js';

export interface InputDeviceParams {
  /** Must the device be a separate one (USB/Bluetooth, PS/2 on a desktop), not a laptop's own. */
  requireExternal: boolean;
}
type Params = InputDeviceParams;

function judgeDevices(fact: Known<DeviceFact[]>, params: Params, what: { id: string; en: string }): Outcome {
  const expected: Text = params.requireExternal
    ? { id: `${what.id} eksternal ≥ 1`, en: `external ${what.en} ≥ 1` }
    : { id: `${what.id} ≥ 1`, en: `${what.en} ≥ 1` };
  return withFact(fact, expected, (devices): Outcome => {
    const external = devices.filter((d) => d.external);
    const internal = devices.filter((d) => !d.external);
    const list = (ds: DeviceFact[]) => ds.map((d) => `${d.bus.toUpperCase()}: ${d.name}`);
    const measured =
      devices.length === 0
        ? { id: 'tidak ada', en: 'none' }
        : joinText([...list(external), ...internal.map((d) => ({ id: `bawaan: ${d.name}`, en: `built-in: ${d.name}` }))], ' · ');
    if (external.length > 0 || (!params.requireExternal && internal.length > 0)) return { status: 'pass', measured, expected };
    return {
      status: 'fail',
      measured,
      expected,
      reason:
        internal.length > 0
          ? {
              id: `Hanya ${what.id} bawaan laptop; pasal meminta ${what.id} eksternal.`,
              en: `Only the laptop's own ${what.en}; the clause asks for an external one.`,
            }
          : { id: `Tidak ada ${what.id} yang terdeteksi.`, en: `No ${what.en} detected.` },
    };
  });
}

/**
 * Lampiran C.4.b.1.a(7) server "Mouse dan Keyboard"; b(6) mobile server and 2.a(7) client
 * "Mouse eksternal". External means a device of its own: USB or Bluetooth, or PS/2 on a desktop;
 * a laptop's touchpad is not one. Hypervisor pointers (QEMU tablet, VMware mouse) never count.
 */
export const pointingDevice = defineCheck<Params>({
  id: 'pointing-device',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.a', items: [7], level: 'minimal' },
    'mobile-server': { section: 'C.4.b.1.b', items: [6], level: 'minimal' },
    client: { section: 'C.4.b.2.a', items: [7], level: 'rekomendasi' },
  },
  title: { id: 'Mouse', en: 'Mouse' },
  failTitle: { id: 'Tidak ada mouse eksternal', en: 'No external mouse' },
  fix: {
    id: 'Colokkan mouse USB dan pastikan kursornya bergerak.',
    en: 'Plug in a USB mouse and make sure the pointer moves.',
  },
  facts: ['pointing'],
  params: {
    server: { requireExternal: false },
    'mobile-server': { requireExternal: true },
    client: { requireExternal: true },
  },
  evaluate: (facts, { params }) => judgeDevices(facts.pointing, params, { id: 'mouse', en: 'mouse' }),
});

/**
 * Lampiran C.4.b.1.a(7) server "Mouse dan Keyboard"; 2.a(8) client "Keyboard dan Monitor". A
 * laptop's own keyboard is a keyboard (the clause does not ask for an external one).
 */
export const keyboard = defineCheck<Params>({
  id: 'keyboard',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.a', items: [7], level: 'minimal' },
    client: { section: 'C.4.b.2.a', items: [8], level: 'rekomendasi' },
  },
  title: { id: 'Keyboard', en: 'Keyboard' },
  failTitle: { id: 'Tidak ada keyboard', en: 'No keyboard' },
  fix: {
    id: 'Colokkan keyboard USB dan pastikan tombolnya berfungsi.',
    en: 'Plug in a USB keyboard and make sure its keys work.',
  },
  facts: ['keyboards'],
  params: {
    server: { requireExternal: false },
    client: { requireExternal: false },
  },
  evaluate: (facts, { params }) => judgeDevices(facts.keyboards, params, { id: 'keyboard', en: 'keyboard' }),
});
