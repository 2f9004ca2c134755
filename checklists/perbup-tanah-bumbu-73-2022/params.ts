import { z } from 'zod';
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
const inputDevice = z.strictObject({ requireExternal: z.boolean() }) satisfies z.ZodType<InputDeviceParams>;

export const PARAMS_SCHEMAS: Record<string, z.ZodType> = {
  'cpu-speed': z.strictObject({
    minGhz: z.number().positive(),
    families: z.array(z.string()),
    familyLabel: z.string(),
    familyMismatch: z.enum(['pass', 'warn', 'fail']),
  }) satisfies z.ZodType<CpuSpeedParams>,
  'ram-size': z.strictObject({
    minGB: z.number().positive(),
    usableMarginGB: z.number().min(0).max(4),
  }) satisfies z.ZodType<RamSizeParams>,
  'os-supported': z.strictObject({
    rules: z
      .array(
        z.strictObject({
          family: z.enum(OS_FAMILIES),
          versions: z.array(z.string()).optional(),
          status: z.enum(['pass', 'warn', 'fail']),
          note: LocalizedSchema.optional(),
        }),
      )
      .min(1),
    require64Bit: z.boolean(),
    listed: z.string(),
  }) satisfies z.ZodType<OsSupportedParams>,
  'disk-size': z.strictObject({
    hddMinGB: z.number().positive().nullable(),
    ssdMinGB: z.number().positive().nullable(),
  }) satisfies z.ZodType<DiskSizeParams>,
  'nic-speed': z.strictObject({
    minMbps: z.number().positive(),
    gigabitLan: z.boolean(),
    allowWireless: z.boolean(),
  }) satisfies z.ZodType<NicSpeedParams>,
  'display-size': z.strictObject({
    minInches: z.number().positive(),
    toleranceInches: z.number().min(0).max(2),
    smallLaptopPanel: z.enum(['pass', 'warn', 'fail']),
  }) satisfies z.ZodType<DisplaySizeParams>,
  'pointing-device': inputDevice,
  keyboard: inputDevice,
  webcam: z.strictObject({}) satisfies z.ZodType<WebcamParams>,
  browser: z.strictObject({
    chromeMin: z.number().int().positive(),
    firefoxMin: z.number().int().positive(),
    acceptChromium: z.boolean(),
  }) satisfies z.ZodType<BrowserParams>,
  'virtual-machine': z.strictObject({ status: z.enum(['fail', 'warn']) }) satisfies z.ZodType<VirtualMachineParams>,
  ups: z.strictObject({ minVA: z.number().positive() }) satisfies z.ZodType<UpsParams>,
  'lan-latency': z.strictObject({
    warnAboveMs: z.number().positive(),
    failAboveMs: z.number().positive(),
  }) satisfies z.ZodType<LatencyParams>,
  'lan-loss': z.strictObject({
    warnAbovePercent: z.number().min(0).max(100),
    failAbovePercent: z.number().min(0).max(100),
  }) satisfies z.ZodType<LossParams>,
  'lan-throughput': z.strictObject({ minMbps: z.number().positive() }) satisfies z.ZodType<ThroughputParams>,
};
