import { z } from 'zod/mini';
import { LocalizedSchema } from '../../protocol/check.js';
import { OS_FAMILIES } from '../facts.js';
import type { BrowserParams } from './checks/browser.js';
import type { CpuSpeedParams } from './checks/cpu-speed.js';
import type { DiskSizeParams } from './checks/disk-size.js';
import type { DisplaySizeParams } from './checks/display-size.js';
import type { InputDeviceParams } from './checks/input-devices.js';
import type { LatencyParams, LossParams, ThroughputParams } from './checks/network.js';
import type { NicSpeedParams } from './checks/nic-speed.js';
import type { OsSupportedParams } from './checks/os-supported.js';
import type { RamSizeParams } from './checks/ram-size.js';
import type { UpsParams } from './checks/ups.js';
import type { VirtualMachineParams } from './checks/virtual-machine.js';
import type { WebcamParams } from './checks/webcam.js';

/**
 * The schema of every check's params, for validating the checklist's own data (tests) and a
 * venue's params file. Kept apart from the checks so judging never loads zod; `satisfies` ties
 * each schema to its check's params type.
 */
const inputDevice = z.strictObject({ requireExternal: z.boolean() }) satisfies z.ZodMiniType<InputDeviceParams>;

export const PARAMS_SCHEMAS: Record<string, z.ZodMiniType> = {
  'cpu-speed': z.strictObject({
    minGhz: z.number().check(z.positive()),
    families: z.array(z.string()),
    familyLabel: z.string(),
    familyMismatch: z.enum(['pass', 'warn', 'fail']),
  }) satisfies z.ZodMiniType<CpuSpeedParams>,
  'ram-size': z.strictObject({
    minGB: z.number().check(z.positive()),
    usableMarginGB: z.number().check(z.gte(0), z.lte(4)),
  }) satisfies z.ZodMiniType<RamSizeParams>,
  'os-supported': z.strictObject({
    rules: z
      .array(
        z.strictObject({
          family: z.enum(OS_FAMILIES),
          versions: z.optional(z.array(z.string())),
          status: z.enum(['pass', 'warn', 'fail']),
          note: z.optional(LocalizedSchema),
        }),
      )
      .check(z.minLength(1)),
    require64Bit: z.boolean(),
    listed: z.string(),
  }) satisfies z.ZodMiniType<OsSupportedParams>,
  'disk-size': z.strictObject({
    hddMinGB: z.nullable(z.number().check(z.positive())),
    ssdMinGB: z.nullable(z.number().check(z.positive())),
  }) satisfies z.ZodMiniType<DiskSizeParams>,
  'nic-speed': z.strictObject({
    minMbps: z.number().check(z.positive()),
    gigabitLan: z.boolean(),
    allowWireless: z.boolean(),
  }) satisfies z.ZodMiniType<NicSpeedParams>,
  'display-size': z.strictObject({
    minInches: z.number().check(z.positive()),
    toleranceInches: z.number().check(z.gte(0), z.lte(2)),
    smallLaptopPanel: z.enum(['pass', 'warn', 'fail']),
  }) satisfies z.ZodMiniType<DisplaySizeParams>,
  'pointing-device': inputDevice,
  keyboard: inputDevice,
  webcam: z.strictObject({}) satisfies z.ZodMiniType<WebcamParams>,
  browser: z.strictObject({
    chromeMin: z.int().check(z.positive()),
    firefoxMin: z.int().check(z.positive()),
    acceptChromium: z.boolean(),
  }) satisfies z.ZodMiniType<BrowserParams>,
  'virtual-machine': z.strictObject({ status: z.enum(['fail', 'warn']) }) satisfies z.ZodMiniType<VirtualMachineParams>,
  ups: z.strictObject({ minVA: z.number().check(z.positive()) }) satisfies z.ZodMiniType<UpsParams>,
  'lan-latency': z.strictObject({
    warnAboveMs: z.number().check(z.positive()),
    failAboveMs: z.number().check(z.positive()),
  }) satisfies z.ZodMiniType<LatencyParams>,
  'lan-loss': z.strictObject({
    warnAbovePercent: z.number().check(z.gte(0), z.lte(100)),
    failAbovePercent: z.number().check(z.gte(0), z.lte(100)),
  }) satisfies z.ZodMiniType<LossParams>,
  'lan-throughput': z.strictObject({ minMbps: z.number().check(z.positive()) }) satisfies z.ZodMiniType<ThroughputParams>,
};
