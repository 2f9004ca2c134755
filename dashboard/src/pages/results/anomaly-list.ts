import { css, html, LitElement, nothing } from 'lit';
import type { Anomaly, ResultsResponse } from '../../../../protocol/results.js';
import type { Services } from '../../app/services.js';
import { explainAnomaly } from '../../data/results.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';

/** Anomalies between presence and results, each with its written explanation or a form to give one. */
export class AnomalyList extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: { attribute: false },
    data: { attribute: false },
  };
  declare services: Services;
  declare sessionId: string;
  declare data: ResultsResponse;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [
    page,
    css`
      li {
        margin-bottom: 0.8rem;
      }
      .kind {
        font-weight: 600;
        color: var(--fail, #b3261e);
      }
      blockquote {
        margin: 0.3rem 0 0 1rem;
        font-style: italic;
      }
      textarea {
        width: 100%;
        min-height: 3rem;
        box-sizing: border-box;
      }
    `,
  ];

  #explain = async (e: Event, a: Anomaly) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const text = (form.querySelector('textarea')?.value ?? '').trim();
    const ok = await this.#action.run(
      () => explainAnomaly(this.services.api, this.sessionId, { kind: a.kind, participantNumber: a.participantNumber, text }),
      msg.explained,
    );
    if (ok) this.dispatchEvent(new Event('explained'));
  };

  override render() {
    const t = this.#l.t;
    const { anomalies, counts } = this.data;
    return html`<section class="card" data-anomalies>
      <h2>${t(msg.anomaliesTitle(counts.anomalies, counts.unexplained))}</h2>
      ${actionNote(this.#action)}
      ${anomalies.length === 0
        ? html`<p>${t(msg.noAnomalies)}</p>`
        : html`<ul>
            ${anomalies.map(
              (a) => html`<li data-anomaly=${`${a.kind}:${a.participantNumber}`}>
                <span class="kind">${t(a.label)}</span> · ${a.participantNumber} ${a.name}
                <div>${t(a.detail)}</div>
                ${a.explanation
                  ? html`<blockquote data-explanation>${a.explanation.text} ${t(msg.explainedBy(a.explanation.by))}</blockquote>`
                  : html`<form @submit=${(e: Event) => this.#explain(e, a)}>
                      <label
                        >${t(msg.explanation)} ${a.participantNumber}
                        <textarea name="text" minlength="5" maxlength="2000" required></textarea>
                      </label>
                      <button ?disabled=${this.#action.busy}>${t(msg.explain)}</button>
                    </form>`}
              </li>`,
            )}
          </ul>`}
      ${nothing}
    </section>`;
  }
}
customElements.define('siap-anomaly-list', AnomalyList);

declare global {
  interface HTMLElementTagNameMap {
    'siap-anomaly-list': AnomalyList;
  }
}
