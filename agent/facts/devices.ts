import { known, unknownFact, type DeviceFact, type Known } from '../../checklists/facts.js';
import type { InputDevice, InputProbe, Snapshot, WebcamProbe } from '../../protocol/snapshot.js';
import { probe, record, si, str } from './read.js';

const LAPTOP_CHASSIS = /notebook|laptop|portable|sub ?notebook|hand ?held|tablet|convertible|detachable/i;
const DESKTOP_CHASSIS = /desktop|tower|all[- ]in[- ]one|mini ?pc|rack|server|pizza|space-saving|lunch ?box|stick|blade|low profile/i;
const UPS_BATTERY = /ups|uninterruptible/i;

/**
 * Laptop or not: the chassis type says it best; otherwise a battery that is not a UPS, or a
 * built-in (eDP/LVDS) panel. Unknown when nothing says either way.
 */
export function laptopFact(snapshot: Snapshot): Known<boolean> {
  const chassisType = str(record(si(snapshot, 'chassis'))?.type);
  if (LAPTOP_CHASSIS.test(chassisType)) return known(true);
  if (DESKTOP_CHASSIS.test(chassisType)) return known(false);
  const battery = record(si(snapshot, 'battery'));
  if (battery?.hasBattery === true && !UPS_BATTERY.test(`${str(battery.model)} ${str(battery.type)}`)) return known(true);
  const graphics = record(si(snapshot, 'graphics'));
  const displays = Array.isArray(graphics?.displays) ? graphics.displays.map(record) : [];
  if (displays.some((d) => d?.builtin === true || /edp|lvds/i.test(str(d?.connection)))) return known(true);
  if (battery || displays.length > 0 || chassisType) return known(false);
  return unknownFact({ id: 'Jenis casing (laptop/desktop) tidak terbaca.', en: 'The chassis type (laptop/desktop) could not be read.' });
}

export function webcamFacts(snapshot: Snapshot): Known<string[]> {
  const cams = probe<WebcamProbe>(snapshot, 'webcam');
  if (!cams.ok) return cams;
  return known([...new Set(cams.value.devices.map((d) => d.name || '?'))]);
}

/**
 * External = a device of its own: USB or Bluetooth not marked as part of the computer, or PS/2 on
 * a desktop (on a laptop PS/2 is the built-in touchpad/keyboard). Hypervisor devices are dropped.
 */
export function isExternal(device: InputDevice, laptop: boolean | null, virtualMachine = false): boolean {
  // Windows files every PS/2 device under the computer's own container, a desktop's PS/2 mouse
  // included: for PS/2 only the chassis can tell. In a virtual machine PS/2 devices are emulated.
  if (device.bus === 'ps2') return laptop === false && !virtualMachine;
  if (device.internal === true) return false;
  if (device.bus === 'usb' || device.bus === 'bluetooth') return true;
  return device.internal === false;
}

export function inputFacts(
  snapshot: Snapshot,
  laptop: boolean | null,
  kind: 'mouse' | 'keyboard',
  virtualMachine = false,
): Known<DeviceFact[]> {
  const input = probe<InputProbe>(snapshot, 'input');
  if (!input.ok) return unknownFact(input.reason);
  return known(
    input.value.devices
      .filter((d) => d.kind === kind && d.bus !== 'virtual')
      .map((d) => ({ name: d.name || '?', bus: d.bus, external: isExternal(d, laptop, virtualMachine) })),
  );
}
