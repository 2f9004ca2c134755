import { known, unknownFact, type DisplayFact, type Known } from '../../checklists/facts.js';
import type { DisplaysProbe, Snapshot } from '../../protocol/snapshot.js';
import { numberOf, probe, record, si, siMissing, str } from './read.js';

/** Diagonal in inches from width and height in centimetres; null when either is missing or absurd. */
export function diagonalInches(widthCm: number | null, heightCm: number | null): number | null {
  if (widthCm === null || heightCm === null || widthCm <= 0 || heightCm <= 0) return null;
  const inches = Math.hypot(widthCm, heightCm) / 2.54;
  return inches >= 5 && inches <= 300 ? Math.round(inches * 10) / 10 : null;
}

const INTERNAL_CONNECTION = /edp|lvds|dsi|internal/i;

/**
 * Monitors and their sizes. systeminformation's graphics().displays give sizeX/sizeY in
 * CENTIMETRES on Windows (WMI MaxHorizontalImageSize) and MILLIMETRES elsewhere (EDID detailed
 * timing); the agent's probe reads EDID from /sys/class/drm on Linux, which works without a
 * desktop session and is preferred there. `laptop` tells a laptop's own panel from an all-in-one's.
 */
export function displayFacts(snapshot: Snapshot, laptop: boolean | null): Known<DisplayFact[]> {
  const fromProbe = probe<DisplaysProbe>(snapshot, 'displays');
  if (fromProbe.ok && fromProbe.value.monitors.length > 0) {
    return known(
      fromProbe.value.monitors.map((m) => ({
        name: m.connector,
        diagonalInches: diagonalInches(m.widthCm || null, m.heightCm || null),
        builtin: m.builtin && laptop !== false,
      })),
    );
  }
  const graphics = record(si(snapshot, 'graphics'));
  if (!graphics) return fromProbe.ok ? known([]) : unknownFact(siMissing(snapshot, 'graphics'));
  const displays = Array.isArray(graphics.displays) ? graphics.displays : [];
  const toCm = snapshot.platform === 'win32' ? 1 : 0.1;
  return known(
    displays
      .map(record)
      .filter((d): d is Record<string, unknown> => d !== undefined)
      .map((d) => {
        const x = numberOf(d.sizeX);
        const y = numberOf(d.sizeY);
        const builtin = d.builtin === true || INTERNAL_CONNECTION.test(str(d.connection));
        return {
          name: str(d.model) || str(d.deviceName) || str(d.connection) || '?',
          diagonalInches: diagonalInches(x === null ? null : x * toCm, y === null ? null : y * toCm),
          builtin: builtin && laptop !== false,
        };
      }),
  );
}
