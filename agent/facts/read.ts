import type { Known } from '../../checklists/facts.js';
import type { Localized } from '../../protocol/i18n.js';
import { isProbeFailure } from '../../protocol/snapshot-format.js';
import type { ProbeError, Snapshot } from '../../protocol/snapshot.js';

/** Small readers over untrusted snapshot data: never throw, always say why something is missing. */

export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** A finite number from a number or numeric string; null otherwise. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function describeError(error: ProbeError): Localized {
  const detail = error.detail ? ` (${error.detail})` : '';
  switch (error.code) {
    case 'timeout':
      return { id: `Pembacaan melewati batas waktu${detail}.`, en: `Reading it timed out${detail}.` };
    case 'missing-tool':
      return { id: `Program yang diperlukan tidak ada${detail}.`, en: `A program it needs is missing${detail}.` };
    case 'not-supported':
      return { id: `Tidak bisa dibaca di sistem ini${detail}.`, en: `Cannot be read on this system${detail}.` };
    case 'malformed':
      return { id: `Data di snapshot rusak${detail}.`, en: `The data in the snapshot is damaged${detail}.` };
    default:
      return { id: `Pembacaan gagal${detail}.`, en: `Reading it failed${detail}.` };
  }
}

/** Why `si[name]` is missing: the recorded failure, or simply absent from the snapshot. */
export function siMissing(snapshot: Snapshot, name: string): Localized {
  const failure = gatherFailure(snapshot, `si.${name}`);
  if (failure) return describeError(failure);
  return {
    id: `Data ${name} tidak ada di snapshot ini.`,
    en: `The snapshot has no ${name} data.`,
  };
}

function gatherFailure(snapshot: Snapshot, key: string): ProbeError | undefined {
  const gather = record(snapshot.probes.gather);
  const failures = record(gather?.failures);
  const failure = record(failures?.[key]);
  if (!failure) return undefined;
  return { code: (str(failure.code) || 'failed') as ProbeError['code'], detail: str(failure.detail) };
}

/** One si value if present (any type); undefined when the call failed or the key is absent. */
export function si(snapshot: Snapshot, name: string): unknown {
  return snapshot.si[name];
}

/**
 * A probe's data, or the reason it is missing or failed. The data is trusted to have the probe's
 * shape: gatherSnapshot makes it so, and parseSnapshot validates every probe of a file (a damaged
 * one arrives here as its `{error}`). factsOf still guards each fact against a surprise.
 */
export function probe<T>(snapshot: Snapshot, name: string): Known<T> {
  const raw = snapshot.probes[name];
  if (raw === undefined) {
    const failure = gatherFailure(snapshot, `probe.${name}`);
    return {
      ok: false,
      reason: failure
        ? describeError(failure)
        : { id: `Probe ${name} tidak ada di snapshot ini.`, en: `The snapshot has no ${name} probe.` },
    };
  }
  if (isProbeFailure(raw)) {
    const error = record(raw.error);
    return { ok: false, reason: describeError({ code: (str(error?.code) || 'failed') as ProbeError['code'], detail: str(error?.detail) }) };
  }
  return { ok: true, value: raw as T };
}
