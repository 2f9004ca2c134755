import { describe, expect, it } from 'vitest';
import { VenueReadinessSchema } from '../../protocol/api.js';
import type { Room, Server } from '../../protocol/venue.js';
import { rollup, serverInfos, type RollupInput, type RollupMachine } from './rollup.js';

const RAM = { id: 'ram-size', title: { id: 'Memori (RAM)', en: 'Memory (RAM)' }, failTitle: { id: 'RAM < 4 GB', en: 'RAM < 4 GB' } };
const CAM = { id: 'webcam', title: { id: 'Webcam', en: 'Webcam' } };

function pc(id: string, over: Partial<RollupMachine> = {}): RollupMachine {
  return {
    id,
    role: 'client',
    serverId: 'S1',
    roomId: 'R1',
    online: true,
    verdict: 'ready',
    failing: [],
    unknowns: [],
    refusal: null,
    waiting: false,
    wantedServerId: 'S1',
    ...over,
    presence: over.presence ?? (over.online === false ? 'offline' : 'online'),
  };
}

const rooms: Room[] = [
  { id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 2, cols: 2 },
  { id: 'SRV', name: 'Ruang server', kind: 'ruang-server', rows: 0, cols: 0 },
];
const servers: Server[] = [
  { id: 'S1', kind: 'server', name: 'Server utama', roomId: 'SRV', limit: 200 },
  { id: 'S2', kind: 'mobile-server', name: '', roomId: 'SRV', limit: 2 },
];

function input(machines: RollupMachine[], seated: string[] = []): RollupInput {
  return {
    machines,
    rooms,
    servers,
    seats: new Map([['R1', [1, 2, 3, 4]]]),
    seated: new Set(seated),
    generatedAt: '2026-11-23T00:00:00.000Z',
  };
}

describe('rollup', () => {
  it('is ready when every machine is online and ready and every seat has a PC', () => {
    const machines = [pc('S1', { role: 'server', roomId: 'SRV' }), pc('A'), pc('B'), pc('C'), pc('D')];
    const r = rollup(input(machines, ['R1/1', 'R1/2', 'R1/3', 'R1/4']));
    expect(VenueReadinessSchema.parse(r)).toEqual(r);
    expect(r.verdict).toBe('ready');
    expect(r.causes).toEqual([]);
    expect(r.machines).toEqual({ ready: 5, notReady: 0, incomplete: 0, missing: 0, offline: 0 });
    expect(r.servers[0]).toMatchObject({ id: 'S1', assigned: 4, online: true, verdict: 'ready', limit: 200 });
  });

  it('names failing checks by count, and counts an offline machine only as offline', () => {
    const fail = { verdict: 'not-ready' as const, failing: [RAM] };
    const machines = [
      pc('A', fail),
      pc('B', fail),
      pc('C', { ...fail, online: false }),
      pc('D', { verdict: 'incomplete', unknowns: [CAM] }),
    ];
    const r = rollup(input(machines, ['R1/1', 'R1/2', 'R1/3', 'R1/4']));
    expect(r.verdict).toBe('not-ready');
    expect(r.machines).toEqual({ ready: 0, notReady: 2, incomplete: 1, missing: 0, offline: 1 });
    expect(r.causes.map((c) => c.text.id)).toEqual(['2 PC: RAM < 4 GB', '1 PC offline', '1 PC: Webcam belum bisa dinilai']);
    expect(r.causes[0]).toMatchObject({ kind: 'check-fail', ref: 'ram-size', count: 2, text: { en: '2 PCs: RAM < 4 GB' } });
    // The hub says how much each weighs, strictest first: the dashboard shows them as they come.
    expect(r.causes.map((c) => c.severity)).toEqual(['fail', 'unknown', 'unknown']);
    expect(r.rooms[0]?.verdict).toBe('not-ready');
  });

  it('names a full server with the clients waiting for it', () => {
    const machines = [
      pc('A', { serverId: 'S2', wantedServerId: 'S2', roomId: null }),
      pc('B', { serverId: 'S2', wantedServerId: 'S2', roomId: null }),
      ...['C', 'D', 'E'].map((id) =>
        pc(id, {
          serverId: null,
          wantedServerId: 'S2',
          roomId: null,
          waiting: true,
          refusal: { code: 'server-full', message: 'penuh', en: 'full' },
        }),
      ),
    ];
    const r = rollup(input(machines));
    expect(r.causes[0]).toEqual({
      kind: 'server-full',
      severity: 'fail',
      ref: 'S2',
      count: 3,
      text: { id: 'server S2 penuh: 2/2, 3 menunggu', en: 'server S2 full: 2/2, 3 waiting' },
    });
    expect(r.servers[1]).toMatchObject({ id: 'S2', assigned: 2, waiting: ['C', 'D', 'E'], verdict: 'not-ready' });
    expect(r.verdict).toBe('not-ready');
  });

  it('names refused placements, unplaced clients, silent machines and empty seats', () => {
    const machines = [
      pc('A', { serverId: null, wantedServerId: 'S9', refusal: { code: 'unknown-server', message: 'x', en: 'x' } }),
      pc('B', { serverId: null, wantedServerId: null }),
      pc('C', { verdict: null }),
    ];
    const r = rollup(input(machines, ['R1/1']));
    const texts = r.causes.map((c) => c.text.en);
    expect(texts).toEqual([
      '1 PC: server not in the venue plan',
      '1 PC: no report yet',
      '1 PC: not placed on a server',
      'Room R1: 3 seats without an enrolled PC',
    ]);
    expect(r.rooms[0]?.causes.at(-1)?.text.id).toBe('3 kursi belum ada PC yang terdaftar');
    expect(r.verdict).toBe('not-ready');
  });

  it('counts the facility checklist beside the machines: an item not met fails, one unchecked is unknown', () => {
    const machines = [pc('PC-1'), pc('PC-2'), pc('PC-3'), pc('PC-4')];
    const seated = ['R1/1', 'R1/2', 'R1/3', 'R1/4'];
    const genset = {
      kind: 'facility' as const,
      severity: 'fail' as const,
      ref: 'genset',
      count: 1,
      text: { id: 'Fasilitas belum memenuhi: Genset', en: 'Facility not met: Genset' },
    };
    const unchecked = {
      kind: 'facility' as const,
      severity: 'unknown' as const,
      ref: 'unchecked',
      count: 3,
      text: { id: '3 item fasilitas belum diperiksa', en: '3 facility items not checked yet' },
    };

    expect(rollup({ ...input(machines, seated), facilityCauses: [] }).verdict).toBe('ready');
    const pending = rollup({ ...input(machines, seated), facilityCauses: [unchecked] });
    expect(pending.verdict).toBe('incomplete');
    expect(pending.causes).toEqual([unchecked]);
    const failing = rollup({ ...input(machines, seated), facilityCauses: [unchecked, genset] });
    expect(failing.verdict).toBe('not-ready');
    expect(failing.causes.map((c) => c.ref)).toEqual(['genset', 'unchecked']);
    // Rooms and servers are judged on their machines alone.
    expect(failing.rooms.find((r) => r.id === 'R1')?.verdict).toBe('ready');
  });

  it('counts a missing machine (stopped talking) apart from one offline by plan, per room and venue', () => {
    const machines = [
      pc('A'),
      pc('B', { online: false, presence: 'missing', verdict: 'ready' }),
      pc('C', { online: true, presence: 'missing', verdict: 'not-ready', failing: [RAM] }),
      pc('D', { online: false }),
    ];
    const r = rollup(input(machines, ['R1/1', 'R1/2', 'R1/3', 'R1/4']));
    expect(r.machines).toEqual({ ready: 1, notReady: 0, incomplete: 0, missing: 2, offline: 1 });
    expect(r.rooms[0]?.machines.missing).toBe(2);
    // A missing machine's last verdict is stale: its failing check is not counted.
    expect(r.causes.map((c) => [c.kind, c.text.id])).toEqual([
      ['missing', '2 PC hilang (berhenti mengirim kabar)'],
      ['offline', '1 PC offline'],
    ]);
    expect(r.verdict).toBe('incomplete');
  });

  it('ranks the causes it sends strictest first, failures largest first, each with its severity (the dashboard keeps this order)', () => {
    const DISK = { id: 'disk-free', title: { id: 'Disk', en: 'Disk' } };
    const machines = [
      pc('A', { verdict: 'incomplete', unknowns: [CAM] }),
      pc('B', { verdict: 'not-ready', failing: [DISK] }),
      pc('C', { online: true, presence: 'missing', verdict: 'ready' }),
      pc('D', { verdict: 'not-ready', failing: [RAM, DISK] }),
      pc('E', { verdict: 'not-ready', failing: [RAM] }),
      pc('F', { verdict: 'not-ready', failing: [RAM] }),
    ];
    const r = rollup(input(machines, ['R1/1', 'R1/2', 'R1/3', 'R1/4']));
    expect(r.causes.map((c) => [c.severity, c.kind, c.count])).toEqual([
      ['fail', 'check-fail', 3],
      ['fail', 'check-fail', 2],
      ['unknown', 'missing', 1],
      ['unknown', 'check-unknown', 1],
    ]);
    expect(VenueReadinessSchema.parse(r)).toEqual(r);
  });

  it('is incomplete, not ready, for an empty venue', () => {
    const r = rollup({ ...input([]), seats: new Map() });
    expect(r.verdict).toBe('incomplete');
    expect(r.causes[0]?.text.id).toBe('Belum ada PC yang terhubung ke hub');
  });

  it('labels causes about servers as servers', () => {
    const r = rollup(input([pc('S1', { role: 'server', roomId: 'SRV', online: false })], []));
    expect(r.causes.find((c) => c.kind === 'offline' && c.ref === 'venue')?.text).toEqual({
      id: '1 server offline',
      en: '1 server offline',
    });
  });

  it('never reports more assigned than the limit allows', () => {
    const infos = serverInfos([{ ...servers[0]!, limit: 500 }], [pc('A')]);
    expect(infos[0]).toEqual({ id: 'S1', kind: 'server', limit: 200, assigned: 1, online: false, waiting: [] });
  });
});
