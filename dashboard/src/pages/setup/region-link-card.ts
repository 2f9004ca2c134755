import { css, html, LitElement, nothing } from 'lit';
import type { RegionLinkStatus } from '../../../../protocol/region.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { ApiError } from '../../data/errors.js';
import { getRegionLink } from '../../data/region-link.js';
import { ResourceController } from '../../data/resource.js';
import { LocaleController } from '../../i18n/controller.js';
import '../../ui/notice.js';
import { regionMsg as msg } from './region-link-messages.js';

/** A hub without the outbox (404) or a role that may not see the link (403): nothing to show. */
function optional(err: unknown): undefined {
  if (err instanceof ApiError && (err.status === 404 || err.status === 403)) return undefined;
  throw err;
}

/**
 * The hub's link to its region: where it pushes, when the region last accepted a push, how far it
 * got, why pushes are held, and each event the region refused with what to do. `compact` (the
 * overview) shows only a warning, and only when something needs a person.
 */
export class SiapRegionLink extends LitElement {
  static override properties = { services: { attribute: false }, compact: { type: Boolean } };
  declare services: Services;
  declare compact: boolean;
  readonly #l = new LocaleController(this);
  #link!: ResourceController<RegionLinkStatus | undefined>;

  constructor() {
    super();
    this.compact = false;
  }

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#link ??= new ResourceController(this, { load: () => getRegionLink(api).catch(optional), live, topics: ['region-link'] });
    super.connectedCallback();
  }

  static override styles = css`
    :host {
      display: block;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0 0 0.75rem;
    }
    dt {
      color: var(--siap-muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    code {
      font-size: 0.85em;
    }
    h2 {
      margin-top: 0;
    }
    siap-notice {
      margin: 0.5rem 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.9rem;
    }
    th,
    td {
      text-align: left;
      border-bottom: 1px solid var(--siap-line);
      padding: 0.3rem 0.4rem;
      vertical-align: top;
    }
    .warn {
      border: 1px solid var(--siap-incomplete);
      background: var(--siap-incomplete-bg);
      border-radius: var(--siap-radius);
      padding: 0.6rem 0.8rem;
      margin-bottom: 0.75rem;
    }
  `;

  override render() {
    const link = this.#link.value;
    if (this.#link.error && !this.compact) return html`<siap-notice .text=${this.#link.error}></siap-notice>`;
    if (!link) return nothing;
    // The panel names itself (its words stay in this file's chunk, not the setup page's).
    return this.compact ? this.#warning(link) : html`<h2>${this.#l.t(msg.title)}</h2>${this.#panel(link)}`;
  }

  #warning(link: RegionLinkStatus) {
    const t = this.#l.t;
    const held = link.linked && link.lastError !== null && link.lastError.code !== 'unreachable';
    if (!held && link.refusedCount === 0) return nothing;
    return html`<div class="warn" role="alert" data-region-warning>
      ${held ? html`<div>${t(msg.overviewHeld(link.pending))} ${t(link.lastError!)}</div>` : nothing}
      ${link.refusedCount > 0 ? html`<div>${t(msg.overviewRefused(link.refusedCount))}</div>` : nothing}
      <a href=${paths.setup()}>${t(msg.open)}</a>
    </div>`;
  }

  #panel(link: RegionLinkStatus) {
    const t = this.#l.t;
    const n = (v: number) => this.#l.number(v);
    if (!link.linked) return html`<p data-region-state="not-linked">${t(msg.notLinked)}</p>`;
    const error = link.lastError;
    return html`<dl>
        <dt>${t(msg.region)}</dt>
        <dd><code>${link.regionUrl}</code></dd>
        <dt>${t(msg.venue)}</dt>
        <dd><code>${link.venueId}</code></dd>
        <dt>${t(msg.fingerprint)}</dt>
        <dd><code>${link.caFingerprint}</code></dd>
        <dt>${t(msg.lastPush)}</dt>
        <dd data-last-push>${link.lastPushAt ? this.#l.dateTime(link.lastPushAt) : t(msg.never)}</dd>
      </dl>
      <p data-sequence>${t(msg.sequence(n(link.ackedSeq), n(link.head), n(link.pending)))}</p>
      ${
        error
          ? html`<siap-notice data-region-state="held" .text=${{ id: `${msg.lastError.id}: ${error.id}`, en: `${msg.lastError.en}: ${error.en}` }}></siap-notice>
              <p>${t(error.code === 'venue-key' ? msg.revokedHint : msg.unreachableHint)}</p>`
          : html`<siap-notice data-region-state="ok" kind="ok" .text=${msg.ok}></siap-notice>`
      }
      ${link.refusedCount > 0 ? this.#refusals(link) : nothing}`;
  }

  #refusals(link: RegionLinkStatus) {
    const t = this.#l.t;
    return html`<h3>${t(msg.refusedTitle(link.refusedCount))}</h3>
      <p>${t(msg.refusedLead)}</p>
      <table data-refusals>
        <thead>
          <tr>
            <th>${t(msg.colSeq)}</th>
            <th>${t(msg.colWhat)}</th>
            <th>${t(msg.colWhen)}</th>
            <th>${t(msg.colWhy)}</th>
          </tr>
        </thead>
        <tbody>
          ${link.refused.map(
            (r) =>
              html`<tr>
                <td>#${r.seq}</td>
                <td>${r.kind}${r.key ? html` <code>${r.key}</code>` : nothing}</td>
                <td>${this.#l.dateTime(r.refusedAt)}</td>
                <td>${t(r.reason)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}
customElements.define('siap-region-link', SiapRegionLink);

declare global {
  interface HTMLElementTagNameMap {
    'siap-region-link': SiapRegionLink;
  }
}
