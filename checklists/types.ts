import type { CheckStatus, ClauseLevel, Role } from '../protocol/terms.js';
import type { Localized } from '../protocol/i18n.js';
import type { RoomKind } from '../protocol/rooms.js';
import type { FactName, Facts } from './facts.js';

/** A structured clause reference: "Lampiran C.4.b.1.a(4)/(5)" is `{section: 'C.4.b.1.a', items: [4, 5]}`. */
export interface ClauseRef {
  /** Path in the Lampiran, e.g. "C.4.b.2.a". */
  section: string;
  /** Numbered items "(n)" of that section; empty when the whole section is meant. */
  items: number[];
  level: ClauseLevel;
}

/** Text that is the same in both languages ("≥ 4 GB") or has words in it ({id, en}). */
export type Text = string | Localized;

/** What a check's evaluate returns; the judge adds id, clause, level and titles. */
export interface Outcome {
  status: CheckStatus;
  /** What was measured, with units ("15.8 GiB", "SSD 256 GB"); null when nothing was. */
  measured: Text | null;
  /** What the clause asks for this role ("≥ 4 GB"). */
  expected: Text;
  /** Why: the unknown reason, the warn caveat, or the failure detail. */
  reason?: Localized;
  /** What to do; the check's default fix is used for fail/warn/unknown when absent. */
  fix?: Localized;
}

export interface EvalContext<P> {
  role: Role;
  params: P;
}

/**
 * One requirement as data: a stable noun id, a clause per role (the roles it applies to), titles,
 * the facts it reads, its thresholds per role (`params`, venue-overridable), and a pure evaluate.
 * `logic` is bumped whenever evaluate's meaning changes, so the checklist hash changes with it.
 */
export interface CheckDef<P = unknown> {
  id: string;
  logic: number;
  clauses: Partial<Record<Role, ClauseRef>>;
  title: Localized;
  /** Short title of a failure, used in named causes ("RAM < 4 GB"). */
  failTitle: Localized;
  /** What to do about a failure, when evaluate gives nothing more specific. */
  fix: Localized;
  facts: FactName[];
  /**
   * Thresholds and choices per role, as data. Every role in `clauses` has an entry. Their schemas
   * (for venue params files) are in the checklist's params.ts, apart from the checks, so judging
   * never loads the validation library.
   */
  params: Partial<Record<Role, P>>;
  /** When false the check is left out of the report (not unknown): e.g. no network trial ran. */
  appliesTo?: (facts: Facts) => boolean;
  evaluate(facts: Facts, ctx: EvalContext<P>): Outcome;
}

/** A manual item of the site (no agent can measure it), for the dashboard's facility checklist. */
export interface FacilityItem {
  id: string;
  /** Clause as printed, e.g. "Lampiran C.4.b.1.d". */
  clause: string;
  level: ClauseLevel;
  title: Localized;
  /** What the person checking should look at and confirm. */
  verify: Localized;
  /** For room items: which kind of room (protocol/venue.ts). */
  roomKind?: RoomKind;
}

export interface Checklist {
  id: string;
  version: string;
  title: Localized;
  /** The regulation the checklist transcribes. */
  source: string;
  checks: readonly CheckDef<any>[];
  facilities: readonly FacilityItem[];
}

/** Identity helper that keeps a check's params type checked against its schema and evaluate. */
export function defineCheck<P>(def: CheckDef<P>): CheckDef<P> {
  return def;
}
