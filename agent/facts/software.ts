import { known, unknownFact, type BrowserFact, type BrowsersFact, type Known, type UpsFact } from '../../checklists/facts.js';
import type { BrowsersProbe, Snapshot, UpsProbe } from '../../protocol/snapshot.js';
import { probe } from './read.js';

/** "131.0.6778.86" -> 131, "115.6.0esr" -> 115; null when there is no leading number. */
export function majorOf(version: string): number | null {
  const match = /^(\d{1,4})(?:\.|$|[a-z])/i.exec(version.trim());
  return match ? Number(match[1]) : null;
}

function browserFact(found: { version: string } | null): BrowserFact | null {
  if (!found) return null;
  const major = majorOf(found.version);
  return major === null ? null : { version: found.version, major };
}

export function browserFacts(snapshot: Snapshot): Known<BrowsersFact> {
  const b = probe<BrowsersProbe>(snapshot, 'browsers');
  if (!b.ok) return unknownFact(b.reason);
  return known({ chrome: browserFact(b.value.chrome), chromium: browserFact(b.value.chromium), firefox: browserFact(b.value.firefox) });
}

export function upsFacts(snapshot: Snapshot): Known<UpsFact[]> {
  const u = probe<UpsProbe>(snapshot, 'ups');
  if (!u.ok) return unknownFact(u.reason);
  return known(u.value.devices.map((d) => ({ name: d.name, source: d.source, nominalVA: d.nominalVA })));
}
