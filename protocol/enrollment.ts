import { z } from 'zod/mini';
import { RoleSchema } from './check.js';
import { IdentSchema } from './venue.js';

/**
 * Enrollment codes: what an admin makes in Pengaturan > Pendaftaran PC ujian and an exam PC's
 * `siapcat-agent install --code` spends. One code is for one PC (optionally a named id, which may
 * then also re-key that id) or a batch for a room (at most `uses` PCs), and expires. The hub keeps
 * only its hash: the code is shown once, when made.
 */
export const ENROLLMENT_CODE_MAX_HOURS = 24 * 14;

export const CreateEnrollmentCodeSchema = z.strictObject({
  kind: z.enum(['pc', 'batch']),
  label: z._default(z.string().check(z.trim(), z.maxLength(80)), ''),
  role: z._default(RoleSchema, 'client'),
  /** Batch: the room its PCs are for (their seats are typed at each PC). */
  roomId: z._default(z.nullable(IdentSchema), null),
  /** Per PC: the agent id it is for (the computer name); null lets the PC use its own name. */
  machineId: z._default(z.nullable(IdentSchema), null),
  /** Batch: how many PCs may enrol with it. */
  uses: z._default(z.int().check(z.gte(1), z.lte(1000)), 1),
  /** Hours until it expires. */
  hours: z._default(z.int().check(z.gte(1), z.lte(ENROLLMENT_CODE_MAX_HOURS)), 24),
});
export type CreateEnrollmentCode = z.infer<typeof CreateEnrollmentCodeSchema>;

export const EnrollmentCodeSchema = z.object({
  id: z.string(),
  label: z.string(),
  role: RoleSchema,
  roomId: z.nullable(z.string()),
  machineId: z.nullable(z.string()),
  maxUses: z.int(),
  uses: z.int(),
  expiresAt: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.nullable(z.string()),
  /** 'active' while it can still enrol a PC. */
  state: z.enum(['active', 'used', 'expired', 'revoked']),
});
export type EnrollmentCode = z.infer<typeof EnrollmentCodeSchema>;

/** The exact commands for an exam PC; ROOM and SEAT placeholders stay for the technician to fill. */
export const EnrollmentCommandsSchema = z.object({
  /** Windows Command Prompt (cmd.exe), run as Administrator, in the folder holding the .exe. */
  cmd: z.string(),
  /** Windows PowerShell, run as Administrator, in the folder holding the .exe. */
  powershell: z.string(),
  /** Linux shell, in the folder holding the file. */
  linux: z.string(),
});
export type EnrollmentCommands = z.infer<typeof EnrollmentCommandsSchema>;

/** The answer to making a code: the code itself (shown once) and the commands to paste. */
export const NewEnrollmentCodeSchema = z.object({
  code: z.string(),
  entry: EnrollmentCodeSchema,
  commands: EnrollmentCommandsSchema,
});
export type NewEnrollmentCode = z.infer<typeof NewEnrollmentCodeSchema>;

/** GET /api/enrollment: the hub address agents should use, the downloads, the codes. */
export const EnrollmentInfoSchema = z.object({
  hubUrl: z.string(),
  /** Where the hub listens, for the admin to compare (an address PCs cannot reach is flagged). */
  addresses: z.array(z.string()),
  downloads: z.array(
    z.object({
      file: z.string(),
      os: z.enum(['windows', 'linux']),
      bytes: z.nullable(z.number()),
      url: z.string(),
    }),
  ),
  codes: z.array(EnrollmentCodeSchema),
  /** Commands with KODE as a placeholder (the real code is shown once, when made). */
  commands: EnrollmentCommandsSchema,
  /** SHA-256 fingerprint of the hub's CA when it serves TLS (the commands carry it); null on plain HTTP. */
  caFingerprint: z.nullable(z.string()),
  /** The venue token of simulators and load tests (`siapcat simulate --token`); never for exam PCs. */
  simulatorToken: z.string(),
  /** Set when exam PCs cannot reach the address above (the hub listens on loopback only). */
  warning: z.nullable(
    z.object({
      id: z.string(),
      en: z.string(),
    }),
  ),
});
export type EnrollmentInfo = z.infer<typeof EnrollmentInfoSchema>;
