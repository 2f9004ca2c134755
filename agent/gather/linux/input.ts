import type { InputDevice } from '../../../protocol/snapshot.js';
import { readText } from './files.js';

const BUS: Record<string, InputDevice['bus']> = {
  '0003': 'usb',
  '0005': 'bluetooth',
  '0011': 'ps2',
  '0018': 'i2c',
  '0019': 'acpi',
  '0006': 'virtual',
};

/** Hypervisor and software input devices: never a mouse or keyboard someone can touch. */
const VIRTUAL_NAME = /qemu|virtualbox|vmware|vmmouse|hyper-v|xen|spice|virtio|uinput|ydotool|synergy|barrier|parallels/i;

const EV_KEY = 0x2;
const EV_REL = 0x4;
const EV_ABS = 0x8;
const EV_REP = 0x100000;

/**
 * Mice and keyboards from /proc/bus/input/devices. A mouse is what mousedev serves (`mouseN`
 * handler: relative pointers, touchpads, tablets); a keyboard is a `kbd` device with key repeat
 * (that leaves out power buttons, lid switches and hotkey pads). Bus: 0003 USB, 0005 Bluetooth,
 * 0011 PS/2 (i8042), 0018 I2C (laptop touchpads), 0019 platform buttons.
 */
export function parseInputDevices(text: string): InputDevice[] {
  const devices: InputDevice[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const bus = /^I:.*\bBus=([0-9a-f]{4})/im.exec(block)?.[1]?.toLowerCase();
    const name = /^N:\s*Name="(.*)"\s*$/m.exec(block)?.[1] ?? '';
    const handlers = /^H:\s*Handlers=(.*)$/m.exec(block)?.[1] ?? '';
    const ev = Number.parseInt(/^B:\s*EV=([0-9a-f]+)/im.exec(block)?.[1] ?? '0', 16);
    const phys = /^P:\s*Phys=(.*)$/m.exec(block)?.[1]?.trim() ?? '';
    if (!bus) continue;
    let kindBus: InputDevice['bus'] = BUS[bus] ?? 'other';
    if (VIRTUAL_NAME.test(name)) kindBus = 'virtual';
    const internal = kindBus === 'i2c' || kindBus === 'acpi' ? true : kindBus === 'bluetooth' ? false : null;
    const base = { name, bus: kindBus, internal, ...(phys ? { id: phys } : {}) };
    const pointer = /\bmouse\d+\b/.test(handlers) && (ev & (EV_REL | EV_ABS)) !== 0;
    const keyboard = /\bkbd\b/.test(handlers) && (ev & EV_KEY) !== 0 && (ev & EV_REP) !== 0;
    if (pointer) devices.push({ kind: 'mouse', ...base });
    if (keyboard) devices.push({ kind: 'keyboard', ...base });
  }
  return devices;
}

export async function linuxInputProbe(root: string): Promise<{ devices: InputDevice[] } | undefined> {
  const text = await readText(root, 'proc/bus/input/devices');
  return text === undefined ? undefined : { devices: parseInputDevices(text) };
}
