import { z } from 'zod';
import { isProbeFailure, SNAPSHOT_FORMAT } from './snapshot-format.js';

/**
 * A snapshot: what the agent read on one machine, before any judging. It can be saved on a PC
 * with no network and judged later, elsewhere, under any checklist version.
 *
 * - `si` maps systeminformation function names to their values exactly as returned (any version of
 *   the library; the facts layer reads them defensively, so they are not validated in depth here).
 * - `probes` is the agent's own format for what systeminformation cannot see. Every probe is either
 *   its data or `{error: {code, detail}}`: a failed probe is recorded, never fatal.
 */
export { SNAPSHOT_FORMAT, SI_FUNCTIONS, type SiFunction } from './snapshot-format.js';

export const PROBE_ERROR_CODES = ['timeout', 'missing-tool', 'not-supported', 'failed', 'malformed'] as const;
export type ProbeErrorCode = (typeof PROBE_ERROR_CODES)[number];

export const ProbeErrorSchema = z.object({
  code: z.enum(PROBE_ERROR_CODES),
  /** Technical detail for the IT staff (command, message); not translated. */
  detail: z.string().max(500),
});
export type ProbeError = z.infer<typeof ProbeErrorSchema>;
export const ProbeFailureSchema = z.object({ error: ProbeErrorSchema });
export type ProbeFailure = z.infer<typeof ProbeFailureSchema>;

const probe = <T extends z.ZodType>(ok: T) => z.union([ProbeFailureSchema, ok]);

export const OsProbeSchema = z.object({
  /** The kernel's machine type (uname -m / Windows native architecture): x86_64, i686, aarch64, ... */
  machine: z.string().max(40),
  /** Is the operating system (not the Node process) 64-bit; null when unreadable. */
  is64Bit: z.boolean().nullable(),
});

export const CpuProbeSchema = z.object({
  /** Base (non-turbo) clock in MHz where the OS states it (Linux cpufreq base_frequency, Windows MaxClockSpeed). */
  baseMhz: z.number().nonnegative().nullable(),
  /** The processor name as the OS reports it, e.g. "Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz". */
  modelName: z.string().max(200),
});

export const WebcamProbeSchema = z.object({
  devices: z.array(z.object({ name: z.string().max(200), source: z.enum(['v4l', 'pnp']), id: z.string().max(300).optional() })).max(50),
});

export const INPUT_BUSES = ['usb', 'bluetooth', 'ps2', 'i2c', 'acpi', 'virtual', 'other'] as const;
export const InputDeviceSchema = z.object({
  kind: z.enum(['mouse', 'keyboard']),
  name: z.string().max(200),
  bus: z.enum(INPUT_BUSES),
  /** Part of the computer itself (laptop touchpad/keyboard); null when the OS does not say. */
  internal: z.boolean().nullable(),
  id: z.string().max(300).optional(),
});
export type InputDevice = z.infer<typeof InputDeviceSchema>;
export const InputProbeSchema = z.object({ devices: z.array(InputDeviceSchema).max(100) });

export const BrowserFoundSchema = z.object({ version: z.string().max(80), path: z.string().max(400) }).nullable();
export const BrowsersProbeSchema = z.object({
  chrome: BrowserFoundSchema,
  chromium: BrowserFoundSchema,
  firefox: BrowserFoundSchema,
});

export const UpsProbeSchema = z.object({
  devices: z
    .array(
      z.object({
        name: z.string().max(200),
        source: z.enum(['nut', 'apcupsd', 'upower', 'sysfs', 'wmi']),
        /** Nominal apparent power in VA where the UPS states it. */
        nominalVA: z.number().nonnegative().nullable(),
        chargePercent: z.number().min(0).max(100).nullable(),
      }),
    )
    .max(20),
});

export const DisplaysProbeSchema = z.object({
  /** Monitors as their EDID states them: image size in whole centimetres (0 = not stated). */
  monitors: z
    .array(
      z.object({
        connector: z.string().max(100),
        widthCm: z.number().int().min(0).max(1000),
        heightCm: z.number().int().min(0).max(1000),
        builtin: z.boolean(),
      }),
    )
    .max(20),
});

/** One ping trial to one host (Lampiran C.3.b.8.b(2)); loss and averages are computed from `rttMs`. */
export const PingTrialSchema = z.object({
  host: z.string().max(255),
  /** The address pinged after name resolution; null when the name did not resolve. */
  address: z.string().max(64).nullable(),
  sent: z.number().int().min(0).max(1000),
  /** Round-trip time of each echo reply received, in ms (unreachable notices are not replies). */
  rttMs: z.array(z.number().nonnegative()).max(1000),
  /** Why the trial could not run (no ping program, name not found); `rttMs` is then empty. */
  error: ProbeErrorSchema.optional(),
  at: z.string().max(40).optional(),
});
export type PingTrial = z.infer<typeof PingTrialSchema>;

/** A throughput measurement over the hub link: `bytes` transferred in `ms`. */
export const ThroughputSchema = z.object({
  throughputMbps: z.number().nonnegative(),
  bytes: z.number().int().nonnegative(),
  ms: z.number().positive(),
  host: z.string().max(255).optional(),
  at: z.string().max(40).optional(),
});
export type Throughput = z.infer<typeof ThroughputSchema>;

/** Filled only when a network trial ran; without it the lan-* checks are not part of a report. */
export const NetworkProbeSchema = z.object({
  trials: z.array(PingTrialSchema).max(20).default([]),
  throughput: ThroughputSchema.nullable().default(null),
});
export type NetworkProbe = z.infer<typeof NetworkProbeSchema>;

export const GatherNotesSchema = z.object({
  /** How long each call took, in ms, keyed "si.cpu", "probe.webcam", ... */
  durationsMs: z.record(z.string(), z.number().nonnegative()).default({}),
  /** Calls that failed, keyed like durationsMs. A failed si call has no key in `si`. */
  failures: z.record(z.string(), ProbeErrorSchema).default({}),
});
export type GatherNotes = z.infer<typeof GatherNotesSchema>;

export const ProbesSchema = z.object({
  os: probe(OsProbeSchema).optional(),
  cpu: probe(CpuProbeSchema).optional(),
  webcam: probe(WebcamProbeSchema).optional(),
  input: probe(InputProbeSchema).optional(),
  browsers: probe(BrowsersProbeSchema).optional(),
  ups: probe(UpsProbeSchema).optional(),
  displays: probe(DisplaysProbeSchema).optional(),
  network: NetworkProbeSchema.optional(),
  gather: GatherNotesSchema.optional(),
});
export type Probes = z.infer<typeof ProbesSchema>;
export type ProbeName = Exclude<keyof Probes, 'network' | 'gather'>;

export const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  capturedAt: z.iso.datetime({ offset: true }),
  platform: z.string().min(1).max(20),
  /** Name of the machine (hostname), for the reader; not judged. */
  host: z.string().max(255).optional(),
  agent: z.object({ version: z.string().max(40), node: z.string().max(40) }).optional(),
  si: z.record(z.string(), z.unknown()).default({}),
  probes: z.record(z.string(), z.unknown()).default({}),
});
/** The snapshot envelope; `probes` is read probe by probe (see ProbesSchema) so one bad probe spoils nothing else. */
export type Snapshot = z.infer<typeof SnapshotSchema>;

export { isProbeFailure };

export type OsProbe = z.infer<typeof OsProbeSchema>;
export type CpuProbe = z.infer<typeof CpuProbeSchema>;
export type WebcamProbe = z.infer<typeof WebcamProbeSchema>;
export type InputProbe = z.infer<typeof InputProbeSchema>;
export type BrowsersProbe = z.infer<typeof BrowsersProbeSchema>;
export type UpsProbe = z.infer<typeof UpsProbeSchema>;
export type DisplaysProbe = z.infer<typeof DisplaysProbeSchema>;

const PROBE_SCHEMAS: Record<ProbeName, z.ZodType> = {
  os: OsProbeSchema,
  cpu: CpuProbeSchema,
  webcam: WebcamProbeSchema,
  input: InputProbeSchema,
  browsers: BrowsersProbeSchema,
  ups: UpsProbeSchema,
  displays: DisplaysProbeSchema,
};

const issueAt = (name: string, error: z.ZodError) => {
  const issue = error.issues[0];
  const path = issue?.path.length ? `.${issue.path.join('.')}` : '';
  return `${name}${path}: ${issue?.message ?? 'invalid'}`.slice(0, 500);
};

/**
 * Validates the probes of an untrusted snapshot one by one: a damaged probe becomes that probe's
 * `{error: {code: 'malformed'}}` (its checks then read unknown) instead of spoiling the snapshot.
 * Probes of unknown names are kept as they are (a newer agent's), and read by nobody.
 */
export function validateProbes(probes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...probes };
  for (const [name, schema] of Object.entries(PROBE_SCHEMAS)) {
    const raw = probes[name];
    if (raw === undefined) continue;
    const parsed = (isProbeFailure(raw) ? ProbeFailureSchema : schema).safeParse(raw);
    out[name] = parsed.success ? parsed.data : { error: { code: 'malformed', detail: issueAt(name, parsed.error) } };
  }
  if (probes.network !== undefined) {
    const parsed = NetworkProbeSchema.safeParse(probes.network);
    out.network = parsed.success
      ? parsed.data
      : {
          trials: [
            { host: '?', address: null, sent: 0, rttMs: [], error: { code: 'malformed', detail: issueAt('network', parsed.error) } },
          ],
          throughput: null,
        };
  }
  if (probes.gather !== undefined) {
    const parsed = GatherNotesSchema.safeParse(probes.gather);
    out.gather = parsed.success ? parsed.data : { durationsMs: {}, failures: {} };
  }
  return out;
}
