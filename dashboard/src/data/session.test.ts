import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../protocol/ports.js';
import { Session, SESSION_STORAGE_KEY } from './session.js';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

const login = { token: 't'.repeat(43), username: 'admin', expiresAt: '2026-11-23T12:00:00.000Z' };

describe('Session', () => {
  it('keeps the login across a reload of the page', () => {
    const storage = memoryStorage();
    const clock = manualClock('2026-11-22T00:00:00Z');
    new Session(storage, clock).begin(login);
    const reloaded = new Session(storage, clock);
    expect(reloaded.token).toBe(login.token);
    expect(reloaded.username).toBe('admin');
  });

  it('drops a stored login that has expired, or that is damaged', () => {
    const storage = memoryStorage();
    new Session(storage, manualClock('2026-11-22T00:00:00Z')).begin(login);
    expect(new Session(storage, manualClock('2026-11-23T12:00:01Z')).loggedIn).toBe(false);
    expect(storage.data.has(SESSION_STORAGE_KEY)).toBe(false);
    storage.data.set(SESSION_STORAGE_KEY, '{broken');
    expect(new Session(storage, manualClock('2026-11-22T00:00:00Z')).loggedIn).toBe(false);
  });

  it('ends with a notice for the login page and tells listeners', () => {
    const storage = memoryStorage();
    const session = new Session(storage, manualClock('2026-11-22T00:00:00Z'));
    session.begin(login);
    let calls = 0;
    session.subscribe(() => calls++);
    session.end({ id: 'Sesi berakhir', en: 'Session ended' });
    expect(session.loggedIn).toBe(false);
    expect(session.notice?.id).toBe('Sesi berakhir');
    expect(calls).toBe(1);
    expect(storage.data.size).toBe(0);
  });
});
