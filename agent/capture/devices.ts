import type { InputDevice } from '../../protocol/snapshot.js';
import { busOf, upsFrom, webcamsFrom } from '../gather/windows/parse.js';
import type { Capture, WmiRecord } from './parse.js';
import { BUS_TYPE, bool, first, int, items, list, text } from './wmi.js';

/** Disks in systeminformation's diskLayout() shape; MSFT_PhysicalDisk (Windows 8+) says SSD or HDD. */
export function diskLayout(capture: Capture): Array<Record<string, unknown>> {
  const msft = new Map(list(capture, 'MSFT_PhysicalDisk').map((d) => [text(d.DeviceId), d] as const));
  return list(capture, 'Win32_DiskDrive').map((d) => {
    const model = text(d.Model);
    const physical = msft.get(text(d.Index));
    const media = int(physical?.MediaType);
    const bus = BUS_TYPE[int(physical?.BusType) ?? -1];
    const removable = /removable|external/i.test(d.MediaType ?? '');
    const type =
      media === 4 || /\b(ssd|nvme|solid state)\b/i.test(model)
        ? 'SSD'
        : media === 3
          ? 'HD'
          : media === 5
            ? 'SCM'
            : removable
              ? 'Removable'
              : 'Unspecified';
    return {
      device: `\\\\.\\PHYSICALDRIVE${text(d.Index) || '?'}`,
      name: model || text(physical?.FriendlyName) || '?',
      vendor: '',
      size: int(d.Size) ?? int(physical?.Size) ?? 0,
      type,
      interfaceType: bus ?? text(d.InterfaceType, 20),
    };
  });
}

const IP4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Connections (adapters with a connection name, an IP address or a PCI/USB device) as networkInterfaces(). */
export function networkInterfaces(capture: Capture): Array<Record<string, unknown>> {
  const configs = new Map(list(capture, 'Win32_NetworkAdapterConfiguration').map((c) => [text(c.Index), c] as const));
  const ndis = new Map(list(capture, 'MSNdis_LinkSpeed').map((n) => [text(n.InstanceName).toLowerCase(), n] as const));
  let defaultTaken = false;
  const out: Array<Record<string, unknown>> = [];
  for (const a of list(capture, 'Win32_NetworkAdapter')) {
    const config = configs.get(text(a.Index));
    const addresses = items(config?.IPAddress);
    // A connection has a name; Wine and some drivers give none, but a PCI/USB device is still a real adapter.
    if (!text(a.NetConnectionID) && addresses.length === 0 && !/^(pci|usb)\\/i.test(text(a.PNPDeviceID, 300))) continue;
    const at = addresses.findIndex((ip) => IP4.test(ip));
    const name = text(a.Name);
    const bps = int(a.Speed);
    const ndisSpeed = int(ndis.get(name.toLowerCase())?.NdisLinkSpeed);
    const status = int(a.NetConnectionStatus);
    const gateway = items(config?.DefaultIPGateway).length > 0;
    out.push({
      iface: text(a.NetConnectionID) || name || '?',
      ifaceName: name,
      ip4: at >= 0 ? addresses[at] : '',
      ip4subnet: at >= 0 ? (items(config?.IPSubnet)[at] ?? '') : '',
      mac: text(a.MACAddress, 40),
      internal: false,
      virtual: bool(a.PhysicalAdapter) === false,
      operstate: status === 2 ? 'up' : status === 0 || status === 7 ? 'down' : 'unknown',
      type: int(a.AdapterTypeId) === 9 ? 'wireless' : 'wired',
      // Win32_NetworkAdapter.Speed is bit/s; MSNdis_LinkSpeed (Windows XP too) counts 100 bit/s.
      speed: bps !== null && bps > 0 ? bps / 1e6 : ndisSpeed !== null && ndisSpeed > 0 ? ndisSpeed / 1e4 : null,
      default: gateway && !defaultTaken ? (defaultTaken = true) : false,
    });
  }
  return out;
}

/** VideoOutputTechnology (D3DKMDT_VIDEO_OUTPUT_TECHNOLOGY) names; 0x80000000 is a laptop's own panel. */
const OUTPUT: Record<number, string> = {
  0: 'VGA',
  4: 'DVI',
  5: 'HDMI',
  6: 'LVDS',
  10: 'DP',
  11: 'eDP',
  2147483648: 'Internal',
  [-2147483648]: 'Internal',
};

/** Monitors with their size in centimetres (WmiMonitorBasicDisplayParams, Vista+), as graphics().displays on Windows. */
export function displays(capture: Capture): Array<Record<string, unknown>> {
  const connections = new Map(list(capture, 'WmiMonitorConnectionParams').map((c) => [text(c.InstanceName, 300), c] as const));
  const sized = list(capture, 'WmiMonitorBasicDisplayParams').filter((m) => bool(m.Active) !== false);
  if (sized.length > 0) {
    return sized.map((m) => {
      const instance = text(m.InstanceName, 300);
      const connection = OUTPUT[int(connections.get(instance)?.VideoOutputTechnology) ?? -1] ?? '';
      return {
        model: instance.split('\\')[1] ?? instance,
        deviceName: instance,
        sizeX: int(m.MaxHorizontalImageSize) ?? 0,
        sizeY: int(m.MaxVerticalImageSize) ?? 0,
        connection,
        builtin: /internal|edp|lvds/i.test(connection),
      };
    });
  }
  // Windows XP: monitors are listed without a size; they read unknown rather than absent.
  return list(capture, 'Win32_DesktopMonitor').map((m) => ({
    model: text(m.Name),
    deviceName: text(m.PNPDeviceID, 300),
    sizeX: 0,
    sizeY: 0,
  }));
}

const ok = (r: WmiRecord) => !r.Status || /^ok$/i.test(r.Status.trim());

export function inputDevices(capture: Capture): { devices: InputDevice[] } {
  const read = (wmiClass: string, kind: InputDevice['kind']) =>
    list(capture, wmiClass)
      .filter(ok)
      .map((d) => ({
        kind,
        name: text(d.Name) || '?',
        bus: busOf(text(d.PNPDeviceID, 300)),
        internal: null,
        id: text(d.PNPDeviceID, 300),
      }));
  return { devices: [...read('Win32_PointingDevice', 'mouse'), ...read('Win32_Keyboard', 'keyboard')] };
}

export const webcams = (capture: Capture) => webcamsFrom(list(capture, 'Win32_PnPEntity'));

export function battery(capture: Capture) {
  const all = list(capture, 'Win32_Battery');
  const own = all.find((b) => !/ups|uninterruptible/i.test(`${b.Name ?? ''} ${b.DeviceID ?? ''}`)) ?? all[0];
  return { hasBattery: all.length > 0, model: text(own?.Name), type: text(own?.Description) };
}

export const ups = (capture: Capture) => upsFrom(list(capture, 'Win32_Battery'));

/** Chrome and Firefox as the script found them; a browser found without a readable version is a failure, not "absent". */
export function browsers(capture: Capture): { chrome: Found; chromium: null; firefox: Found } | { error: string } {
  const found = (name: string): Found | 'no-version' => {
    const b = list(capture, 'Browser').find((r) => text(r.Name).toLowerCase() === name);
    if (!b) return null;
    const version = text(b.Version, 80);
    return version ? { version, path: text(b.Path, 400) } : 'no-version';
  };
  const chrome = found('chrome');
  const firefox = found('firefox');
  if (chrome === 'no-version' || firefox === 'no-version') {
    const which = chrome === 'no-version' ? 'chrome.exe' : 'firefox.exe';
    return { error: `${which} was found but its version could not be read` };
  }
  return { chrome, chromium: null, firefox };
}
type Found = { version: string; path: string } | null;

export const hasClass = (capture: Capture, wmiClass: string) => first(capture, wmiClass) !== undefined;
