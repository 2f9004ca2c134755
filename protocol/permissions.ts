import type { RegionRole } from './region.js';
import { USER_ROLES, type UserRole } from './users.js';

const ALL: readonly UserRole[] = USER_ROLES;
/** Everyone who reads: the desk, the monitoring room and TV, the IT auditor. */
const READERS: readonly UserRole[] = ['admin', 'supervisor', 'operator', 'monitor', 'auditor'];
/** Read-only everything except the live desk: reports, exports with the full NIK, the audit log. */
const OVERSIGHT: readonly UserRole[] = ['admin', 'supervisor', 'auditor'];
/** Who runs the exam day. */
const EXAM_DAY: readonly UserRole[] = ['admin', 'supervisor'];
/** A check-in desk (and those above it). */
const DESK: readonly UserRole[] = ['admin', 'supervisor', 'operator'];

/**
 * Who may do what, as data: one row per action, naming the roles allowed to do it. Routes ask
 * `requirePermission(action)`; test/hub/permissions.test.ts walks every registered route and both
 * WebSockets for every role and the anonymous caller against this table. A feature that adds a route
 * adds its action here (grouped by feature), never an `if (role === ...)` of its own.
 *
 * admin: users, venue, tokens, settings. supervisor: the exam day incl. overrides and deletes.
 * operator: a check-in desk (check-in, lookups, PIN re-issue, incidents); no deletes, no tokens, no
 * full-NIK export. monitor: read-only live views (masked NIK). auditor: read-only everything incl.
 * reports, exports and the audit log.
 */
export const PERMISSIONS = {
  // Own login: who am I, log out.
  'session.self': ALL,

  // Users and their roles.
  'users.read': ['admin', 'auditor'],
  'users.manage': ['admin'],
  // A full encrypted backup (every NIK, the keys, the CA) downloaded from Pengaturan: the admin only.
  'backup.download': ['admin'],

  // Venue layout: rooms, seats, servers, plan import.
  'venue.read': READERS,
  'venue.manage': ['admin'],
  // Facility checklist (UPS, genset, CCTV, ...) ticked by the venue's staff.
  'facilities.read': READERS,
  'facilities.record': EXAM_DAY,

  // Exam PCs and their agents.
  'machines.read': READERS,
  'machines.recheck': EXAM_DAY,
  'machines.place': EXAM_DAY,
  // A PC;ruang;kursi file: its preview (nothing stored) and applying it (each line as one placement).
  'seating.preview': EXAM_DAY,
  'machines.import': EXAM_DAY,
  'machines.delete': ['admin'],
  // Enrolling exam PCs (codes, the simulators' venue token): shown, made and revoked by the admin only.
  'enrollment.read': ['admin'],
  'enrollment.rotate': ['admin'],
  'enrollment.manage': ['admin'],
  // A PC enrolled beyond the venue plan takes a place only once the admin approves it.
  'machines.approve': ['admin'],
  // The single-file agents offered for download (no secret in them).
  'agent-bin.download': ['admin', 'supervisor', 'auditor'],
  // Old PCs (Windows XP/7/8) and offline snapshots: machine files judged on the hub.
  'captures.read': READERS,
  'captures.import': EXAM_DAY,
  'captures.delete': ['admin'],

  // Live dashboard channel (/ws/live): counts and summaries, never a full NIK.
  'live.view': READERS,

  // Exam day: sessions and their rosters.
  'sessions.read': READERS,
  'sessions.manage': EXAM_DAY,
  'sessions.delete': EXAM_DAY,
  'roster.import': EXAM_DAY,
  // The check-in desk.
  'participants.read': READERS,
  'participants.lookup': DESK,
  'checkin.record': DESK,
  'pin.reissue': DESK,
  'pin.verify': DESK,
  'refusals.read': ['admin', 'supervisor', 'operator', 'auditor'],
  // Overriding a closed PIN window or a re-issue after it (checked inside the desk's decision).
  'exam.override': EXAM_DAY,
  // Incidents (kejadian).
  'incidents.read': READERS,
  'incidents.record': DESK,
  'incidents.delete': EXAM_DAY,
  // Reports: live attendance counts for everyone; printed sheets, minutes, exports and audit for oversight.
  'attendance.read': READERS,
  'attendance.export': OVERSIGHT,
  'reports.read': OVERSIGHT,
  'audit.read': OVERSIGHT,
  // Results (hasil seleksi): import and corrections, written explanations of anomalies, the full
  // list with anomalies, the waiting-room board (monitor: read-only, never a NIK), exports, letters.
  'results.import': EXAM_DAY,
  'results.correct': EXAM_DAY,
  'results.explain': EXAM_DAY,
  'results.view': ['admin', 'supervisor', 'operator', 'auditor'],
  'results.board': READERS,
  'results.rekap': OVERSIGHT,
  'results.export': ['admin', 'auditor'],
  'results.letter': OVERSIGHT,
  'results.verify': READERS,

  // Custody and rehearsal: seals, BAST, network trial, power drill. The exam day's leaders record;
  // the monitoring team (monitor) witnesses what they saw; everyone who reads sees every record.
  'custody.read': READERS,
  'custody.record': EXAM_DAY,
  'custody.witness': ['admin', 'supervisor', 'monitor'],
  // A participant moved to a reserve PC during a session: the exam day's leaders record it.
  'custody.switch': EXAM_DAY,
  // Photos as evidence: the desk on its incidents; on seals and BAST also custody.record (checked in the route).
  'custody.photo': DESK,

  // The hub's link to its region: whom it pushes to, how far, what was refused (never the key).
  'region-link.view': READERS,

  // The regional service (siapcat region, server/region/): its own roles, never a venue's.
  'region.view': ['regional-admin', 'regional-monitor'],
  'region.enroll': ['regional-admin'],
  'region.users': ['regional-admin'],
  'region.users.read': ['regional-admin'],
  // Venue keys: revoke one, ask a hub to rotate, a new code to join again.
  'region.venues.keys': ['regional-admin'],
} as const satisfies Record<string, readonly (UserRole | RegionRole)[]>;

export type Action = keyof typeof PERMISSIONS;

/** True when a user with `role` may do `action`. Unknown roles may do nothing. */
export function can(role: string, action: Action): boolean {
  return (PERMISSIONS[action] as readonly string[]).includes(role);
}

/** Every action a user with `role` may do, as /api/me tells the dashboard (which hides what it may not). */
export function actionsOf(role: string): Action[] {
  return (Object.keys(PERMISSIONS) as Action[]).filter((action) => can(role, action));
}
