import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../../checklists/canonical.js';
import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import type { LetterContent, LetterIssued, LetterVerification } from '../../protocol/results-responses.js';
import type { AuthUser } from '../auth/users.js';
import { durably } from '../db/open.js';
import { dayName } from '../exam/time.js';
import type { ResultsDeps } from './deps.js';
import { resultsOf } from './service.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 100 bits of HMAC-SHA256(key, canonical content) in base32, grouped XXXX-XXXX-XXXX-XXXX-XXXX. */
export function letterCode(key: Uint8Array, content: LetterContent): string {
  const mac = createHmac('sha256', key).update(canonicalJson(content)).digest();
  let bits = '';
  for (const byte of mac.subarray(0, 13)) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < 100; i += 5) out += BASE32[parseInt(bits.slice(i, i + 5), 2)];
  return out.match(/.{4}/g)!.join('-');
}

/** A code as people type it back: case, spaces and dashes do not matter. */
export function normaliseCode(text: string): string {
  const plain = text.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z2-7]{20}$/.test(plain) ? plain.match(/.{4}/g)!.join('-') : '';
}

/** What the letter would state today for a participant (null when they never checked in). */
function contentNow(deps: ResultsDeps, sessionId: string, number: string, issuedAt: string): LetterContent | null {
  const { session, participants } = deps.exam.roster(sessionId);
  const p = participants.find((x) => x.number === number);
  if (!p) {
    throw new AppError(
      'not-found',
      {
        id: `Nomor peserta ${number} tidak ada di daftar peserta sesi ini.`,
        en: `Participant number ${number} is not on this session's roster.`,
      },
      { status: 404 },
    );
  }
  if (!p.checkedInAt) return null;
  const r = resultsOf(deps, sessionId);
  const row = r.results.find((x) => x.participantNumber === number);
  return {
    v: 1,
    sessionId: session.id,
    sessionName: session.name,
    kind: session.kind,
    kindLabel: session.kindLabel.id,
    day: dayName(session.startsAt, session.timeZone),
    date: session.local.date,
    start: session.local.start,
    end: session.local.end,
    zone: session.zone,
    venue: [session.venueName, session.venueAddress].filter(Boolean).join(', '),
    participantNumber: p.number,
    name: p.name,
    jabatan: p.jabatan,
    room: p.room,
    seat: p.seat,
    checkedInAt: p.checkedInAt,
    checkedInTime: p.checkedInTime,
    result: row
      ? {
          total: row.total,
          status: row.status,
          statusLabel: row.statusLabel.id,
          rule: `${r.rule.id}@${r.rule.version}`,
          ruleSha256: r.rule.sha256,
        }
      : null,
    issuedAt,
  };
}

/**
 * Issues a "Surat Keterangan Telah Mengikuti Seleksi" for a participant who checked in: what it
 * states is stored with its code (an HMAC with the hub's key, so codes cannot be guessed or forged
 * from the text) and audited. Absent participants get none: the letter would be untrue.
 */
export function issueLetter(deps: ResultsDeps, sessionId: string, rawNumber: string, user: AuthUser): LetterIssued {
  const number = rawNumber.trim().toUpperCase();
  return durably(deps.db, () => {
    const issuedAt = deps.clock.now().toISOString();
    const content = contentNow(deps, sessionId, number, issuedAt);
    if (!content) {
      throw new AppError(
        'letter-not-present',
        {
          id: `Peserta ${number} tidak registrasi di sesi ini: surat keterangan telah mengikuti seleksi tidak dapat diterbitkan.`,
          en: `Participant ${number} did not check in to this session: a letter stating they sat the selection cannot be issued.`,
        },
        { status: 409 },
      );
    }
    const code = letterCode(deps.letterKey, content);
    deps.store.saveLetter({ code, sessionId, number, content: canonicalJson(content), issuedAt, issuedBy: user.username });
    deps.audit.append({ actor: user.username, action: 'letter.issued', sessionId, subject: number, data: { code } });
    return { code, content, issuedBy: user.username };
  });
}

const unknownCode = (code: string) =>
  new AppError(
    'not-found',
    {
      id: `Kode verifikasi '${code.slice(0, 40)}' tidak dikenal hub ini. Periksa ketikan kodenya; surat tanpa kode yang dikenal tidak dapat dipastikan keasliannya.`,
      en: `Verification code '${code.slice(0, 40)}' is unknown to this hub. Check how it was typed; a letter whose code is unknown cannot be confirmed.`,
    },
    { status: 404 },
  );

/** Checks a letter's code: known, its stored content still matches its HMAC, and whether today's records still agree. */
export function verifyLetter(deps: ResultsDeps, rawCode: string): LetterVerification {
  const code = normaliseCode(rawCode);
  const stored = code ? deps.store.letter(code) : undefined;
  if (!stored) throw unknownCode(rawCode);
  const content = JSON.parse(stored.content) as LetterContent;
  const expected = Buffer.from(letterCode(deps.letterKey, content));
  const valid = expected.length === Buffer.from(code).length && timingSafeEqual(expected, Buffer.from(code));
  const now = contentNow(deps, stored.sessionId, stored.number, content.issuedAt);
  const changes: Localized[] = [];
  if (!now)
    changes.push({ id: 'Catatan kehadiran tidak lagi menunjukkan registrasi.', en: 'The attendance record no longer shows a check-in.' });
  else if (canonicalJson(now.result) !== canonicalJson(content.result)) {
    changes.push({
      id: `Hasil berubah sejak surat diterbitkan: kini ${now.result ? `${now.result.total}, ${now.result.statusLabel}` : 'belum ada'}.`,
      en: `The result changed since the letter was issued: now ${now.result ? `${now.result.total}, ${now.result.statusLabel}` : 'none'}.`,
    });
  }
  return { valid, code, content, issuedAt: stored.issuedAt, issuedBy: stored.issuedBy, stillCurrent: changes.length === 0, changes };
}
