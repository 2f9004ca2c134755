import { html, nothing } from 'lit';
import type { DaftarHadirResponse } from '../../../../protocol/exam-reports.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { wallClockWords } from '../../../../protocol/time.js';
import { statusBadge } from '../../ui/participant-status.js';
import { msg } from './messages.js';

type T = (text: Localized) => string;
type Sheet = DaftarHadirResponse;
type RoomBlock = Sheet['rooms'][number];

/**
 * One room's page of the daftar hadir: the document heading (repeated per room, since each room's
 * page goes to its own supervisor), the counts, the rows in seat order with an empty column for
 * the participant's signature in ink, and the room supervisor's signature.
 */
export function sheetRoom(sheet: Sheet, block: RoomBlock, t: T, names: ReadonlyMap<string, string> = new Map()) {
  const s = sheet.session;
  const c = block.counts;
  const clock = (hhmm: string) => t(wallClockWords(hhmm));
  const name = names.get(block.room);
  const roomName = !block.room ? t(msg.noRoom) : name && name !== block.room ? `${name} (${block.room})` : block.room;
  return html`<section class="sheet" data-room=${block.room}>
    <header>
      <h1>${sheet.title}</h1>
      <table class="meta">
        <tr><th>${t(msg.venue)}</th><td>${sheet.venueName || '—'}</td></tr>
        <tr><th>${t(msg.session)}</th><td>${s.name} — ${t(s.kindLabel)}</td></tr>
        <tr><th>${t(msg.date)}</th><td>${s.date}</td></tr>
        <tr><th>${t(msg.time)}</th><td>${clock(s.start)}–${clock(s.end)} ${s.zone}</td></tr>
        <tr><th>${t(msg.room)}</th><td class="room-name">${roomName}</td></tr>
      </table>
      <p class="counts" data-counts>${t(sheet.final === false ? msg.countsBefore(c.registered, c.present, c.absent) : msg.counts(c.registered, c.present, c.absent, c.refused))}</p>
    </header>
    ${
      block.rows.length === 0
        ? html`<p class="empty">${t(msg.emptyRoom)}</p>`
        : html`<table class="rows">
          <colgroup>
            <col class="c-no" /><col class="c-number" /><col class="c-name" /><col class="c-jabatan" /><col class="c-seat" />
            <col class="c-status" /><col class="c-time" /><col class="c-sign" />
          </colgroup>
          <thead>
            <tr>
              <th>${t(msg.col.no)}</th>
              <th>${t(msg.col.number)}</th>
              <th>${t(msg.col.name)}</th>
              <th>${t(msg.col.jabatan)}</th>
              <th>${t(msg.col.seat)}</th>
              <th>${t(msg.col.status)}</th>
              <th>${t(msg.col.time)} (${s.zone})</th>
              <th>${t(msg.col.signature)}</th>
            </tr>
          </thead>
          <tbody>
            ${block.rows.map(
              (r) => html`<tr data-number=${r.number} class=${r.blind ? 'blind' : ''}>
                <td class="no">${r.no}</td>
                <td class="number">${r.number}</td>
                <td>${r.name}${r.blind ? html` <span class="blind-mark">(${t(msg.blind)})</span>` : nothing}</td>
                <td>${r.jabatan}</td>
                <td class="seat">${r.seat || '—'}</td>
                <td>${statusBadge(r.status, t, r.statusLabel)}</td>
                <td class="time">${clock(r.time)}</td>
                <td class="sign" data-signature></td>
              </tr>`,
            )}
          </tbody>
        </table>`
    }
    <footer>
      <div class="supervisor">
        <div>${t(msg.supervisor)} ${roomName}</div>
        <div class="space"></div>
        <div class="line">${t(msg.signName)}:</div>
        <div class="line">${t(msg.signNip)}:</div>
      </div>
      <p class="generated" data-generated>${t(msg.generated(sheet.generatedText))}</p>
    </footer>
  </section>`;
}
