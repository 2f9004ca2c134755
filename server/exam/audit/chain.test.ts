import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../protocol/exam-reports.js';
import { entryHash, GENESIS_HASH, verifyChain } from './chain.js';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const unhashed = {
      seq,
      at: `2026-11-23T07:0${seq}:00.000Z`,
      actor: 'meja1',
      action: 'checkin.registered',
      sessionId: '20261123-1',
      subject: `2430011012000000${seq}`,
      data: { room: 'R1', seq },
      prevHash: out.at(-1)?.hash ?? GENESIS_HASH,
    };
    out.push({ ...unhashed, hash: entryHash(unhashed) });
  }
  return out;
}

describe('verifyChain', () => {
  it('accepts an intact chain and names its head', () => {
    const entries = chain(4);
    expect(verifyChain(entries)).toEqual({ count: 4, head: { seq: 4, hash: entries[3]!.hash }, broken: null });
    expect(verifyChain([])).toEqual({ count: 0, head: null, broken: null });
  });

  it('names the changed entry when its content was edited', () => {
    const entries = chain(4);
    entries[1] = { ...entries[1]!, data: { room: 'R9', seq: 2 } };
    const report = verifyChain(entries);
    expect(report.broken?.seq).toBe(2);
    expect(report.broken?.text.id).toContain('Isi entri #2');
    expect(report.count).toBe(1);
  });

  it('names the next entry when an edited entry was re-hashed to hide it', () => {
    const entries = chain(4);
    const edited = { ...entries[1]!, actor: 'orang-lain' };
    entries[1] = { ...edited, hash: entryHash(edited) };
    expect(verifyChain(entries).broken).toMatchObject({
      seq: 3,
      text: { en: expect.stringContaining('does not link') },
    });
  });

  it('names a gap and an unreadable row', () => {
    const entries = chain(4);
    expect(verifyChain([entries[0]!, entries[2]!, entries[3]!]).broken).toMatchObject({
      seq: 3,
      text: { id: expect.stringContaining('entri #2 hilang') },
    });
    expect(verifyChain([entries[0]!, { seq: 2, unreadable: 'data is not JSON' }]).broken?.seq).toBe(2);
  });
});
