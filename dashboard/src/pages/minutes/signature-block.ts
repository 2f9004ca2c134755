import { html } from 'lit';
import type { Signatory } from '../../../../protocol/exam.js';
import type { BeritaAcara } from '../../../../protocol/exam-reports.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { dayText, GROUPS, GROUP_LABELS, msg, type Group } from './messages.js';

type T = (text: Localized) => string;

function signer(t: T, group: Group, s: Signatory | undefined) {
  const heading = html`<div class="group">${t(GROUP_LABELS[group])}</div>`;
  if (!s) {
    // Nobody named yet: a blank place to write the name and NIP by hand.
    return html`<div class="sign" data-group=${group} data-signatory="blank">
      ${heading}
      <div class="role">&nbsp;</div>
      <div class="space"></div>
      <div class="blank"></div>
      <div class="blank" aria-label=${t(msg.nip)}></div>
    </div>`;
  }
  return html`<div class="sign" data-group=${group} data-signatory=${s.name}>
    ${heading}
    <div class="role">${s.jabatan || '\u00a0'}</div>
    <div class="space"></div>
    <div class="name">${s.name}</div>
    <div>${s.nip ? `${t(msg.nip)}. ${s.nip}` : '\u00a0'}</div>
  </div>`;
}

/**
 * Who signs (Panselda, the CAT team, the monitors): the names the session holds, side by side in
 * rows of three as on a paper berita acara, each with room for ink. A group nobody was named for
 * gets one blank place. Above them the place and date ("Batulicin, 4 Desember 2026") when the hub gives it.
 */
export function signatureBlock(
  d: Pick<BeritaAcara, 'signatories'> & { session: Pick<BeritaAcara['session'], 'day' | 'date'>; placeDate?: Localized },
  t: T,
) {
  const places = GROUPS.flatMap((group) => {
    const people = d.signatories[group];
    return people.length ? people.map((s) => signer(t, group, s)) : [signer(t, group, undefined)];
  });
  return html`<section class="signatures" data-signatures>
    <div class="date" data-place-date>${d.placeDate ? t(d.placeDate) : `${t(dayText(d.session.day))}, ${d.session.date}`}</div>
    <div class="sign-grid">${places}</div>
  </section>`;
}
