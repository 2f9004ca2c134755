/**
 * The page of bench/dashboard-room-map (never part of the shipped dashboard). Runs in Chromium: times the room map (layoutRoom + <siap-seat-map>) against the least a browser
 * must do to show the same seats (one innerHTML write of the same markup), for a first render and
 * for a live update that recolours 5% of the seats. Returns milliseconds per run.
 */
import type { MachineSummary } from '../../../protocol/api.js';
import type { Seat } from '../../../protocol/venue.js';
import { layoutRoom } from './room-layout.js';
import './seat-map.js';

interface Timing {
  seats: number;
  baselineFirstMs: number;
  mapFirstMs: number;
  baselineUpdateMs: number;
  mapUpdateMs: number;
}

function room(seats: number) {
  const cols = 20;
  const rows = Math.ceil(seats / cols);
  const list: Seat[] = [];
  const machines: MachineSummary[] = [];
  for (let i = 0; i < seats; i++) {
    const number = i + 1;
    list.push({ roomId: 'R', number, row: Math.floor(i / cols), col: i % cols, serverId: 'S1' });
    machines.push({
      id: `PC-${number}`, role: 'client', serverId: 'S1', roomId: 'R', seat: number, online: true, presence: 'online',
      lastSeenAt: null, verdict: i % 13 === 0 ? 'not-ready' : 'ready', refusal: null, checklist: null,
      reportedAt: null, failing: i % 13 === 0 ? ['ram-size'] : [],
    });
  }
  return { room: { id: 'R', rows, cols }, seats: list, machines };
}

function baselineMarkup(machines: MachineSummary[], seats: Seat[]): string {
  const byNumber = new Map(machines.map((m) => [m.seat, m]));
  return seats
    .map((s) => {
      const m = byNumber.get(s.number)!;
      const show = m.verdict ?? 'pending';
      return `<a class="seat ${show}" style="grid-row:${s.row + 1};grid-column:${s.col + 1}" href="/mesin/${m.id}" title="Kursi ${s.number} — ${m.id}" data-show="${show}"><span>${s.number}</span><span class="mark">${show === 'ready' ? '✓' : '✕'}</span></a>`;
    })
    .join('');
}

function recolour(machines: MachineSummary[], round: number): MachineSummary[] {
  const step = 20;
  return machines.map((m, i) =>
    i % step === round % step ? { ...m, verdict: m.verdict === 'ready' ? 'not-ready' : 'ready', failing: [] } : m,
  );
}

async function time(work: () => Promise<void> | void): Promise<number> {
  const start = performance.now();
  await work();
  document.body.offsetHeight; // include style and layout
  return performance.now() - start;
}

async function once(seats: number, round: number): Promise<Timing> {
  const data = room(seats);
  document.body.replaceChildren();
  const plain = document.createElement('div');
  plain.style.display = 'grid';
  plain.style.gridTemplateColumns = `repeat(${data.room.cols}, 1fr)`;
  document.body.append(plain);
  const baselineFirstMs = await time(() => {
    plain.innerHTML = baselineMarkup(data.machines, data.seats);
  });
  const changed = recolour(data.machines, round);
  const baselineUpdateMs = await time(() => {
    plain.innerHTML = baselineMarkup(changed, data.seats);
  });
  plain.remove();

  const map = document.createElement('siap-seat-map');
  document.body.append(map);
  const mapFirstMs = await time(async () => {
    map.layout = layoutRoom(data.room, data.seats, data.machines);
    await map.updateComplete;
  });
  const mapUpdateMs = await time(async () => {
    map.layout = layoutRoom(data.room, data.seats, changed);
    await map.updateComplete;
  });
  map.remove();
  return { seats, baselineFirstMs, mapFirstMs, baselineUpdateMs, mapUpdateMs };
}

declare global {
  interface Window {
    runBench(seats: number, rounds: number): Promise<Timing[]>;
  }
}

window.runBench = async (seats, rounds) => {
  const out: Timing[] = [];
  for (let round = 0; round < rounds; round++) out.push(await once(seats, round));
  return out;
};
