/** Text shown to people: Bahasa Indonesia first, English beside it. */
export interface Localized {
  id: string;
  en: string;
}

export type Lang = keyof Localized;

export const LANGS: readonly Lang[] = ['id', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

/** Picks the text for one language. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Both languages on two lines, Indonesian first: for CLI errors and logs read by mixed teams. */
export function bilingual(text: Localized): string {
  return `${text.id}\n${text.en}`;
}
