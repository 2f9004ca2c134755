import { html, LitElement } from 'lit';
import type { Localized } from '../../../../protocol/i18n.js';
import type { Services } from '../../app/services.js';
import { downloadBackup } from '../../data/backup.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { downloadBlob } from '../../ui/download.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';

const MIN = 12;

export const backupMsg = {
  title: { id: 'Cadangan', en: 'Backup' },
  lead: {
    id: 'Unduh salinan utuh hub saat ini (basis data, kunci PIN dan audit, sertifikat CA), terenkripsi dengan frasa sandi. Simpan di flashdisk terpisah dari PC hub; pulihkan di PC lain dengan "siapcat restore BERKAS --db ./data/siapcat.db".',
    en: 'Download a whole copy of the hub as it is now (database, PIN and audit keys, CA certificate), encrypted with a passphrase. Keep it on a USB stick apart from the hub PC; restore on another PC with "siapcat restore FILE --db ./data/siapcat.db".',
  },
  passphrase: { id: `Frasa sandi (min. ${MIN} karakter)`, en: `Passphrase (at least ${MIN} characters)` },
  again: { id: 'Ulangi frasa sandi', en: 'Repeat the passphrase' },
  download: { id: 'Unduh cadangan', en: 'Download backup' },
  busy: { id: 'Membuat cadangan…', en: 'Making the backup…' },
  short: {
    id: `Frasa sandi minimal ${MIN} karakter; beberapa kata acak paling baik.`,
    en: `The passphrase needs at least ${MIN} characters; a few random words are best.`,
  },
  mismatch: { id: 'Kedua frasa sandi tidak sama. Ketik ulang keduanya.', en: 'The two passphrases differ. Type both again.' },
  done: (name: string): Localized => ({
    id: `Cadangan ${name} diunduh. Catat frasa sandinya dan simpan terpisah dari berkas: tanpa frasa itu cadangan tidak bisa dibuka.`,
    en: `Backup ${name} downloaded. Write the passphrase down and keep it apart from the file: without it the backup cannot be opened.`,
  }),
};

/** Pengaturan > Cadangan (admin only): a passphrase twice, then the hub's encrypted backup as a download. */
export class BackupCard extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: Services;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  static override styles = [page];

  #submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const passphrase = String(data.get('passphrase') ?? '');
    if (passphrase.length < MIN) return this.#action.fail(backupMsg.short);
    if (passphrase !== String(data.get('again') ?? '')) return this.#action.fail(backupMsg.mismatch);
    let name = '';
    void this.#action.run(
      async () => {
        const { blob, filename } = await downloadBackup(this.services.api, passphrase);
        name = filename ?? 'siapcat.siapcat-backup';
        downloadBlob(name, blob);
        form.reset();
      },
      () => backupMsg.done(name),
    );
  };

  override render() {
    const t = this.#l.t;
    return html`<p>${t(backupMsg.lead)}</p>
      <form class="row" @submit=${this.#submit}>
        <label>${t(backupMsg.passphrase)} <input name="passphrase" type="password" autocomplete="new-password" required /></label>
        <label>${t(backupMsg.again)} <input name="again" type="password" autocomplete="new-password" required /></label>
        <button class="primary" data-backup ?disabled=${this.#action.busy}>${t(this.#action.busy ? backupMsg.busy : backupMsg.download)}</button>
      </form>
      ${actionNote(this.#action)}`;
  }
}
customElements.define('siap-backup-card', BackupCard);

declare global {
  interface HTMLElementTagNameMap {
    'siap-backup-card': BackupCard;
  }
}
