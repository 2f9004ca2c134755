import { z } from 'zod/mini';
import { isProbeFailure, SNAPSHOT_FORMAT } from './snapshot-format.js';
import './zod-english.js';

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
  detail: z.string().check(z.maxLength(500)),
});
export type ProbeError = z.infer<typeof ProbeErrorSchema>;
export const ProbeFailureSchema = z.object({ error: ProbeErrorSchema });
export type ProbeFailure = z.infer<typeof ProbeFailureSchema>;

const probe = <T extends z.ZodMiniType>(ok: T) => z.union([ProbeFailureSchema, ok]);

export const OsProbeSchema = z.object({
  /** The kernel's machine type (uname -m / Windows native architecture): x86_64, i686, aarch64, ... */
  machine: z.string().check(z.maxLength(40)),
  /** Is the operating system (not the Node process) 64-bit; null when unreadable. */
  is64Bit: z.nullable(z.boolean()),
});

export const CpuProbeSchema = z.object({
  /** Base (non-turbo) clock in MHz where the OS states it (Linux cpufreq base_frequency, Windows MaxClockSpeed). */
  baseMhz: z.nullable(z.number().check(z.nonnegative())),
  /** The processor name as the OS reports it, e.g. "Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz". */
  modelName: z.string().check(z.maxLength(200)),
});

export const WebcamProbeSchema = z.object({
  devices: z
    .array(
      z.object({
        name: z.string().check(z.maxLength(200)),
        source: z.enum(['v4l', 'pnp']),
        id: z.optional(z.string().check(z.maxLength(300))),
      }),
    )
    .check(z.maxLength(50)),
});

export const INPUT_BUSES = ['usb', 'bluetooth', 'ps2', 'i2c', 'acpi', 'virtual', 'other'] as const;
export const InputDeviceSchema = z.object({
  kind: z.enum(['mouse', 'keyboard']),
  name: z.string().check(z.maxLength(200)),
  bus: z.enum(INPUT_BUSES),
  /** Part of the computer itself (laptop touchpad/keyboard); null when the OS does not say. */
  internal: z.nullable(z.boolean()),
  id: z.optional(z.string().check(z.maxLength(300))),
});
export type InputDevice = z.infer<typeof InputDeviceSchema>;
export const InputProbeSchema = z.object({ devices: z.array(InputDeviceSchema).check(z.maxLength(100)) });

export const BrowserFoundSchema = z.nullable(
  z.object({ version: z.string().check(z.maxLength(80)), path: z.string().check(z.maxLength(400)) }),
);
export const BrowsersProbeSchema = z.object({
  chrome: BrowserFoundSchema,
  chromium: BrowserFoundSchema,
  firefox: BrowserFoundSchema,
});

export const UpsProbeSchema = z.object({
  devices: z
    .array(
      z.object({
        name: z.string().check(z.maxLength(200)),
        source: z.enum(['nut', 'apcupsd', 'upower', 'sysfs', 'wmi']),
        /** Nominal apparent power in VA where the UPS states it. */
        nominalVA: z.nullable(z.number().check(z.nonnegative())),
        chargePercent: z.nullable(z.number().check(z.gte(0), z.lte(100))),
      }),
    )
    .check(z.maxLength(20)),
});

export const DisplaysProbeSchema = z.object({
  /** Monitors as their EDID states them: image size in whole centimetres (0 = not stated). */
  monitors: z
    .array(
      z.object({
        connector: z.string().check(z.maxLength(100)),
        widthCm: z.int().check(z.gte(0), z.lte(1000)),
        heightCm: z.int().check(z.gte(0), z.lte(1000)),
        builtin: z.boolean(),
      }),
    )
    .check(z.maxLength(20)),
});

/** One ping trial to one host (Lampiran C.3.b.8.b(2)); loss and averages are computed from `rttMs`. */
export const PingTrialSchema = z.object({
  host: z.string().check(z.maxLength(255)),
  /** The address pinged after name resolution; null when the name did not resolve. */
  address: z.nullable(z.string().check(z.maxLength(64))),
  sent: z.int().check(z.gte(0), z.lte(1000)),
  /** Round-trip time of each echo reply received, in ms (unreachable notices are not replies). */
  rttMs: z.array(z.number().check(z.nonnegative())).check(z.maxLength(1000)),
  /** Why the trial could not run (no ping program, name not found); `rttMs` is then empty. */
  error: z.optional(ProbeErrorSchema),
  at: z.optional(z.string().check(z.maxLength(40))),
});
export type PingTrial = z.infer<typeof PingTrialSchema>;

/** A throughput measurement over the hub link: `bytes` transferred in `ms`. */
export const ThroughputSchema = z.object({
  throughputMbps: z.number().check(z.nonnegative()),
  bytes: z.int().check(z.nonnegative()),
  ms: z.number().check(z.positive()),
  host: z.optional(z.string().check(z.maxLength(255))),
  at: z.optional(z.string().check(z.maxLength(40))),
});
export type Throughput = z.infer<typeof ThroughputSchema>;

/** Filled only when a network trial ran; without it the lan-* checks are not part of a report. */
export const NetworkProbeSchema = z.object({
  trials: z._default(z.array(PingTrialSchema).check(z.maxLength(20)), []),
  throughput: z._default(z.nullable(ThroughputSchema), null),
});
export type NetworkProbe = z.infer<typeof NetworkProbeSchema>;

export const GatherNotesSchema = z.object({
  /** How long each call took, in ms, keyed "si.cpu", "probe.webcam", ... */
  durationsMs: z._default(z.record(z.string(), z.number().check(z.nonnegative())), {}),
  /** Calls that failed, keyed like durationsMs. A failed si call has no key in `si`. */
  failures: z._default(z.record(z.string(), ProbeErrorSchema), {}),
});
export type GatherNotes = z.infer<typeof GatherNotesSchema>;

export const ProbesSchema = z.object({
  os: z.optional(probe(OsProbeSchema)),
  cpu: z.optional(probe(CpuProbeSchema)),
  webcam: z.optional(probe(WebcamProbeSchema)),
  input: z.optional(probe(InputProbeSchema)),
  browsers: z.optional(probe(BrowsersProbeSchema)),
  ups: z.optional(probe(UpsProbeSchema)),
  displays: z.optional(probe(DisplaysProbeSchema)),
  network: z.optional(NetworkProbeSchema),
  gather: z.optional(GatherNotesSchema),
});
export type Probes = z.infer<typeof ProbesSchema>;
export type ProbeName = Exclude<keyof Probes, 'network' | 'gather'>;

export const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  capturedAt: z.iso.datetime({ offset: true }),
  platform: z.string().check(z.minLength(1), z.maxLength(20)),
  /** Name of the machine (hostname), for the reader; not judged. */
  host: z.optional(z.string().check(z.maxLength(255))),
  agent: z.optional(z.object({ version: z.string().check(z.maxLength(40)), node: z.string().check(z.maxLength(40)) })),
  si: z._default(z.record(z.string(), z.unknown()), {}),
  probes: z._default(z.record(z.string(), z.unknown()), {}),
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

const PROBE_SCHEMAS: Record<ProbeName, z.ZodMiniType> = {
  os: OsProbeSchema,
  cpu: CpuProbeSchema,
  webcam: WebcamProbeSchema,
  input: InputProbeSchema,
  browsers: BrowsersProbeSchema,
  ups: UpsProbeSchema,
  displays: DisplaysProbeSchema,
};

const issueAt = (name: string, error: z.core.$ZodError) => {
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
