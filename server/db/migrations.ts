import type { Migration } from './migrate.js';
import { AUTH_MIGRATIONS } from '../auth/schema.js';
import { VENUE_MIGRATIONS } from '../venue/schema.js';
import { AGENT_MIGRATIONS } from '../agents/schema.js';
import { FACILITY_MIGRATIONS } from '../facilities/schema.js';
import { EXAM_MIGRATIONS } from '../exam/schema.js';
import { RESULTS_MIGRATIONS } from '../results/schema.js';
import { OUTBOX_MIGRATIONS } from '../outbox/schema.js';
import { CUSTODY_MIGRATIONS } from '../custody/schema.js';
import { CAPTURE_MIGRATIONS } from '../captures/schema.js';

/**
 * Every schema change of the hub, in order. Each feature area owns its list (in its own folder)
 * and appends here; a name once released is never edited, only followed by a new one.
 */
export const MIGRATIONS: readonly Migration[] = [
  ...AUTH_MIGRATIONS,
  ...VENUE_MIGRATIONS,
  ...AGENT_MIGRATIONS,
  ...FACILITY_MIGRATIONS,
  ...EXAM_MIGRATIONS,
  ...RESULTS_MIGRATIONS,
  ...OUTBOX_MIGRATIONS,
  ...CUSTODY_MIGRATIONS,
  ...CAPTURE_MIGRATIONS,
];
