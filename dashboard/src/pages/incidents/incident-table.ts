import { css, html, LitElement } from 'lit';
import type { PhotoLink } from '../../../../protocol/custody-photos.js';
import type { Incident } from '../../../../protocol/exam-reports.js';
import type { Services } from '../../app/services.js';
import { photosOf } from '../../data/custody-photos.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';

/**
 * The session's incidents as the hub lists them (the page orders them newest first). Fires `edit`
 * and, after an inline "are you sure", `delete`, each with the incident as detail. Each row shows
 * its photos (siap-photo-strip, loaded by the page with the custody part) and, for a role that may
 * attach them (`photoable`), the button that takes one with a phone's camera.
 */
export class IncidentTable extends LitElement {
  static override properties = {
    incidents: { attribute: false },
    zone: {},
    busy: { type: Boolean },
    services: { attribute: false },
    photos: { attribute: false },
    photoable: { type: Boolean },
    _confirming: { state: true },
  };
  declare incidents: Incident[];
  declare zone: string;
  declare busy: boolean;
  declare services: Services;
  declare photos: PhotoLink[] | undefined;
  declare photoable: boolean;
  declare _confirming: number | undefined;
  readonly #l = new LocaleController(this);

  static override styles = [
    page,
    css`
      td.time,
      td.num {
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      td.num {
        text-align: right;
      }
      th.num {
        text-align: right;
      }
      td.description {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        min-width: 16rem;
      }
      td.who {
        font-size: 0.85rem;
        color: var(--siap-muted);
        white-space: nowrap;
      }
      td.actions {
        white-space: nowrap;
      }
      td.actions button {
        font-size: 0.85rem;
        padding: 0.2rem 0.6rem;
      }
      .confirm {
        display: inline-flex;
        gap: 0.4rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .kind {
        font-weight: 600;
      }
      siap-photo-strip {
        --photo-height: 48px;
        min-width: 6rem;
      }
    `,
  ];

  #fire(type: 'edit' | 'delete', incident: Incident) {
    this._confirming = undefined;
    this.dispatchEvent(new CustomEvent<Incident>(type, { detail: incident }));
  }

  override render() {
    const t = this.#l.t;
    return html`<table>
      <thead>
        <tr>
          <th>${t(msg.time)}</th>
          <th>${t(msg.room)}</th>
          <th>${t(msg.kind)}</th>
          <th>${t(msg.description)}</th>
          <th class="num">${t(msg.minutesLost)}</th>
          <th class="num">${t(msg.timeAdded)}</th>
          <th>${t(msg.recordedBy)}</th>
          <th>${t(msg.photos)}</th>
          <th>${t(msg.actions)}</th>
        </tr>
      </thead>
      <tbody>
        ${this.incidents.map((i) => this.#row(i))}
      </tbody>
    </table>`;
  }

  #row(i: Incident) {
    const t = this.#l.t;
    const confirming = this._confirming === i.id;
    return html`<tr data-incident=${i.id}>
      <td class="time">${this.#l.clock(i.time)} ${this.zone}</td>
      <td>${i.room || t(msg.wholeVenue)}</td>
      <td class="kind">${t(i.kindLabel)}</td>
      <td class="description">${i.description}</td>
      <td class="num">${i.minutesLost}</td>
      <td class="num">${i.timeAdded ? t(msg.added(i.addedMinutes)) : t(msg.no)}</td>
      <td class="who">${i.updatedBy ? html`${i.updatedBy} (${t(msg.edited)})` : i.createdBy}</td>
      <td data-incident-photos>${this.#photos(i)}</td>
      <td class="actions">
        ${
          confirming
            ? html`<span class="confirm" role="group" aria-label=${t(msg.confirmDelete)}>
              ${t(msg.confirmDelete)}
              <button class="danger" ?disabled=${this.busy} @click=${() => this.#fire('delete', i)}>${t(msg.yesDelete)}</button>
              <button @click=${() => (this._confirming = undefined)}>${t(common.cancel)}</button>
            </span>`
            : html`<button ?disabled=${this.busy} @click=${() => this.#fire('edit', i)}>${t(common.edit)}</button>
              <button class="danger" ?disabled=${this.busy} @click=${() => (this._confirming = i.id)}>${t(common.remove)}</button>`
        }
      </td>
    </tr>`;
  }

  #photos(i: Incident) {
    const target = { kind: 'incident', id: String(i.id), session: i.sessionId } as const;
    return html`<siap-photo-strip
      .services=${this.services}
      .target=${target}
      .photos=${photosOf(this.photos, target)}
      ?readonly=${!this.photoable}
    ></siap-photo-strip>`;
  }
}
customElements.define('siap-incident-table', IncidentTable);

declare global {
  interface HTMLElementTagNameMap {
    'siap-incident-table': IncidentTable;
  }
}
