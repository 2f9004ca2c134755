import { css, html, LitElement, nothing } from 'lit';
import { wallClockWords } from '../../../../protocol/time.js';
import type { ExamSession } from '../../../../protocol/exam.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { paths } from '../../app/paths.js';
import { AccessController } from '../../app/access.js';
import type { Services } from '../../app/services.js';
import { createSession, listSessions } from '../../data/exam.js';
import { ResourceController } from '../../data/resource.js';
import { getVenue } from '../../data/venue.js';
import { common } from '../../i18n/common.js';
import { DEFAULT_ZONE } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';
import type { SessionFormDefaults } from './session-form.js';
import './session-form.js';

/** Where the session's registration stands by the hub's clock: not yet open, PIN issuance open, or closed. */
export function pinState(s: ExamSession): Localized {
  if (!s.registrationOpen) return msg.pinNotYet(wallClockWords(s.local.registrationOpens, ` ${s.zone}`));
  const closes = wallClockWords(s.local.pinCloses, ` ${s.zone}`);
  return s.pinWindowOpen ? msg.pinOpen(closes) : msg.pinClosed(closes);
}

/** Every exam session (soonest first) with its counts and PIN window, and the form for a new one. */
export class SessionsPage extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: Services;
  readonly #l = new LocaleController(this);
  readonly #access = new AccessController(this);
  #sessions!: ResourceController<ExamSession[]>;
  #venue!: ResourceController<SessionFormDefaults>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#sessions ??= new ResourceController(this, {
      load: () => listSessions(api),
      live,
      topics: ['sessions', 'attendance'],
    });
    this.#venue ??= new ResourceController(this, {
      load: async () => {
        const state = await getVenue(api);
        return {
          timeZone: state.venue?.timeZone ?? DEFAULT_ZONE,
          rooms: state.rooms.filter((r) => r.kind === 'ruang-tes').map((r) => r.id),
          venueName: state.venue?.name ?? '',
          venueAddress: state.venue?.address ?? '',
        };
      },
    });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      td.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .closed {
        color: var(--siap-muted);
      }
      .open {
        color: var(--siap-ready);
        font-weight: 600;
      }
      siap-session-form {
        margin-top: 0.5rem;
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    const sessions = this.#sessions.value;
    return html`<h1>${t(msg.title)}</h1>
      <p class="muted">${t(msg.lead)}</p>
      ${
        this.#sessions.error
          ? html`<siap-notice .text=${this.#sessions.error} retry @retry=${() => this.#sessions.reload()}></siap-notice>`
          : nothing
      }
      ${
        !sessions
          ? this.#sessions.error
            ? nothing
            : html`<p>${t(common.loading)}</p>`
          : sessions.length === 0
            ? html`<siap-notice kind="info" .text=${msg.none}></siap-notice>`
            : this.#table(sessions)
      }
      ${!this.#access.may('sessions.manage') ? nothing : html`<h2>${t(msg.create)}</h2>`}
      ${
        !this.#access.may('sessions.manage')
          ? nothing
          : this.#venue.value
            ? html`<siap-session-form
            .defaults=${this.#venue.value}
            .label=${msg.createButton}
            .submit=${(body: Parameters<typeof createSession>[1]) => createSession(this.services.api, body)}
            @saved=${(e: CustomEvent<ExamSession>) => {
              void this.#sessions.reload();
              this.services.router.navigate(paths.session(e.detail.id));
            }}
          ></siap-session-form>`
            : this.#venue.error
              ? html`<siap-notice .text=${this.#venue.error} retry @retry=${() => this.#venue.reload()}></siap-notice>`
              : html`<p>${t(common.loading)}</p>`
      }`;
  }

  #table(sessions: ExamSession[]) {
    const t = this.#l.t;
    return html`<table>
      <thead>
        <tr>
          <th>${t(msg.name)}</th>
          <th>${t(msg.kind)}</th>
          <th>${t(msg.schedule)}</th>
          <th>${t(msg.pin)}</th>
          <th class="num">${t(msg.registered)}</th>
          <th class="num">${t(msg.present)}</th>
        </tr>
      </thead>
      <tbody>
        ${sessions.map(
          (s) => html`<tr data-session=${s.id}>
            <td><a href=${paths.session(s.id)}>${s.name}</a></td>
            <td>${s.kind}</td>
            <td>${s.local.date} ${this.#l.clock(s.local.start)}–${this.#l.clock(s.local.end)} ${s.zone}</td>
            <td class=${s.registrationOpen && s.pinWindowOpen ? 'open' : 'closed'}>${t(pinState(s))}</td>
            <td class="num">${s.counts.registered}</td>
            <td class="num">${s.counts.present}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
customElements.define('siap-sessions-page', SessionsPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-sessions-page': SessionsPage;
  }
}
