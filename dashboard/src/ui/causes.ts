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

/** The named causes of unreadiness ("12 PC: RAM < 4 GB"), each a link to what it is about. */
export class SiapCauses extends LitElement {
  static override properties = { causes: { attribute: false }, room: {} };
  declare causes: readonly Cause[];
  declare room: string | undefined;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.causes = [];
  }

  static override styles = css`
    ul {
      margin: 0.25rem 0 0;
      padding-left: 1.1rem;
    }
    li {
      margin: 0.15rem 0;
    }
    a {
      color: var(--siap-accent);
    }
    .facility::marker {
      content: '▣ ';
    }
  `;

  override render() {
    if (this.causes.length === 0) return nothing;
    const scope = this.room ? { room: this.room } : {};
    return html`<ul>
      ${this.causes.map(
        (c) => html`<li class=${c.kind} data-kind=${c.kind}><a href=${causeHref(c, scope)}>${this.#l.t(c.text)}</a></li>`,
      )}
    </ul>`;
  }
}
customElements.define('siap-causes', SiapCauses);

declare global {
  interface HTMLElementTagNameMap {
    'siap-causes': SiapCauses;
  }
}
