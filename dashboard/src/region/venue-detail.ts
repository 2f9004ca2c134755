import { html, nothing } from 'lit';
import { ATTENDANCE_WORDS } from '../../../protocol/glossary.js';
import type { Localized } from '../../../protocol/i18n.js';
import type { RegionVenue } from '../../../protocol/region-responses.js';
import { VERDICT_LABEL } from '../i18n/common.js';
import { regionPaths } from './data.js';
import { lastHeardText } from './relative.js';
import { countsLine, sessionTable } from './venue-card.js';
import { venueLight } from './verdict.js';
import '../ui/capacity.js';
import '../ui/counts.js';

type T = (text: Localized) => string;

/** One venue in detail: verdict and causes, servers' capacity, each session per room, incidents. */
export function venueDetail(
  v: RegionVenue,
  now: Date,
  t: T,
  n: (v: number) => string,
  dateTime: (iso: string, zone: string | null) => string,
) {
  return html`<p><a href=${regionPaths.list()}>← ${t({ id: 'Semua lokasi', en: 'All venues' })}</a></p>
    <section class="card ${v.stale ? 'stale' : ''}" data-venue=${v.id} data-verdict=${v.verdict}>
      <div class="head">
        <h1>${v.name}</h1>
        ${venueLight(v, t)}
        <span class="muted" data-last-heard>${t(lastHeardText(v.lastHeardAt, now))}</span>
      </div>
      ${
        v.stale && v.lastVerdict
          ? html`<p class="muted">
            ${t({ id: 'Status terakhir yang diterima (bukan status sekarang):', en: 'Last status received (not the current one):' })}
            ${t(VERDICT_LABEL[v.lastVerdict])}
          </p>`
          : nothing
      }
      ${countsLine(v, t, false)}
      ${
        v.causes.length > 0
          ? html`<h2>${t({ id: 'Penyebab belum siap', en: 'Why not ready' })}</h2>
            <ul>
              ${v.causes.map((c) => html`<li>${t(c.text)}</li>`)}
            </ul>`
          : nothing
      }
    </section>
    ${
      v.servers.length > 0
        ? html`<h2>${t({ id: 'Kapasitas server', en: 'Server capacity' })}</h2>
          <div class="grid">
            ${v.servers.map(
              (s) => html`<div class="card">
                <b>${s.id}</b> <span class="muted">${s.online ? t({ id: 'daring', en: 'online' }) : t({ id: 'luring', en: 'offline' })}</span>
                <siap-capacity .assigned=${s.assigned} .limit=${s.limit} .waiting=${[]}></siap-capacity>
                ${s.waiting > 0 ? html`<span class="muted">${t({ id: `${s.waiting} PC menunggu tempat`, en: `${s.waiting} PCs waiting for a place` })}</span>` : nothing}
              </div>`,
            )}
          </div>`
        : nothing
    }
    <h2>${t({ id: 'Kehadiran per sesi', en: 'Attendance per session' })}</h2>
    ${sessionTable(v.sessions, t, n)}
    ${v.sessions.map(
      (s) => html`<h2>${s.name}: ${t({ id: 'per ruang', en: 'per room' })}</h2>
        <table data-session=${s.sessionId}>
          <thead>
            <tr>
              <th>${t({ id: 'Ruang', en: 'Room' })}</th>
              <th class="n">${t({ id: 'Terdaftar', en: 'Registered' })}</th>
              <th class="n">${t(ATTENDANCE_WORDS.present)}</th>
              <th class="n">${t(ATTENDANCE_WORDS.absent)}</th>
              <th class="n">${t({ id: 'Ditolak', en: 'Refused' })}</th>
            </tr>
          </thead>
          <tbody>
            ${s.rooms.map(
              (r) => html`<tr>
                <td>${r.room || t({ id: '(tanpa ruang)', en: '(no room)' })}</td>
                <td class="n">${n(r.registered)}</td>
                <td class="n">${n(r.present)}</td>
                <td class="n">${n(r.absent)}</td>
                <td class="n">${n(r.refused)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        ${
          s.results
            ? html`<p class="muted">
              ${t({
                id: `Hasil: ${s.results.memenuhi ?? 0} memenuhi, ${s.results.tidakMemenuhi ?? 0} tidak memenuhi (${s.results.rule ?? ''}).`,
                en: `Results: ${s.results.memenuhi ?? 0} meet, ${s.results.tidakMemenuhi ?? 0} do not meet (${s.results.rule ?? ''}).`,
              })}
            </p>`
            : nothing
        }`,
    )}
    <h2>${t({ id: 'Kejadian', en: 'Incidents' })}</h2>
    ${
      v.incidents.length === 0
        ? html`<p class="muted">${t({ id: 'Tidak ada kejadian tercatat.', en: 'No incidents recorded.' })}</p>`
        : html`<table>
          <tbody>
            ${v.incidents.map(
              (i) => html`<tr>
                <td>${dateTime(i.at, v.timeZone)}</td>
                <td>${i.room || t({ id: 'seluruh lokasi', en: 'whole venue' })}</td>
                <td>${i.kind}</td>
                <td>${i.description}</td>
                <td class="n">${i.minutesLost > 0 ? t({ id: `${i.minutesLost} menit hilang`, en: `${i.minutesLost} min lost` }) : ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
    }
    ${
      v.auditHead
        ? html`<p class="muted">${t({ id: 'Kepala rantai audit', en: 'Audit chain head' })}: #${v.auditHead.seq} ${v.auditHead.hash.slice(0, 16)}…</p>`
        : nothing
    }`;
}
