import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { secretsIn, type OutboxEvent } from '../../protocol/region.js';
import { createFeatures } from '../../server/features.js';
import { collectAll, custodyCollector, readinessCollector } from '../../server/outbox/collectors.js';
import type { OutboxFeature } from '../../server/outbox/feature.js';
import { isAppError } from '../../protocol/errors.js';
import { FIXTURES, startExamHub, type ExamHub } from '../exam/helpers.js';
import { TEST_ADMIN_PASSWORD } from '../helpers/hub.js';
import { join } from 'node:path';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function hubWithOutbox(): Promise<{ t: ExamHub; outbox: OutboxFeature }> {
  const features = createFeatures();
  const outbox = features.find((f) => f.name === 'outbox') as OutboxFeature;
  t = await startExamHub('2026-11-23T06:30:00+08:00', undefined, { features });
  return { t, outbox };
}

const everything = (outbox: OutboxFeature): OutboxEvent[] => outbox.store.after(0, 100_000);

describe('the outbox of a venue hub', () => {
  it('holds a whole exam morning as summaries, and never a NIK, PIN, password or key', async () => {
    const { t, outbox } = await hubWithOutbox();
    const id = await t.session();
    await t.importRoster(id, 'comma-lf.csv');
    const pins: string[] = [];
    for (const [number, nik] of [
      ['24300110120000001', '6310015503920001'],
      ['24300110120000003', '6310014107950003'],
    ] as const) {
      const res = await t.api(`/api/sessions/${id}/checkins`, { body: { participantNumber: number, nik } });
      expect(res.status).toBe(201);
      pins.push(res.body.pin);
    }
    // A refusal with a wrong NIK, and an operator typing a NIK into an incident.
    await t.api(`/api/sessions/${id}/checkins`, { body: { participantNumber: '24300110120000002', nik: '6310010000000000' } });
    const incident = await t.api(`/api/sessions/${id}/incidents`, {
      body: { room: 'R1', kind: 'peserta', description: 'Peserta NIK 6310 0102 0490 0002 salah kursi, dipindah' },
    });
    expect(incident.status).toBe(201);
    outbox.collectNow();

    const events = everything(outbox);
    const kinds = new Set(events.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['attendance', 'audit-head', 'capacity', 'custody', 'incident', 'readiness', 'results', 'venue']);
    for (const e of events) expect(secretsIn(e.payload), `${e.kind} ${e.key}`).toEqual([]);

    // And by value: nothing the roster or the desk knows as secret appears anywhere in the outbox.
    const text = JSON.stringify(events);
    const roster = readFileSync(join(FIXTURES, 'comma-lf.csv'), 'utf8');
    const niks = [...roster.matchAll(/\b\d{16}\b/g)].map((m) => m[0]);
    expect(niks.length).toBeGreaterThan(3);
    for (const secret of [...niks, '6310010000000000', ...pins, TEST_ADMIN_PASSWORD, t.token]) {
      expect(secret.length).toBeGreaterThan(5);
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('6310 0102 0490 0002');
    const sent = events.find((e) => e.kind === 'incident')!.payload;
    expect(sent.description).toBe('Peserta NIK [NIK disamarkan] salah kursi, dipindah');

    // The session's counts are the attendance page's own.
    const attendance = (await t.api(`/api/sessions/${id}/attendance`)).body;
    const counts = events.filter((e) => e.kind === 'attendance').at(-1)!.payload;
    expect({ registered: counts.registered, present: counts.present, absent: counts.absent, refused: counts.refused }).toEqual({
      registered: attendance.registered,
      present: attendance.present,
      absent: attendance.absent,
      refused: attendance.refused,
    });
  });

  it('appends only what changed, numbered in order, and retires a deleted incident', async () => {
    const { t, outbox } = await hubWithOutbox();
    const id = await t.session();
    const created = await t.api(`/api/sessions/${id}/incidents`, { body: { kind: 'listrik', description: 'PLN padam 3 menit' } });
    outbox.collectNow();
    expect(outbox.collectNow()).toBe(0);
    const before = outbox.store.head();
    await t.api(`/api/sessions/${id}/incidents/${created.body.id}`, { method: 'DELETE' });
    expect(outbox.collectNow()).toBeGreaterThanOrEqual(1);
    const added = outbox.store.after(before, 100);
    expect(added.find((e) => e.kind === 'incident')).toMatchObject({ key: `${id}/${created.body.id}`, payload: { deleted: true } });
    const seqs = everything(outbox).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('reads again only the sessions a change names, and retires a deleted incident only within them', async () => {
    const { t, outbox } = await hubWithOutbox();
    const a = await t.session({ name: 'Sesi A' });
    const b = await t.session({ name: 'Sesi B' });
    const inA = await t.api(`/api/sessions/${a}/incidents`, { body: { kind: 'listrik', description: 'PLN padam di A' } });
    const inB = await t.api(`/api/sessions/${b}/incidents`, { body: { kind: 'listrik', description: 'PLN padam di B' } });
    outbox.collectNow();
    const key = (id: string, incident: { body: { id: string } }) => `${id}/${incident.body.id}`;
    const live = () =>
      new Set(
        outbox.store
          .after(0, 100_000)
          .filter((e) => e.kind === 'incident')
          .map((e) => `${e.key}:${'deleted' in e.payload}`),
      );
    expect(live()).toEqual(new Set([`${key(a, inA)}:false`, `${key(b, inB)}:false`]));
    await t.api(`/api/sessions/${b}/incidents/${inB.body.id}`, { method: 'DELETE' });
    // A pass over session A alone neither reads B nor takes B's missing incident for a deletion.
    const before = outbox.store.head();
    outbox.collectNow(new Set([a]));
    expect(outbox.store.after(before, 100).filter((e) => e.kind === 'incident')).toEqual([]);
    // The pass over B (what the deletion's change names) retires it; A's stays.
    outbox.collectNow(new Set([b]));
    const added = outbox.store.after(before, 100).filter((e) => e.kind === 'incident');
    expect(added.map((e) => [e.key, e.payload])).toEqual([[key(b, inB), { deleted: true }]]);
    // An empty scope (a machines-only change) reads no session at all.
    const head = outbox.store.head();
    await t.api(`/api/sessions/${a}/incidents`, { body: { kind: 'listrik', description: 'PLN padam lagi di A' } });
    outbox.collectNow(new Set());
    expect(outbox.store.after(head, 100).filter((e) => e.kind === 'incident')).toEqual([]);
  });

  it('a collection caused by changes skips the collectors following other topics; the periodic pass runs them all', async () => {
    const { outbox } = await hubWithOutbox();
    const read: string[] = [];
    const readiness = readinessCollector(() => {
      read.push('readiness');
      return { verdict: 'ready', machines: {}, causes: [] } as unknown as ReturnType<Parameters<typeof readinessCollector>[0]>;
    });
    const custody = custodyCollector(
      () => {
        read.push('custody');
        return { rooms: [], seals: [] } as unknown as ReturnType<Parameters<typeof custodyCollector>[0]>;
      },
      () => [],
    );
    // A network trial's answers (topic custody) do not roll up the machines again.
    collectAll(outbox.store, [readiness, custody], new Set(), new Set(['custody']));
    expect(read).toEqual(['custody']);
    // A machine's report does.
    collectAll(outbox.store, [readiness, custody], new Set(), new Set(['machines', 'readiness']));
    expect(read).toEqual(['custody', 'readiness']);
    // The periodic passes (no topics) read everything.
    collectAll(outbox.store, [readiness, custody], 'all');
    expect(read).toEqual(['custody', 'readiness', 'readiness', 'custody']);
  });

  it('refuses a payload carrying a secret, and its rows can be neither changed nor deleted', async () => {
    const { t, outbox } = await hubWithOutbox();
    for (const payload of [
      { nik: 'x' },
      { note: 'NIK 6310015503920001' },
      { nested: [{ pinSlip: 'a' }] },
      { venueKey: 'k' },
      { password: 'p' },
    ]) {
      let error: unknown;
      try {
        outbox.outbox.append('results', payload);
      } catch (err) {
        error = err;
      }
      expect(isAppError(error) && error.code, JSON.stringify(payload)).toBe('outbox-secret');
      // The refusal says where, never the value.
      expect(String((error as Error).message)).not.toContain('6310015503920001');
    }
    expect(outbox.outbox.append('results', { lulus: 3, tidakLulus: 1 })).toBeGreaterThan(0);
    const db = t.hub.ctx.db;
    expect(() => db.prepare('UPDATE outbox SET payload = ?').run('{}')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM outbox').run()).toThrow(/append-only/);
  });
});
