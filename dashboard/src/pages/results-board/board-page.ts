import { css, html, LitElement, nothing } from 'lit';
import type { BoardResponse } from '../../../../protocol/results-responses.js';
import type { Services } from '../../app/services.js';
import { getBoard } from '../../data/results.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import '../../ui/notice.js';
import { boardOptions, screenOf } from './board.js';
import { msg } from './messages.js';

/**
 * The waiting-room TV (Lampiran C.4.b.2.b "monitoring hasil tes"): a session's results as they are
 * recorded, live over the dashboard channel, in type readable across a room at 1920x1080.
 * ?urut=terbaru|total|nomor chooses the order, ?detik=12 the seconds per screen when rows need
 * more than one. Shows number, name, room, sub-scores, total and status; never a NIK.
 */
export class ResultsBoardPage extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: {},
    query: { attribute: false },
    _screen: { state: true },
  };
  declare services: Services;
  declare sessionId: string;
  declare query: URLSearchParams;
  declare _screen: number;
  readonly #l = new LocaleController(this);
  #board!: ResourceController<BoardResponse>;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this._screen = 0;
  }

  override connectedCallback(): void {
    const { api, live } = this.services;
    const options = boardOptions(this.query);
    this.#board ??= new ResourceController(this, {
      load: () => getBoard(api, this.sessionId, options.sort),
      live,
      topics: ['results', 'attendance'],
      relevant: (e) => e.sessions.includes(this.sessionId),
    });
    super.connectedCallback();
    this.#timer = setInterval(() => (this._screen += 1), options.seconds * 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
      box-sizing: border-box;
      padding: 1.2rem 2rem;
      background: #0b1f33;
      color: #f4f7fb;
      font-family: system-ui, 'Segoe UI', Roboto, sans-serif;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 2rem;
      border-bottom: 3px solid #f2c14e;
      padding-bottom: 0.6rem;
    }
    h1 {
      margin: 0;
      font-size: 3.2rem;
      letter-spacing: 0.04em;
    }
    .session {
      font-size: 1.9rem;
      color: #cfd8e3;
    }
    .counts {
      font-size: 2rem;
      margin: 0.6rem 0;
      font-weight: 600;
    }
    table {
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
      font-size: 2rem;
    }
    col.number {
      width: 25%;
    }
    col.room {
      width: 6.5%;
    }
    col.score {
      width: 5.5%;
    }
    col.total {
      width: 7%;
    }
    col.status {
      width: 15%;
    }
    th {
      text-align: left;
      font-size: 1.5rem;
      color: #f2c14e;
      font-weight: 600;
      padding: 0.3rem 0.6rem;
      border-bottom: 2px solid #35506b;
      white-space: nowrap;
      overflow: hidden;
    }
    td {
      padding: 0.35rem 0.6rem;
      border-bottom: 1px solid #20384f;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    td.number {
      font-variant-numeric: tabular-nums;
    }
    td.num,
    th.num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    td.total {
      font-weight: 700;
    }
    .status {
      display: inline-block;
      padding: 0.05rem 0.7rem;
      border-radius: 0.4rem;
      font-size: 1.5rem;
      font-weight: 700;
    }
    .memenuhi {
      background: #1f8a4c;
    }
    .tidak-memenuhi {
      background: #b3261e;
    }
    .tidak-dinilai {
      background: #5b6b7c;
    }
    .empty {
      font-size: 2.4rem;
      margin-top: 3rem;
      text-align: center;
      color: #cfd8e3;
    }
    footer {
      display: flex;
      justify-content: space-between;
      font-size: 1.3rem;
      color: #9fb0c2;
      margin-top: 0.8rem;
    }
  `;

  override render() {
    const t = this.#l.t;
    const board = this.#board.value;
    if (!board) {
      return this.#board.error
        ? html`<siap-notice .text=${this.#board.error} retry @retry=${() => this.#board.reload()}></siap-notice>`
        : html`<p class="empty">${t(common.loading)}</p>`;
    }
    const { rows, screen, screens } = screenOf(board, this._screen);
    return html`<header>
        <h1>${t(msg.title)}</h1>
        <div class="session">${board.session.name} · ${t(board.session.kindLabel)} · ${board.session.date}</div>
      </header>
      <div class="counts" data-counts>${t(msg.counts(board.counts.present, board.counts.withResult, board.counts.memenuhi))}</div>
      ${
        board.rows.length === 0
          ? html`<p class="empty">${t(msg.empty)}</p>`
          : html`<table data-board>
            <colgroup>
              <col class="number" /><col class="name" /><col class="room" />
              ${board.components.map(() => html`<col class="score" />`)}
              <col class="total" /><col class="status" />
            </colgroup>
            <thead>
              <tr>
                <th>${t(msg.number)}</th>
                <th>${t(msg.name)}</th>
                <th>${t(msg.room)}</th>
                ${board.components.map((c) => html`<th class="num" title=${t(c.title)}>${c.key}</th>`)}
                <th class="num">${t(msg.total)}</th>
                <th>${t(msg.status)}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr data-row=${r.participantNumber}>
                  <td class="number">${r.participantNumber}</td>
                  <td class="name">${r.name}</td>
                  <td>${r.room}</td>
                  ${board.components.map((c) => html`<td class="num">${r.scores[c.key] ?? '—'}</td>`)}
                  <td class="num total">${r.total}</td>
                  <td><span class="status ${r.status}">${t(msg.short[r.status] ?? r.statusLabel)}</span></td>
                </tr>`,
              )}
            </tbody>
          </table>`
      }
      <footer>
        <span>${t(msg.order[board.sort] ?? msg.order.recorded!)}${screens > 1 ? html` · ${t(msg.screen(screen + 1, screens))}` : nothing}</span>
        <span data-rule>${t(msg.rule(board.rule.id, board.rule.version))}</span>
      </footer>`;
  }
}
customElements.define('siap-results-board-page', ResultsBoardPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-results-board-page': ResultsBoardPage;
  }
}
