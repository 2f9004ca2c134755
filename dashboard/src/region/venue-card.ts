import { html, nothing } from 'lit';
import { ATTENDANCE_WORDS } from '../../../protocol/glossary.js';
import type { Localized } from '../../../protocol/i18n.js';
import type { RegionSessionView, RegionVenue } from '../../../protocol/region-responses.js';
import { regionPaths } from './data.js';
import { lastHeardText } from './relative.js';
import { countsOf, venueLight } from './verdict.js';
import '../ui/counts.js';

type T = (text: Localized) => string;

/** 2026-11-23 -> 23/11/2026 (the house's date format). */
export const dmy = (date: string): string => date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');

/** A stale venue's last counts: shown greyed under "data lama", never in the live colours. */
export function countsLine(v: RegionVenue, t: T, compact: boolean) {
  const counts = countsOf(v);
  if (!counts) return nothing;
  const el = compact ? html`<siap-counts compact .counts=${counts}></siap-counts>` : html`<siap-counts .counts=${counts}></siap-counts>`;
  if (!v.stale) return el;
  return html`<div class="old" title=${t({ id: 'Data lama, bukan keadaan sekarang', en: 'Old data, not the current state' })}>
    <span class="muted">${t({ id: 'Data terakhir yang diterima:', en: 'Last data received:' })}</span>${el}
  </div>`;
}

/** A session's attendance progress: present of registered, as a bar and numbers. */
export function sessionLine(s: RegionSessionView, _t: T, n: (v: number) => string) {
  return html`<tr>
    <td>${s.name} <span class="muted">${dmy(s.date)} ${s.start}–${s.end}</span></td>
    <td><progress max=${Math.max(1, s.registered)} value=${s.present}></progress></td>
    <td class="n">${n(s.present)} / ${n(s.registered)}</td>
    <td class="n">${n(s.absent)}</td>
    <td class="n">${n(s.refused)}</td>
  </tr>`;
}

export function sessionTable(sessions: readonly RegionSessionView[], t: T, n: (v: number) => string) {
  if (sessions.length === 0) return html`<p class="muted">${t({ id: 'Belum ada sesi ujian.', en: 'No exam sessions yet.' })}</p>`;
  return html`<table>
    <thead>
      <tr>
        <th>${t({ id: 'Sesi', en: 'Session' })}</th>
        <th>${t({ id: 'Kehadiran', en: 'Attendance' })}</th>
        <th class="n">${t(ATTENDANCE_WORDS.present)}</th>
        <th class="n">${t(ATTENDANCE_WORDS.absent)}</th>
        <th class="n">${t({ id: 'Ditolak', en: 'Refused' })}</th>
      </tr>
    </thead>
    <tbody>
      ${sessions.map((s) => sessionLine(s, t, n))}
    </tbody>
  </table>`;
}

/** One venue on the regional overview: light, last heard, machines, sessions, open incidents. */
export function venueCard(v: RegionVenue, now: Date, t: T, n: (v: number) => string) {
  return html`<section class="card ${v.stale ? 'stale' : ''}" data-venue=${v.id} data-verdict=${v.verdict}>
    <div class="head">
      <a href=${regionPaths.venue(v.id)}>${v.name}</a>
      ${venueLight(v, t)}
      <span class="muted" data-last-heard>${t(lastHeardText(v.lastHeardAt, now))}</span>
      ${
        v.behind > 0
          ? html`<span class="muted">${t({ id: `${v.behind} data belum terkirim`, en: `${v.behind} updates not yet received` })}</span>`
          : nothing
      }
    </div>
    ${countsLine(v, t, true)}
    ${sessionTable(v.sessions, t, n)}
    ${
      v.incidents.length > 0
        ? html`<p class="muted">${t({ id: `${v.incidents.length} kejadian tercatat`, en: `${v.incidents.length} incident${v.incidents.length === 1 ? '' : 's'} recorded` })}</p>`
        : nothing
    }
  </section>`;
}
