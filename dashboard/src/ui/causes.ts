import { css, html, LitElement, nothing } from 'lit';
import type { Cause } from '../../../protocol/api.js';
import { paths } from '../app/paths.js';
import { LocaleController } from '../i18n/controller.js';

/** Where a named cause leads: the failing machines, the full server's PCs, the facility list. */
export function causeHref(cause: Cause, scope: { room?: string } = {}): string {
  switch (cause.kind) {
    case 'check-fail':
      return paths.machines({ check: cause.ref, verdict: 'not-ready', ...scope });
    case 'check-unknown':
      return paths.machines({ check: cause.ref, verdict: 'incomplete', ...scope });
    case 'offline':
      return paths.machines({ offline: true, ...scope });
    case 'missing':
      return paths.machines({ verdict: 'missing', ...scope });
    case 'server-full':
      return paths.machines({ server: cause.ref });
    case 'facility':
      return paths.facilities();
  }
}

/**
 * Causes in the hub's order: it ranks them strictest first and says how much each weighs
 * (server/readiness/causes.ts, by protocol/verdict.ts); the dashboard never re-ranks. The checks
 * that could not be judged come apart so a page can fold them into one line.
 */
export function triageCauses(causes: readonly Cause[]): { failures: Cause[]; unknowns: Cause[] } {
  const folded = (c: Cause) => c.kind === 'check-unknown';
  return { failures: causes.filter((c) => !folded(c)), unknowns: causes.filter(folded) };
}

/**
 * The named causes of unreadiness ("12 PC: RAM < 4 GB"), failures first, the first `limit` shown
 * and the rest behind "lihat semua"; the checks that could not be judged folded into one line.
 * Each a link to what it is about, or plain text on a TV (`plain`) where nobody clicks.
 */
export class SiapCauses extends LitElement {
  static override properties = {
    causes: { attribute: false },
    room: {},
    limit: { type: Number },
    plain: { type: Boolean, reflect: true },
    _all: { state: true },
  };
  declare causes: readonly Cause[];
  declare room: string | undefined;
  declare limit: number;
  declare plain: boolean;
  declare _all: boolean;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.causes = [];
    this.limit = 5;
    this.plain = false;
    this._all = false;
  }

  static override styles = css`
    ul {
      margin: 0.25rem 0 0;
      padding-left: 1.1rem;
    }
    li {
      margin: 0.15rem 0;
    }
    li.unknown {
      color: var(--siap-muted);
    }
    a {
      color: var(--siap-accent);
    }
    button.more {
      font: inherit;
      font-size: 0.9em;
      background: none;
      border: none;
      color: var(--siap-accent);
      text-decoration: underline;
      cursor: pointer;
      padding: 0.2rem 0;
      min-height: 44px;
    }
    details summary {
      cursor: pointer;
      color: var(--siap-muted);
      min-height: 1.5rem;
    }
    :host([plain]) li {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
  `;

  #item(c: Cause, scope: { room?: string }) {
    const text = this.#l.t(c.text);
    const cls = c.kind === 'check-unknown' ? 'unknown' : c.kind;
    return html`<li class=${cls} data-kind=${c.kind} data-severity=${c.severity}>${this.plain ? text : html`<a href=${causeHref(c, scope)}>${text}</a>`}</li>`;
  }

  override render() {
    if (this.causes.length === 0) return nothing;
    const t = this.#l.t;
    const scope = this.room ? { room: this.room } : {};
    const { failures, unknowns } = triageCauses(this.causes);
    const pcs = unknowns.reduce((n, c) => Math.max(n, c.count), 0);
    const unknownLine = {
      id: `${unknowns.length} pemeriksaan belum bisa dinilai (hingga ${pcs} PC)`,
      en: `${unknowns.length} check${unknowns.length === 1 ? '' : 's'} could not be judged (up to ${pcs} PCs)`,
    };
    if (this.plain) {
      // A TV: the few that matter, no links, no folding.
      const shown = failures.slice(0, this.limit);
      return html`<ul>
        ${shown.map((c) => this.#item(c, scope))}
        ${shown.length < this.limit && unknowns.length > 0 ? html`<li class="unknown" data-kind="check-unknown">${t(unknownLine)}</li>` : nothing}
      </ul>`;
    }
    const shown = this._all ? failures : failures.slice(0, this.limit);
    const hidden = failures.length - shown.length;
    return html`<ul>
        ${shown.map((c) => this.#item(c, scope))}
      </ul>
      ${
        hidden > 0 || (this._all && failures.length > this.limit)
          ? html`<button class="more" type="button" @click=${() => (this._all = !this._all)}>
            ${t(this._all ? { id: 'ringkas', en: 'show fewer' } : { id: `lihat semua (${hidden} lagi)`, en: `see all (${hidden} more)` })}
          </button>`
          : nothing
      }
      ${
        unknowns.length > 0
          ? html`<details data-unknowns>
            <summary>${t(unknownLine)}</summary>
            <ul>
              ${unknowns.map((c) => this.#item(c, scope))}
            </ul>
          </details>`
          : nothing
      }`;
  }
}
customElements.define('siap-causes', SiapCauses);

declare global {
  interface HTMLElementTagNameMap {
    'siap-causes': SiapCauses;
  }
}
