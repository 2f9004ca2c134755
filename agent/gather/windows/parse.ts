import type { InputDevice } from '../../../protocol/snapshot.js';

/**
 * Pure readers of the PowerShell probes' JSON (ConvertTo-Json of Windows PowerShell 5.1): one
 * element comes back as an object rather than an array, nothing as an empty string, and property
 * values may be null. Every reader accepts all of these.
 */
/** The script itself threw (the wrapper's catch answered `{"__error": message}`). */
export class ScriptError extends Error {}

export function jsonList(text: string): Array<Record<string, unknown>> {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const value: unknown = JSON.parse(trimmed);
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
}

export function jsonObject(text: string): Record<string, unknown> {
  const first = jsonList(text)[0];
  if (!first) throw new Error('empty answer');
  if ('__error' in first) throw new ScriptError(String(first.__error));
  return first;
}

const s = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function rejectError(items: Array<Record<string, unknown>>) {
  const err = items.find((i) => '__error' in i);
  if (err) throw new ScriptError(String(err.__error));
  return items;
}

export function parseOs(text: string) {
  const o = jsonObject(text);
  const machine = s(o.arch6432) || s(o.arch) || '';
  return {
    machine: machine.toLowerCase() === 'amd64' ? 'x86_64' : machine.toLowerCase() === 'x86' ? 'i686' : machine.toLowerCase(),
    is64Bit: typeof o.is64 === 'boolean' ? o.is64 : null,
  };
}

export function parseCpu(text: string) {
  const first = rejectError(jsonList(text))[0];
  if (!first) throw new Error('no processor listed');
  const mhz = typeof first.MaxClockSpeed === 'number' && first.MaxClockSpeed > 0 ? first.MaxClockSpeed : null;
  return { baseMhz: mhz, modelName: s(first.Name) };
}

const CLASS_BY_GUID: Record<string, string> = {
  '{ca3e7ab9-b4c3-4ae6-8251-579ef933890f}': 'camera',
  '{6bdd1fc6-810f-11d0-bec7-08002be2092f}': 'image',
};

/** Class Camera always; class Image only when it is a video device (a scanner is class Image too). */
export function parseWebcams(text: string) {
  return webcamsFrom(rejectError(jsonList(text)));
}

/** Cameras among PnP entities (PNPClass, or on Windows 7 and older only the class GUID). */
export function webcamsFrom(list: Array<Record<string, unknown>>) {
  const devices = list
    .filter((d) => s(d.Status).toUpperCase() === 'OK')
    .filter((d) => {
      const cls = s(d.PNPClass).toLowerCase() || CLASS_BY_GUID[s(d.ClassGuid).toLowerCase()] || '';
      if (cls === 'camera') return true;
      return cls === 'image' && (/usbvideo/i.test(s(d.Service)) || (/cam|video/i.test(s(d.Name)) && !/scan/i.test(s(d.Name))));
    })
    .map((d) => ({ name: s(d.Name) || '?', source: 'pnp' as const, id: s(d.DeviceID) || s(d.PNPDeviceID) }));
  return { devices };
}

const INTERNAL_CONTAINER = '{00000000-0000-0000-ffff-ffffffffffff}';
/** Hypervisors' USB ids (QEMU 0627, VirtualBox 80EE, VMware 0E0F) and Remote Desktop / Hyper-V devices. */
const VIRTUAL_ID = /^(root\\|vmbus\\|hid\\vmbus|.*vid_(0627|80ee|0e0f)&)|rdp_|terminpt/i;

export function busOf(instanceId: string): InputDevice['bus'] {
  const id = instanceId.toUpperCase();
  if (VIRTUAL_ID.test(instanceId)) return 'virtual';
  if (
    id.startsWith('BTHENUM\\') ||
    id.startsWith('BTHLE') ||
    id.includes('{00001124-0000-1000-8000-00805F9B34FB}') ||
    id.includes('{00001812-0000-1000-8000-00805F9B34FB}')
  )
    return 'bluetooth';
  if (id.startsWith('USB\\') || /^HID\\VID_/.test(id)) return 'usb';
  if (/^HID\\VEN_/.test(id) || id.startsWith('I2C')) return 'i2c';
  if (id.startsWith('ACPI\\')) return 'ps2';
  return 'other';
}

export function parseInput(text: string): { devices: InputDevice[] } {
  const devices: InputDevice[] = [];
  for (const d of rejectError(jsonList(text))) {
    const cls = s(d.Class).toLowerCase();
    if (cls !== 'mouse' && cls !== 'keyboard') continue;
    if (s(d.Status) && s(d.Status).toUpperCase() !== 'OK') continue;
    const instanceId = s(d.InstanceId);
    const container = s(d.ContainerId).toLowerCase();
    devices.push({
      kind: cls === 'mouse' ? 'mouse' : 'keyboard',
      name: s(d.Name) || '?',
      bus: busOf(instanceId),
      internal: container === '' ? null : container === INTERNAL_CONTAINER,
      id: instanceId,
    });
  }
  return { devices };
}

type Found = { version: string; path: string } | null;
const found = (v: unknown): Found => {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  return s(o.version) ? { version: s(o.version), path: s(o.path) } : null;
};

export function parseBrowsers(text: string) {
  const o = jsonObject(text);
  return { chrome: found(o.chrome), chromium: null, firefox: found(o.firefox) };
}

/** A UPS's name among Windows' batteries (Name, DeviceID): the words and makers a UPS shows, never a laptop's. */
export const UPS_NAME =
  /\bups\b|uninterruptible|back-?ups|smart-?ups|american power conversion|\bapc\b|eaton|cyberpower|powercom|\bica\b|prolink|riello|vertiv|liebert|vektor/i;

/** UPS entries among Windows' batteries; a laptop's own battery is left out. */
export function parseUps(text: string) {
  return upsFrom(rejectError(jsonList(text)));
}

/** UPS entries among Win32_Battery records; numbers may come as numbers (JSON) or text (a capture file). */
export function upsFrom(list: Array<Record<string, unknown>>) {
  const devices = list
    .filter((b) => UPS_NAME.test(`${s(b.Name)} ${s(b.DeviceID)} ${s(b.Description)}`))
    .map((b) => {
      const label = `${s(b.Name)} ${s(b.DeviceID)}`;
      const va = /(\d{3,5})\s*VA\b/i.exec(label);
      const level =
        typeof b.EstimatedChargeRemaining === 'number' ? b.EstimatedChargeRemaining : Number.parseInt(s(b.EstimatedChargeRemaining), 10);
      const charge = Number.isFinite(level) ? Math.min(100, Math.max(0, level)) : null;
      return {
        name: s(b.DeviceID) || s(b.Name) || 'UPS',
        source: 'wmi' as const,
        nominalVA: va ? Number(va[1]) : null,
        chargePercent: charge,
      };
    });
  return { devices };
}
