/**
 * Passing-grade rules (nilai ambang batas) as versioned data, like the checklist: per exam kind and
 * recruitment year, the score components, the thresholds per formation track and how they combine,
 * each citing the decree it comes from and saying how far its numbers were verified.
 */
import type { Localized } from '../../protocol/i18n.js';

type Text = Localized;

/** One score component of an exam kind (SKD: TWK, TIU, TKP). */
export interface ComponentDef {
  /** Stable key, as results carry it: 'TWK'. */
  key: string;
  title: Text;
  /** Highest score the component can have; a larger value is refused at import, not judged. */
  max: number;
  /** Header names a results file may use for this column (compared upper-cased, letters and digits only). */
  headers: readonly string[];
}

/** A criterion: every criterion of a track must hold (they combine with AND). */
export type Criterion =
  | { type: 'min'; component: string; value: number }
  | { type: 'min-total'; value: number };

/** A formation track (kebutuhan umum, khusus disabilitas, ...) with its own thresholds. */
export interface Track {
  id: string;
  title: Text;
  /** Header values naming this track in a results file ("UMUM", "DISABILITAS"), compared like headers. */
  names: readonly string[];
  /**
   * The criteria; `null` when the rule has no transcribed thresholds for this track: results are then
   * "tidak dinilai" (not judged), never a guessed pass or fail.
   */
  criteria: readonly Criterion[] | null;
  /** Where in the decree, e.g. "Diktum KESATU angka 1". */
  clause: string;
}

export interface Decree {
  /** "Keputusan Menteri PANRB Nomor 321 Tahun 2024". */
  citation: string;
  title: string;
}

/** How far the numbers were checked, said plainly in the data itself. */
export interface Verification {
  /** 'decree-text': read in the decree; 'secondary-sources': agreeing reports quoting it; 'none'. */
  level: 'decree-text' | 'secondary-sources' | 'none';
  /** What was and was not verified, in English (the data's reviewers read it). */
  note: string;
  sources: readonly string[];
}

export interface PassingGradeRule {
  id: string;
  version: string;
  /** The session kind it judges (protocol/exam.ts SESSION_KINDS). */
  kind: 'SKD' | 'SKB' | 'PPPK';
  /** The recruitment (budget) year it applies to. */
  year: number;
  title: Text;
  decree: Decree;
  verification: Verification;
  /** Sessions starting on or after this date (yyyy-mm-dd, venue date) fall under this rule, until the next. */
  inForceFrom: string;
  components: readonly ComponentDef[];
  /** The total is the sum of the components (SKD); false when the file's total is its own number. */
  totalIsSum: boolean;
  /** Highest total; results above it are refused. */
  maxTotal: number;
  tracks: readonly Track[];
  /** The track of a result whose file names none. */
  defaultTrack: string;
}

/** `{id, version, sha256}` named in every computed status. */
export interface RuleRef {
  id: string;
  version: string;
  sha256: string;
}
