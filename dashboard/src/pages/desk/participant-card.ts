import { css, html, LitElement, nothing } from 'lit';
import { PARTICIPANT_STATUS_LABELS, type Participant } from '../../../../protocol/exam.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';

/** Who the scanned card belongs to, as the roster says: the operator compares it with the KTP. */
export class ParticipantCard extends LitElement {
  static override properties = { participant: { attribute: false } };
  declare participant: Participant;
  readonly #l = new LocaleController(this);

  static override styles = [
    page,
    css`
      .name {
        font-size: 1.6rem;
        font-weight: 700;
        margin: 0 0 0.4rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2rem 1rem;
        margin: 0;
        font-size: 1.05rem;
      }
      dt {
        color: var(--siap-muted);
      }
      dd {
        margin: 0;
      }
      .where {
        font-size: 1.4rem;
        font-weight: 700;
      }
      .blind {
        margin-top: 0.6rem;
        padding: 0.5rem 0.7rem;
        border-radius: 6px;
        background: #fff3cd;
        border: 2px solid #b58100;
        font-weight: 600;
      }
      .blind::before {
        content: '⠿ ';
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    const p = this.participant;
    return html`<div class="card" data-participant=${p.number}>
      <p class="name">${p.name}</p>
      <dl>
        <dt>${t(msg.number)}</dt>
        <dd>${p.number}</dd>
        <dt>${t(msg.jabatan)}</dt>
        <dd>${p.jabatan || '—'}</dd>
        <dt>${t(msg.room)} / ${t(msg.seat)}</dt>
        <dd class="where">${p.room || '—'} / ${p.seat || '—'}</dd>
        <dt>${t(msg.nikOnRoster)}</dt>
        <dd>${p.nikMasked}</dd>
        <dt>${t(msg.duration)}</dt>
        <dd>${t(msg.minutes(p.durationMinutes))}</dd>
        <dt>Status</dt>
        <dd>${t(PARTICIPANT_STATUS_LABELS[p.status])}${p.checkedInTime ? ` · ${this.#l.clock(p.checkedInTime)}` : ''}</dd>
      </dl>
      ${p.blind ? html`<div class="blind" role="note">${t(msg.blind)} (${p.disability})</div>` : nothing}
    </div>`;
  }
}
customElements.define('siap-participant-card', ParticipantCard);

declare global {
  interface HTMLElementTagNameMap {
    'siap-participant-card': ParticipantCard;
  }
}
