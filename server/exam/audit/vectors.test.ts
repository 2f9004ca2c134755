import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.js';
import { entryHash, GENESIS_HASH, verifyChain, type AuditKeying, type UnhashedEntry } from './chain.js';

/**
 * Known-answer vectors: fixed entries, a fixed key, and the expected hashes written as literals
 * (computed independently with `openssl dgst -sha256 [-mac HMAC -macopt hexkey:KEY]` over the
 * canonical text below). Dropping or renaming any hashed field (time, subject, actor, action, data,
 * session, sequence, previous hash) or changing the canonical form fails here.
 */
const KEY: AuditKeying = { key: new Uint8Array(Array.from({ length: 32 }, (_, i) => i)), fromSeq: 1 };

const E1: UnhashedEntry = {
  seq: 1,
  at: '2026-11-23T00:12:00.000Z',
  actor: 'meja1',
  action: 'checkin.registered',
  sessionId: '20261123-1',
  subject: '24300110120000001',
  data: { room: 'R1', override: null },
  prevHash: GENESIS_HASH,
};
const E1_TEXT =
  '{"action":"checkin.registered","actor":"meja1","at":"2026-11-23T00:12:00.000Z","data":{"override":null,"room":"R1"},"prevHash":"0000000000000000000000000000000000000000000000000000000000000000","seq":1,"sessionId":"20261123-1","subject":"24300110120000001"}';
const E1_HMAC = '678332518ba62e5d8cd06bbca0f13b38783bc49d05aaf4623ad313f6c2c57002';
const E1_SHA256 = '1aa8b0080ff402e9aab00b262a3794a728bbf8757ff08e79b0eaf3adb7aba061';

const E2: UnhashedEntry = {
  seq: 2,
  at: '2026-11-23T00:13:05.250Z',
  actor: 'admin',
  action: 'hub.change',
  sessionId: null,
  subject: '/api/users/meja2',
  data: { method: 'DELETE', path: '/api/users/meja2', permission: 'users.manage' },
  prevHash: E1_HMAC,
};
const E2_HMAC = '52cd82b0df67616bae019ace7f4830d06b1687eaa160a18cd4e64788c7e41354';

describe('audit chain known-answer vectors', () => {
  it('hashes the canonical text of every field, keyed and (before the key existed) plain', () => {
    const { seq, at, actor, action, sessionId, subject, data, prevHash } = E1;
    expect(canonicalJson({ seq, at, actor, action, sessionId, subject, data, prevHash })).toBe(E1_TEXT);
    expect(entryHash(E1, KEY)).toBe(E1_HMAC);
    expect(entryHash(E1)).toBe(E1_SHA256);
    expect(entryHash(E1, { ...KEY, fromSeq: 2 })).toBe(E1_SHA256);
    expect(entryHash(E2, KEY)).toBe(E2_HMAC);
  });

  it('changes the hash when any one hashed field changes', () => {
    const changes: Array<Partial<UnhashedEntry>> = [
      { seq: 3 },
      { at: '2026-11-23T00:12:00.001Z' },
      { actor: 'meja2' },
      { action: 'checkin.refused' },
      { sessionId: '20261123-2' },
      { subject: '24300110120000002' },
      { data: { room: 'R2', override: null } },
      { prevHash: E2_HMAC },
    ];
    for (const change of changes) expect(entryHash({ ...E1, ...change }, KEY), JSON.stringify(change)).not.toBe(E1_HMAC);
  });

  it('verifies the keyed chain only with its key: a copy re-chained without the key is caught', () => {
    const chain = [
      { ...E1, hash: E1_HMAC },
      { ...E2, hash: E2_HMAC },
    ];
    expect(verifyChain(chain, KEY)).toMatchObject({ count: 2, broken: null, head: { seq: 2, hash: E2_HMAC } });
    // Someone with the database but not the key edits entry 1 and re-chains with plain SHA-256.
    const forged1 = { ...E1, actor: 'orang-lain' };
    const forged1Hash = entryHash(forged1);
    const forged2 = { ...E2, prevHash: forged1Hash };
    const forged = [
      { ...forged1, hash: forged1Hash },
      { ...forged2, hash: entryHash(forged2) },
    ];
    expect(verifyChain(forged, KEY).broken).toMatchObject({ seq: 1 });
    // A wrong key does not verify either.
    expect(verifyChain(chain, { key: new Uint8Array(32), fromSeq: 1 }).broken).toMatchObject({ seq: 1 });
  });
});
