import type { ExamSession } from '../../../../protocol/exam.js';
import { wallClockWords } from '../../../../protocol/time.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { msg } from './messages.js';

export type WindowState = 'not-yet' | 'open' | 'closed';

export interface PinWindowView {
  state: WindowState;
  text: Localized;
  /** Milliseconds until the PIN window closes by this browser's clock, when that clock agrees with the hub. */
  leftMs?: number;
}

/** "1 j 05 m" / "4 m 09 d": what is left, short enough for a banner. */
export function formatLeft(ms: number): Localized {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? { id: `${h} j ${pad(m)} m`, en: `${h} h ${pad(m)} min` } : { id: `${m} m ${pad(sec)} d`, en: `${m} min ${pad(sec)} s` };
}

/**
 * The PIN window as the desk banner shows it. The hub's word (registrationOpen, pinWindowOpen)
 * decides the state; the countdown uses this PC's clock and is shown only when that clock agrees
 * with the hub (a desk PC with a wrong clock must not show a wrong countdown).
 */
export function pinWindowView(s: ExamSession, nowMs: number, lang: 'id' | 'en'): PinWindowView {
  const closes = wallClockWords(s.local.pinCloses, ` ${s.zone}`);
  if (!s.registrationOpen) {
    const opens = wallClockWords(s.local.registrationOpens, ` ${s.zone}`);
    return { state: 'not-yet', text: msg.notYet({ id: `${s.local.date} ${opens.id}`, en: `${s.local.date} ${opens.en}` }) };
  }
  if (!s.pinWindowOpen) return { state: 'closed', text: msg.pinClosed(closes) };
  const leftMs = Date.parse(s.pinClosesAt) - nowMs;
  const plausible = leftMs > 0 && leftMs <= s.registrationOpensMinutes * 60_000;
  if (!plausible) return { state: 'open', text: msg.pinCloses(closes) };
  const left = formatLeft(leftMs);
  return { state: 'open', text: msg.pinOpenLeft(left[lang], closes), leftMs };
}
