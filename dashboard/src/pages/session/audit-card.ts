import { html, LitElement } from 'lit';
import type { Services } from '../../app/services.js';
import { verifyAudit, type AuditVerification } from '../../data/exam.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

/** What the hub's audit chain says now: intact (with its head, to note on paper) or the first broken entry. */
export function auditVerdict(v: AuditVerification) {
  if (v.broken) return { kind: 'error' as const, text: msg.auditBroken(v.broken.seq, v.broken.text) };
  if (!v.head) return { kind: 'ok' as const, text: msg.auditEmpty };
  return { kind: 'ok' as const, text: msg.auditIntact(v.count, v.head.seq, v.head.hash.slice(0, 16)) };
}

/** A button that verifies the hash-chained audit log, as `siapcat audit verify` does on the hub. */
export class AuditCard extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: Services;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [page];

  async #check() {
    let verdict: ReturnType<typeof auditVerdict> | undefined;
    await this.#action.run(async () => {
      verdict = auditVerdict(await verifyAudit(this.services.api));
    });
    if (verdict?.kind === 'error') this.#action.fail(verdict.text);
    else if (verdict) {
      this.#action.note = verdict;
      this.requestUpdate();
    }
  }

  override render() {
    const t = this.#l.t;
    return html`<div class="card">
      <p class="muted">${t(msg.auditLead)}</p>
      <p><button ?disabled=${this.#action.busy} @click=${() => void this.#check()}>${t(msg.auditCheck)}</button></p>
      ${actionNote(this.#action)}
    </div>`;
  }
}
customElements.define('siap-audit-card', AuditCard);

declare global {
  interface HTMLElementTagNameMap {
    'siap-audit-card': AuditCard;
  }
}
