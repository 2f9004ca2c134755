/**
 * Runs before every dashboard test file. Test files share one browser origin, so a language
 * chosen in one file (stored in localStorage) would otherwise greet the next file in English.
 * The key is written out rather than imported: importing i18n/locale.ts here would create the
 * shared locale, reading the stale language, before it is removed.
 */
const LANG_STORAGE_KEY = 'siapcat.lang';
try {
  globalThis.localStorage.removeItem(LANG_STORAGE_KEY);
} catch {
  /* storage blocked: nothing was remembered either */
}
