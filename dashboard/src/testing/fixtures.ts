import type { MachineSummary, ServerReadiness, VenueReadiness } from '../../../protocol/api.js';
import type { CheckResult } from '../../../protocol/check.js';
import type { FacilitiesResponse } from '../../../protocol/facilities.js';
import type { Room, Seat } from '../../../protocol/venue.js';
import type { MachineDetail, MachineRow, VenueState } from '../data/contract.js';

/** Typed test data shaped exactly like the hub's answers. */

const CHECKLIST = { id: 'perbup-tanah-bumbu-73-2022/client', version: '1.0.0', sha256: 'a'.repeat(64) };

export function check(overrides: Partial<CheckResult> & Pick<CheckResult, 'id'>): CheckResult {
  return {
    status: 'pass',
    measured: '8 GB',
    expected: '≥ 4 GB',
    clause: 'Lampiran C.4.b.2.a(5)',
    level: 'rekomendasi',
    title: { id: `Pemeriksaan ${overrides.id}`, en: `Check ${overrides.id}` },
    ...overrides,
  };
}

export const RAM_FAIL = check({
  id: 'ram-size',
  status: 'fail',
  measured: '2 GB terpasang',
  expected: '≥ 4 GB',
  title: { id: 'Memori (RAM)', en: 'Memory (RAM)' },
  failTitle: { id: 'RAM < 4 GB', en: 'RAM < 4 GB' },
  fix: { id: 'Tambah modul RAM hingga minimal 4 GB.', en: 'Add RAM modules up to at least 4 GB.' },
});

export const WEBCAM_UNKNOWN = check({
  id: 'webcam',
  status: 'unknown',
  measured: null,
  expected: 'ada webcam',
  clause: 'Lampiran C.4.b.2.a(9)',
  title: { id: 'Webcam', en: 'Webcam' },
  reason: { id: 'Daftar perangkat kamera tidak terbaca.', en: 'The camera device list could not be read.' },
  fix: { id: 'Periksa webcam secara manual.', en: 'Check the webcam by hand.' },
});

export function machineSummary(overrides: Partial<MachineSummary> & Pick<MachineSummary, 'id'>): MachineSummary {
  return {
    role: 'client',
    serverId: 'S1',
    roomId: 'R1',
    seat: 1,
    online: true,
    presence: 'online',
    lastSeenAt: '2026-11-22T23:29:00.000Z',
    verdict: 'ready',
    refusal: null,
    checklist: CHECKLIST,
    reportedAt: '2026-11-22T23:28:00.000Z',
    failing: [],
    ...overrides,
  };
}

export function machineRow(overrides: Partial<MachineRow> & Pick<MachineRow, 'id'>): MachineRow {
  const { failing: _failing, ...summary } = machineSummary(overrides);
  const checks = overrides.checks ?? [check({ id: 'cpu-speed' }), check({ id: 'ram-size' })];
  const failing = overrides.failing ?? checks.filter((c) => c.status === 'fail').map((c) => c.id);
  return { ...summary, checks, failing };
}

export function machineDetail(overrides: Partial<MachineDetail> = {}): MachineDetail {
  const summary = machineSummary({ id: 'PC-017', seat: 17, verdict: 'not-ready', failing: ['ram-size'] });
  return {
    ...summary,
    checks: [
      check({ id: 'cpu-speed', title: { id: 'Kecepatan prosesor', en: 'Processor speed' }, measured: '3.2 GHz', expected: '≥ 2.0 GHz' }),
      RAM_FAIL,
      WEBCAM_UNKNOWN,
    ],
    history: [
      { at: '2026-11-22T23:28:00.000Z', verdict: 'not-ready', changes: [{ id: 'ram-size', from: 'pass', to: 'fail' }] },
      { at: '2026-11-21T01:00:00.000Z', verdict: 'incomplete', changes: [{ id: 'webcam', from: null, to: 'unknown' }] },
    ],
    ...overrides,
  };
}

/** A room of rows x cols seats numbered row by row from 1, all on one server. */
export function seatGrid(roomId: string, rows: number, cols: number, serverId = 'S1'): Seat[] {
  const seats: Seat[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) seats.push({ roomId, number: row * cols + col + 1, row, col, serverId });
  }
  return seats;
}

export function venueState(rooms: Room[] = [{ id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 3, cols: 4 }]): VenueState {
  return {
    venue: { name: 'Gedung Serbaguna Batulicin', address: 'Jl. Dharma Praja, Batulicin', city: 'Batulicin', timeZone: 'Asia/Makassar' },
    rooms,
    servers: [
      { id: 'S1', kind: 'server', name: 'Server utama', roomId: 'SRV', limit: 200 },
      { id: 'S2', kind: 'mobile-server', name: 'Server mobile BKN', roomId: 'SRV', limit: 200 },
    ],
    seats: rooms.flatMap((r) => seatGrid(r.id, r.rows, r.cols)),
  };
}

export function serverReadiness(overrides: Partial<ServerReadiness> & Pick<ServerReadiness, 'id'>): ServerReadiness {
  return {
    kind: 'server',
    verdict: 'ready',
    machines: { ready: 10, notReady: 0, incomplete: 0, missing: 0, offline: 0 },
    causes: [],
    limit: 200,
    assigned: 10,
    online: true,
    waiting: [],
    ...overrides,
  };
}

export function readiness(overrides: Partial<VenueReadiness> = {}): VenueReadiness {
  return {
    verdict: 'not-ready',
    machines: { ready: 180, notReady: 12, incomplete: 5, missing: 0, offline: 3 },
    causes: [
      { kind: 'check-fail', severity: 'fail', ref: 'ram-size', count: 12, text: { id: '12 PC: RAM < 4 GB', en: '12 PCs: RAM < 4 GB' } },
      {
        kind: 'server-full',
        severity: 'fail',
        ref: 'S2',
        count: 3,
        text: { id: 'server S2 penuh: 200/200, 3 menunggu', en: 'server S2 full: 200/200, 3 waiting' },
      },
      // The hub folds the facility checklist's causes into the venue's (server/readiness/rollup.ts).
      ...facilities().summary.causes,
    ],
    rooms: [
      {
        id: 'R1',
        name: 'Ruang 1',
        kind: 'ruang-tes',
        verdict: 'ready',
        machines: { ready: 36, notReady: 0, incomplete: 0, missing: 0, offline: 0 },
        causes: [],
      },
      {
        id: 'R2',
        name: 'Ruang 2',
        kind: 'ruang-tes',
        verdict: 'not-ready',
        machines: { ready: 24, notReady: 12, incomplete: 0, missing: 0, offline: 0 },
        causes: [
          { kind: 'check-fail', severity: 'fail', ref: 'ram-size', count: 12, text: { id: '12 PC: RAM < 4 GB', en: '12 PCs: RAM < 4 GB' } },
        ],
      },
    ],
    servers: [
      serverReadiness({ id: 'S1', assigned: 120 }),
      serverReadiness({
        id: 'S2',
        kind: 'mobile-server',
        verdict: 'not-ready',
        assigned: 200,
        waiting: ['PC-201', 'PC-202', 'PC-203'],
        causes: [
          {
            kind: 'server-full',
            severity: 'fail',
            ref: 'S2',
            count: 3,
            text: { id: 'server S2 penuh: 200/200, 3 menunggu', en: 'server S2 full: 200/200, 3 waiting' },
          },
        ],
      }),
    ],
    generatedAt: '2026-11-22T23:30:00.000Z',
    ...overrides,
  };
}

export function facilities(): FacilitiesResponse {
  return {
    items: [
      {
        id: 'genset',
        clause: 'Lampiran C.4.b.1.d',
        level: 'minimal',
        title: { id: 'Genset', en: 'Generator' },
        entry: { status: 'not-ok', note: 'solar habis', by: 'admin', at: '2026-11-22T02:00:00.000Z' },
      },
      {
        id: 'ups',
        clause: 'Lampiran C.4.b.1.e',
        level: 'minimal',
        title: { id: 'UPS 1 KVA 220 V', en: 'UPS 1 KVA 220 V' },
        entry: { status: 'ok', note: '', by: 'admin', at: '2026-11-22T02:05:00.000Z' },
      },
      { id: 'first-aid', clause: 'Lampiran C.4.b.2.g', level: 'rekomendasi', title: { id: 'Fasilitas P3K', en: 'First aid' }, entry: null },
    ],
    summary: {
      verdict: 'not-ready',
      counts: { ok: 1, notOk: 1, na: 0, unchecked: 1 },
      causes: [
        {
          kind: 'facility',
          severity: 'fail',
          ref: 'genset',
          count: 1,
          text: { id: 'Fasilitas belum memenuhi: Genset (solar habis)', en: 'Facility not met: Generator (solar habis)' },
        },
        {
          kind: 'facility',
          severity: 'unknown',
          ref: 'unchecked',
          count: 1,
          text: { id: '1 item fasilitas belum diperiksa', en: '1 facility item not checked yet' },
        },
      ],
    },
  };
}
