import type { Clock } from '../../protocol/ports.js';
import { SNAPSHOT_FORMAT, validateProbes, type ProbeError, type Snapshot } from '../../protocol/snapshot.js';
import { parseSnapshot } from '../snapshot.js';
import { decodeMachineFile } from './decode.js';
import { battery, browsers, diskLayout, displays, inputDevices, networkInterfaces, ups, webcams } from './devices.js';
import { badCapture } from './errors.js';
import { isCaptureText, parseCaptureText, type Capture } from './parse.js';
import { CHASSIS, FORM_FACTOR, MEMORY_TYPE, cimDateTime, first, int, items, list, text } from './wmi.js';

/** Which snapshot readings each WMI query feeds: a failed or missing query makes those unknown, with WMI's reason. */
const FEEDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Win32_OperatingSystem', ['si.osInfo', 'probe.os']],
  ['Win32_Processor', ['si.cpu', 'probe.cpu']],
  ['Win32_PhysicalMemory', ['si.memLayout']],
  ['Win32_DiskDrive', ['si.diskLayout']],
  ['Win32_NetworkAdapter', ['si.networkInterfaces']],
  ['Win32_Battery', ['si.battery', 'probe.ups']],
  ['Win32_PointingDevice', ['probe.input']],
  ['Win32_Keyboard', ['probe.input']],
  ['Win32_PnPEntity', ['probe.webcam']],
  ['Browser', ['probe.browsers']],
];

const VM = /virtualbox|innotek|vmware|qemu|kvm|bochs|parallels|xen|^virtual machine$/i;

function osAndCpu(capture: Capture, si: Record<string, unknown>, probes: Record<string, unknown>): void {
  const os = first(capture, 'Win32_OperatingSystem');
  const cpus = list(capture, 'Win32_Processor');
  const width = int(cpus[0]?.AddressWidth);
  const arch = text(os?.OSArchitecture, 40);
  const systemType = text(first(capture, 'Win32_ComputerSystem')?.SystemType, 40);
  // OSArchitecture is Vista+ (and localised: "64-bit", "64 bits"); XP has the processor's AddressWidth, which is the OS's.
  const is64 = /64/.test(arch)
    ? true
    : /32/.test(arch)
      ? false
      : width === 64
        ? true
        : width === 32
          ? false
          : /^x64/i.test(systemType)
            ? true
            : null;
  if (os) {
    const caption = text(os.Caption);
    si.osInfo = {
      platform: 'Windows',
      distro: caption,
      release: text(os.Version, 40),
      kernel: text(os.Version, 40),
      build: text(os.BuildNumber, 20),
      servicepack: text(os.CSDVersion, 40),
      arch: is64 === true ? 'x64' : is64 === false ? 'ia32' : '',
      hostname: text(os.CSName, 255),
    };
    probes.os = { machine: is64 === true ? 'x86_64' : is64 === false ? 'i686' : '', is64Bit: is64 };
    const kb = int(os.TotalVisibleMemorySize);
    const bytes = kb !== null && kb > 0 ? kb * 1024 : int(first(capture, 'Win32_ComputerSystem')?.TotalPhysicalMemory);
    if (bytes !== null && bytes > 0) si.mem = { total: bytes };
  }
  const cpu = cpus[0];
  if (cpu) {
    const name = text(cpu.Name);
    const mhz = int(cpu.MaxClockSpeed);
    const vendor = text(cpu.Manufacturer, 40);
    // Windows XP lists one Win32_Processor per logical processor, without NumberOfCores (before SP3's update).
    const sockets = new Set(cpus.map((c) => text(c.DeviceID, 40))).size;
    const physical = cpus.reduce((n, c) => n + (int(c.NumberOfCores) ?? 0), 0);
    const logical = cpus.reduce((n, c) => n + (int(c.NumberOfLogicalProcessors) ?? 0), 0);
    si.cpu = {
      manufacturer: /intel/i.test(vendor) ? 'Intel' : /amd/i.test(vendor) ? 'AMD' : vendor,
      brand: name,
      speed: mhz !== null && mhz > 0 ? Math.round(mhz / 10) / 100 : 0,
      cores: logical || cpus.length,
      physicalCores: physical || sockets,
      processors: sockets,
    };
    probes.cpu = { baseMhz: mhz !== null && mhz > 0 && mhz < 10_000 ? mhz : null, modelName: name };
  }
}

function machine(capture: Capture, si: Record<string, unknown>): void {
  const cs = first(capture, 'Win32_ComputerSystem');
  const product = first(capture, 'Win32_ComputerSystemProduct');
  const bios = first(capture, 'Win32_BIOS');
  if (cs || product || bios) {
    const model = text(cs?.Model) || text(product?.Name);
    const maker = text(cs?.Manufacturer) || text(product?.Vendor);
    const vm = VM.exec(`${model}`) ?? VM.exec(maker) ?? VM.exec(text(bios?.Manufacturer));
    si.system = {
      manufacturer: maker,
      model,
      serial: text(bios?.SerialNumber, 100) || text(product?.IdentifyingNumber, 100),
      uuid: text(product?.UUID, 100),
      virtual: vm !== null || (/^microsoft/i.test(maker) && /virtual machine/i.test(model)),
      ...(vm ? { virtualHost: vm[0] } : {}),
    };
  }
  const enclosure = first(capture, 'Win32_SystemEnclosure');
  const chassis = items(enclosure?.ChassisTypes)
    .map((t) => CHASSIS[int(t) ?? 0])
    .find((t) => t && t !== 'Other' && t !== 'Unknown');
  if (enclosure) si.chassis = { type: chassis ?? '' };
  si.memLayout = list(capture, 'Win32_PhysicalMemory').map((m) => ({
    size: int(m.Capacity) ?? 0,
    bank: text(m.BankLabel, 60) || text(m.DeviceLocator, 60),
    type: MEMORY_TYPE[int(m.SMBIOSMemoryType) ?? 0] ?? MEMORY_TYPE[int(m.MemoryType) ?? 0] ?? '',
    formFactor: FORM_FACTOR[int(m.FormFactor) ?? 0] ?? '',
    partNum: text(m.PartNumber, 60),
    clockSpeed: int(m.Speed),
  }));
}

/** Gather notes: each query that failed (WMI's message) or never answered (the script stopped, the file was cut). */
function failures(capture: Capture): Record<string, ProbeError> {
  const out: Record<string, ProbeError> = {};
  for (const [wmiClass, keys] of FEEDS) {
    const outcome = capture.queries.get(wmiClass);
    const error: ProbeError | null = !outcome
      ? { code: 'failed', detail: `${wmiClass}: no answer in the capture file (the script stopped early or the file was cut)` }
      : outcome.error
        ? { code: 'failed', detail: `${wmiClass}: ${outcome.error}`.slice(0, 500) }
        : null;
    if (error) for (const key of keys) out[key] ??= error;
  }
  const sized = capture.queries.get('WmiMonitorBasicDisplayParams');
  const listed = capture.queries.get('Win32_DesktopMonitor');
  if ((!sized || sized.error) && (!listed || listed.error)) {
    out['si.graphics'] = { code: 'not-supported', detail: `WmiMonitorBasicDisplayParams: ${sized?.error ?? 'no answer'}`.slice(0, 500) };
  }
  return out;
}

/**
 * A parsed capture -> the snapshot the agent would have saved on that PC: systeminformation's
 * shapes for what si reads on Windows, the agent's probes for the rest. What a query could not
 * read is left out and named in the gather notes, so its checks read unknown with WMI's reason
 * (never pass). Pure: `clock` only dates a capture that carries no time of its own.
 */
export function captureToSnapshot(capture: Capture, clock: Clock): Snapshot {
  const si: Record<string, unknown> = {};
  const probes: Record<string, unknown> = {};
  const failed = failures(capture);
  osAndCpu(capture, si, probes);
  machine(capture, si);
  const answered = (wmiClass: string) => capture.queries.has(wmiClass) && !capture.queries.get(wmiClass)!.error;
  if (answered('Win32_DiskDrive')) si.diskLayout = diskLayout(capture);
  if (answered('Win32_NetworkAdapter')) si.networkInterfaces = networkInterfaces(capture);
  if (!failed['si.graphics']) si.graphics = { controllers: [], displays: displays(capture) };
  if (answered('Win32_Battery')) {
    si.battery = battery(capture);
    probes.ups = ups(capture);
  }
  if (answered('Win32_PointingDevice') && answered('Win32_Keyboard')) probes.input = inputDevices(capture);
  if (answered('Win32_PnPEntity')) probes.webcam = webcams(capture);
  if (answered('Browser')) {
    const found = browsers(capture);
    probes.browsers = 'error' in found ? { error: { code: 'failed', detail: found.error } } : found;
  }
  if (!answered('Win32_PhysicalMemory')) delete si.memLayout;
  const os = first(capture, 'Win32_OperatingSystem');
  const dated = cimDateTime(os?.LocalDateTime);
  probes.gather = { durationsMs: {}, failures: failed };
  probes.capture = { tool: capture.tool, toolVersion: capture.toolVersion, datedBy: dated ? 'capture' : 'import' };
  return {
    format: SNAPSHOT_FORMAT,
    capturedAt: dated ?? clock.now().toISOString(),
    platform: 'win32',
    host: text(os?.CSName, 255) || text(first(capture, 'Win32_ComputerSystem')?.Name, 255) || undefined,
    agent: { version: `capture-${capture.tool}/${capture.toolVersion}`.slice(0, 40), node: '-' },
    si,
    // The same check as for a snapshot file: a value beyond its probe's limits spoils that probe only.
    probes: validateProbes(probes),
  };
}

/** Deepest nesting of a JSON text's arrays and objects (strings skipped), stopping once past `limit`. */
function nesting(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** A snapshot nests 5-6 levels; far deeper is an attack on the parser, not a snapshot. */
export const SNAPSHOT_MAX_DEPTH = 32;

/**
 * The bytes of a machine file -> a snapshot: a capture file (from the XP/7/8 scripts, any of the
 * encodings Windows writes) or a snapshot JSON (from `siapcat agent snapshot`). Everything else,
 * and anything oversized, sparse, malformed or deeply nested, is an AppError in both languages.
 */
export function readMachineFile(bytes: Uint8Array, clock: Clock): Snapshot {
  const text = decodeMachineFile(bytes);
  if (isCaptureText(text)) return captureToSnapshot(parseCaptureText(text), clock);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    if (nesting(start, SNAPSHOT_MAX_DEPTH) > SNAPSHOT_MAX_DEPTH) {
      throw badCapture(
        `Snapshot bersarang terlalu dalam (lebih dari ${SNAPSHOT_MAX_DEPTH} tingkat); itu bukan snapshot SiapCAT.`,
        `The snapshot is nested too deeply (more than ${SNAPSHOT_MAX_DEPTH} levels); it is not a SiapCAT snapshot.`,
      );
    }
    return parseSnapshot(start);
  }
  throw badCapture(
    'Berkas ini bukan tangkapan PC (baris pertama SIAPCAT-CAPTURE) maupun snapshot SiapCAT (JSON).',
    'This file is neither a PC capture (first line SIAPCAT-CAPTURE) nor a SiapCAT snapshot (JSON).',
  );
}
