import { css, html } from 'lit';
import type { Counts } from '../../../../protocol/exam.js';
import type { AttendanceResponse } from '../../../../protocol/exam-reports.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { notPresentWord } from '../../../../protocol/glossary.js';
import { paths } from '../../app/paths.js';
import { msg } from './messages.js';

type T = (text: Localized) => string;

/** The word of a count: who has not come is "Belum hadir" until PIN issuance closes, "Tidak hadir" after. */
const countWord = (key: (typeof KEYS)[number], final: boolean): Localized => (key === 'absent' ? notPresentWord(final) : msg.counts[key]);
const KEYS = ['registered', 'present', 'absent', 'refused'] as const satisfies ReadonlyArray<keyof Counts>;

/** The four numbers of the whole session, each a big figure over its word. */
export function countBoxes(data: AttendanceResponse, t: T, number: (n: number) => string) {
  return html`<div class="boxes" data-counts>
      ${KEYS.map(
        (key) => html`<div class="box ${key} ${data[key] === 0 ? 'zero' : ''}" data-count=${key}>
          <b>${number(data[key])}</b> <span>${t(countWord(key, data.final))}</span>
        </div>`,
      )}
    </div>
    <p class="muted small">${t(msg.refusedHint(notPresentWord(data.final)))}</p>
    <p data-blind>${t(msg.blind(data.blind.registered, data.blind.present))}</p>`;
}

/** One row per room with its counts and a link to its printable daftar hadir. */
export function roomTable(data: AttendanceResponse, sessionId: string, t: T, number: (n: number) => string) {
  return html`<table class="rooms" data-rooms>
    <thead>
      <tr>
        <th>${t(msg.room)}</th>
        ${KEYS.map((key) => html`<th class="num">${t(countWord(key, data.final))}</th>`)}
        <th>${t(msg.sheet)}</th>
      </tr>
    </thead>
    <tbody>
      ${data.rooms.map(
        (r) => html`<tr data-room=${r.room}>
          <th scope="row">${r.room || t(msg.noRoom)}</th>
          ${KEYS.map((key) => html`<td class="num ${r[key] ? key : 'zero'}">${number(r[key])}</td>`)}
          <td>
            ${
              r.room
                ? html`<a href=${paths.attendanceSheet(sessionId, r.room)}>${t(msg.sheetOf(r.room))}</a>`
                : html`<span class="muted">—</span>`
            }
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export const summaryStyles = css`
  .boxes {
    display: grid;
    grid-template-columns: repeat(4, minmax(7rem, 1fr));
    gap: 0.6rem;
    max-width: 44rem;
  }
  .box {
    padding: 0.5rem 0.8rem;
    border-radius: 6px;
    background: var(--siap-offline-bg);
    border-left: 5px solid var(--siap-offline);
  }
  .box b {
    display: block;
    font-size: 2rem;
    line-height: 1.1;
  }
  .box.present {
    border-color: var(--siap-ready);
    background: var(--siap-ready-bg);
  }
  .box.refused {
    border-color: var(--siap-bad);
    background: var(--siap-bad-bg);
  }
  .box.zero:not(.registered) {
    opacity: 0.6;
  }
  .box.registered {
    border-color: var(--siap-accent);
    background: #ddf4ff;
  }
  .small {
    font-size: 0.85rem;
    margin: 0.35rem 0 0;
  }
  table.rooms {
    max-width: 44rem;
  }
  table.rooms th[scope='row'] {
    color: var(--siap-fg);
    font-size: 0.95rem;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  td.present {
    color: var(--siap-ready);
    font-weight: 600;
  }
  td.refused {
    color: var(--siap-bad);
  }
  td.zero {
    color: var(--siap-muted);
  }
`;
