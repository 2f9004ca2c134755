import { describe, expect, it } from 'vitest';
import { Locale, LANG_STORAGE_KEY } from './locale.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('Locale', () => {
  it('speaks Indonesian by default and remembers English once chosen', () => {
    const storage = memoryStorage();
    const first = new Locale(storage);
    expect(first.lang).toBe('id');
    expect(first.t({ id: 'Siap', en: 'Ready' })).toBe('Siap');
    first.setLang('en');
    expect(storage.data.get(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(new Locale(storage).lang).toBe('en');
  });

  it('ignores a remembered value that is not a language', () => {
    expect(new Locale(memoryStorage({ [LANG_STORAGE_KEY]: 'fr' })).lang).toBe('id');
  });

  it('still works when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const locale = new Locale(broken);
    locale.setLang('en');
    expect(locale.lang).toBe('en');
  });

  it('notifies on language and zone changes, and formats in the zone', () => {
    const locale = new Locale(memoryStorage());
    let calls = 0;
    const off = locale.subscribe(() => calls++);
    locale.setZone('Asia/Jayapura');
    locale.setZone('Asia/Jayapura');
    locale.setLang('en');
    off();
    locale.setLang('id');
    expect(calls).toBe(2);
    expect(locale.dateTime('2026-11-22T23:30:00Z')).toBe('23/11/2026 08.30 WIT');
  });
});
