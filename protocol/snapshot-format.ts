/**
 * The snapshot format's name and the systeminformation functions a snapshot holds, without any
 * schema library, so the agent can gather before loading its validators (protocol/snapshot.ts
 * re-exports these with the schemas).
 */
export const SNAPSHOT_FORMAT = 'siapcat-snapshot/1';

/** systeminformation functions a full snapshot holds (a snapshot may lack any of them). */
export const SI_FUNCTIONS = [
  'cpu',
  'mem',
  'memLayout',
  'osInfo',
  'system',
  'chassis',
  'diskLayout',
  'blockDevices',
  'networkInterfaces',
  'networkInterfaceDefault',
  'graphics',
  'battery',
] as const;
export type SiFunction = (typeof SI_FUNCTIONS)[number];

/** Is a probe value the `{error}` of a probe that failed (rather than its data)? */
export function isProbeFailure(value: unknown): value is { error: { code: string; detail: string } } {
  return typeof value === 'object' && value !== null && 'error' in value;
}
