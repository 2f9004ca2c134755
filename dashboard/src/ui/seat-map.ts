import { css, html, LitElement, nothing } from 'lit';
import type { Localized } from '../../../protocol/i18n.js';
import { paths } from '../app/paths.js';
import type { SeatSwitchMark } from '../data/custody.js';
import { LocaleController } from '../i18n/controller.js';
import { SHOW_LABEL, SHOW_MARK } from './machine-state.js';
import type { RoomLayout, SeatCell } from './room-layout.js';

/**
 * For the page holding a seat map: the map only as wide as lets the whole room fit the screen's
 * height. Its height is the front line and legend plus the page's own lines above (--chrome, set by
 * the page) plus rows x (tile width / 1.25 + 4 px gap); solved for the width. --rows and --cols are
 * set by the map itself.
 */
export const fitSeatMap = css`
  siap-seat-map {
    max-width: calc(
      (100vh - var(--chrome, 12rem) - var(--rows, 1) * 4px) * 1.25 / var(--rows, 1) * var(--cols, 1) + var(--cols, 1) * 4px
    );
    margin-inline: auto;
  }
`;

/**
 * A room's seats as the room is laid out, each coloured by its PC's state with a mark beside the
 * colour; a click opens the PC. One element per seat and no per-seat component, so a hall of
 * several hundred seats re-renders cheaply when a live update recolours a few of them.
 */
export class SiapSeatMap extends LitElement {
  static override properties = {
    layout: { attribute: false },
    names: { attribute: false },
    switches: { attribute: false },
    pickable: { type: Boolean },
    big: { type: Boolean, reflect: true },
  };
  declare layout: RoomLayout | undefined;
  declare names: ((checkId: string) => Localized) | undefined;
  declare big: boolean;
  /** Reserve-PC switches of the running sessions, by seat number (the dead seat, the reserve seat). */
  declare switches: Map<number, SeatSwitchMark> | undefined;
  /** Empty seats are buttons firing `seat-pick` (detail: the seat number), to put an unseated PC there. */
  declare pickable: boolean;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.big = false;
    this.pickable = false;
  }

  static override styles = css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .front {
      text-align: center;
      font-size: 0.8rem;
      color: var(--siap-muted);
      border: 1px dashed var(--siap-line);
      border-radius: 6px;
      margin-bottom: 0.5rem;
      padding: 0.15rem;
    }
    .map {
      display: grid;
      gap: 4px;
    }
    .seat {
      aspect-ratio: 1.25;
      min-width: 0;
      border-radius: 5px;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      font-size: clamp(0.6rem, 1.1vw, 0.9rem);
      line-height: 1.05;
      text-decoration: none;
      color: #fff;
      font-weight: 600;
      border: 2px solid transparent;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    :host([big]) .seat {
      font-size: clamp(0.7rem, 1.3vw, 1.4rem);
    }
    button.seat {
      cursor: pointer;
    }
    .seat:focus-visible,
    .seat:hover {
      border-color: #111;
    }
    .ready {
      background: var(--siap-ready);
    }
    .not-ready {
      background: var(--siap-bad);
    }
    .incomplete {
      background: #d4a72c;
      color: #1b1f24;
    }
    .missing {
      background: var(--siap-missing);
      outline: 3px solid var(--siap-missing);
      outline-offset: 1px;
    }
    .offline {
      background: var(--siap-offline);
      background-image: repeating-linear-gradient(45deg, transparent 0 5px, #ffffff33 5px 10px);
    }
    .pending {
      background: #8c959f;
    }
    .empty {
      font: inherit;
      padding: 0;
      cursor: default;
      background: #fff;
      color: var(--siap-muted);
      border: 2px dashed var(--siap-empty);
    }
    .mark {
      font-size: 0.85em;
    }
    /* A participant moved off this seat (its PC died): faded, its number struck through. */
    .seat[data-switch='from'] {
      opacity: 0.5;
      text-decoration: line-through;
    }
    /* The reserve seat the participant sits at now: a thick dark frame and their number. */
    .seat[data-switch='to'] {
      border: 3px solid #111;
    }
    .who {
      font-size: 0.75em;
      font-weight: 700;
    }
    /* A phone: a 15-column hall is 20-odd px a seat; the number alone, the state in colour and name. */
    @container (max-width: 560px) {
      .map {
        gap: 2px;
      }
      .seat,
      :host([big]) .seat {
        font-size: 0.55rem;
        border-width: 1px;
        border-radius: 3px;
      }
      .mark,
      .who {
        display: none;
      }
      .legend {
        font-size: 0.8rem;
        gap: 0.2rem 0.7rem;
      }
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 1rem;
      margin-top: 0.6rem;
      font-size: 0.9rem;
    }
    .legend span {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
    }
    .legend i {
      width: 1rem;
      height: 0.8rem;
      border-radius: 3px;
      display: inline-block;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  `;

  #title(cell: SeatCell): string {
    const mark = this.switches?.get(cell.seat.number);
    return this.#state(cell) + (mark ? ` — ${this.#l.t(mark.label)}` : '');
  }

  #state(cell: SeatCell): string {
    const t = this.#l.t;
    const head = `${t({ id: 'Kursi', en: 'Seat' })} ${cell.seat.number}`;
    if (!cell.machine) return `${head}: ${t(SHOW_LABEL.empty)}`;
    const failing = cell.machine.failing.map((id) => t(this.names?.(id) ?? { id, en: id }));
    return `${head} — ${cell.machine.id}: ${t(SHOW_LABEL[cell.show])}${failing.length ? ` (${failing.join(', ')})` : ''}`;
  }

  override updated(): void {
    // Exposed so a page can size the map to fit a screen (monitor mode on a TV).
    this.style.setProperty('--rows', String(Math.max(1, this.layout?.rows ?? 1)));
    this.style.setProperty('--cols', String(Math.max(1, this.layout?.cols ?? 1)));
  }

  override render() {
    const layout = this.layout;
    if (!layout) return nothing;
    const t = this.#l.t;
    return html`<div class="front">${t({ id: 'Depan ruang (pengawas / layar)', en: 'Front of the room (supervisor / screen)' })}</div>
      <div class="map" style="grid-template-columns:repeat(${Math.max(1, layout.cols)},minmax(0,1fr))">
        ${layout.cells.map((cell) => {
          const style = `grid-row:${cell.seat.row + 1};grid-column:${cell.seat.col + 1}`;
          const label = this.#title(cell);
          const mark = this.switches?.get(cell.seat.number);
          return cell.machine
            ? html`<a
                class="seat ${cell.show}"
                style=${style}
                href=${paths.machine(cell.machine.id)}
                title=${label}
                aria-label=${label}
                data-seat=${cell.seat.number}
                data-show=${cell.show}
                data-switch=${mark?.kind ?? nothing}
                ><span>${cell.seat.number}</span>${
                  mark?.kind === 'to'
                    ? html`<span class="who" aria-hidden="true">${mark.short}</span>`
                    : html`<span class="mark" aria-hidden="true">${mark ? '⇄' : SHOW_MARK[cell.show]}</span>`
                }</a
              >`
            : this.pickable
              ? html`<button
                  type="button"
                  class="seat empty"
                  style=${style}
                  title=${label}
                  aria-label=${label}
                  data-seat=${cell.seat.number}
                  data-show="empty"
                  @click=${() => this.dispatchEvent(new CustomEvent('seat-pick', { detail: cell.seat.number }))}
                >
                  ${cell.seat.number}
                </button>`
              : html`<span
                  role="img"
                  class="seat empty"
                  style=${style}
                  title=${label}
                  aria-label=${label}
                  data-seat=${cell.seat.number}
                  data-show="empty"
                  data-switch=${mark?.kind ?? nothing}
                  >${cell.seat.number}</span
                >`;
        })}
      </div>
      <div class="legend">
        ${(['ready', 'not-ready', 'incomplete', 'missing', 'offline', 'pending', 'empty'] as const).map(
          (s) => html`<span><i class="${s}"></i>${SHOW_MARK[s]} ${t(SHOW_LABEL[s])}: ${this.#l.number(layout.counts[s])}</span>`,
        )}
      </div>`;
  }
}
customElements.define('siap-seat-map', SiapSeatMap);

declare global {
  interface HTMLElementTagNameMap {
    'siap-seat-map': SiapSeatMap;
  }
}
