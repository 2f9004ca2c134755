import { html, nothing } from 'lit';
import type { TrialDetail } from '../../../../protocol/custody-responses.js';
import type { DrillMarks } from '../../../../protocol/custody.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { civilOf, dateText, instantIn, readClock, readDate, type CivilDate } from '../../../../protocol/time-input.js';
import { clockText } from '../../../../protocol/time.js';

/** The drill's fields: the day (dd/mm/yyyy) and the two clock times typed in the venue's zone (07.01). */
export type DrillField = 'drillDate' | 'gensetAt' | 'mainsBackAt';

const LABEL: Record<DrillField, Localized> = {
  drillDate: { id: 'Tanggal (hh/bb/tttt)', en: 'Date (dd/mm/yyyy)' },
  gensetAt: { id: 'Genset mengambil alih (jam, mis. 07.01)', en: 'Generator took over (time, e.g. 07:01)' },
  mainsBackAt: { id: 'Listrik PLN kembali (jam)', en: 'Mains back (time)' },
};

/**
 * The marks a drill's form holds, read the venue's way whatever the browser's locale: the times in
 * the venue's zone on the typed date (an empty time clears the mark), or the first field that
 * cannot be read and why.
 */
export function drillMarks(
  data: FormData,
  zone: string,
): { ok: true; marks: DrillMarks } | { ok: false; field: DrillField; problem: Localized } {
  const text = (key: string) => String(data.get(key) ?? '').trim();
  const outcome = text('outcome');
  const marks: DrillMarks = { outcome: outcome === 'ok' || outcome === 'not-ok' ? outcome : null };
  let day: CivilDate | undefined;
  if (text('gensetAt') !== '' || text('mainsBackAt') !== '') {
    const date = readDate(text('drillDate'));
    if (!date.ok) return { ok: false, field: 'drillDate', problem: date.problem };
    day = date.value;
  }
  for (const field of ['gensetAt', 'mainsBackAt'] as const) {
    if (text(field) === '') {
      marks[field] = null;
      continue;
    }
    const clock = readClock(text(field));
    if (!clock.ok) return { ok: false, field, problem: clock.problem };
    marks[field] = instantIn(day!, clock.value, zone);
  }
  return { ok: true, marks };
}

/** A typed field written back the venue's way (03/12/2026, 07.01) when it reads; its problem when not. */
export function tidyField(input: HTMLInputElement, lang: 'id' | 'en'): Localized | undefined {
  if (input.value.trim() === '') return undefined;
  if (input.name === 'drillDate') {
    const read = readDate(input.value);
    if (!read.ok) return read.problem;
    input.value = dateText(read.value);
    return undefined;
  }
  const read = readClock(input.value);
  if (!read.ok) return read.problem;
  input.value = clockText(read.value.hour, read.value.minute, lang);
  return undefined;
}

/** The drill's marks form: the date prefilled with T0's day, the times already marked shown in the venue's zone. */
export function drillForm(
  x: TrialDetail,
  zone: string,
  lang: 'id' | 'en',
  t: (text: Localized) => string,
  problems: Partial<Record<DrillField, Localized>>,
  on: { submit: (e: SubmitEvent) => void; change: (e: Event) => void; save: string },
) {
  const day = civilOf(x.startedAt, zone);
  const clock = (iso: string | null | undefined) => {
    const c = iso ? civilOf(iso, zone) : undefined;
    return c ? clockText(c.clock.hour, c.clock.minute, lang) : '';
  };
  const value: Record<DrillField, string> = {
    drillDate: day ? dateText(day.date) : '',
    gensetAt: clock(x.drill?.gensetAt),
    mainsBackAt: clock(x.drill?.mainsBackAt),
  };
  return html`<form class="marks no-print" novalidate @submit=${on.submit}>
    ${(['drillDate', 'gensetAt', 'mainsBackAt'] as const).map(
      (f) => html`<label
        >${t(LABEL[f])}
        <input
          name=${f}
          inputmode="numeric"
          autocomplete="off"
          size="10"
          .value=${value[f]}
          aria-invalid=${problems[f] ? 'true' : 'false'}
          @change=${on.change}
        />
        ${problems[f] ? html`<span class="problem" role="alert">${t(problems[f])}</span>` : nothing}
      </label>`,
    )}
    <label
      >Hasil<select name="outcome">
        <option value="" ?selected=${!x.drill?.outcome}>—</option>
        <option value="ok" ?selected=${x.drill?.outcome === 'ok'}>Memenuhi</option>
        <option value="not-ok" ?selected=${x.drill?.outcome === 'not-ok'}>Tidak memenuhi</option>
      </select></label
    >
    <button type="submit">${on.save}</button>
  </form>`;
}
