import { describe, expect, it } from 'vitest';
import { machineSummary } from '../../testing/fixtures.js';
import { filterMachines } from './filter.js';

const machines = [
  machineSummary({ id: 'PC-10', roomId: 'R2', seat: 1 }),
  machineSummary({ id: 'PC-2', roomId: 'R1', seat: 2, verdict: 'not-ready', failing: ['ram-size'] }),
  machineSummary({ id: 'PC-1', roomId: 'R1', seat: 1, verdict: 'not-ready', failing: ['ram-size'], online: false }),
  machineSummary({ id: 'PC-3', roomId: null, seat: null, serverId: 'S2', verdict: 'incomplete' }),
];

describe('filterMachines', () => {
  it('sorts by room and seat, unplaced PCs last', () => {
    expect(filterMachines(machines, {}).map((m) => m.id)).toEqual(['PC-1', 'PC-2', 'PC-10', 'PC-3']);
  });

  it('selects the failing PCs of a check by live state (offline ones are not "not ready")', () => {
    expect(filterMachines(machines, { verdict: 'not-ready', check: 'ram-size' }).map((m) => m.id)).toEqual(['PC-2']);
    expect(filterMachines(machines, { offline: true }).map((m) => m.id)).toEqual(['PC-1']);
  });

  it('counts an online PC without a report as incomplete, as the hub does', () => {
    const waiting = machineSummary({ id: 'PC-9', verdict: null });
    expect(filterMachines([...machines, waiting], { verdict: 'incomplete' }).map((m) => m.id)).toEqual(['PC-9', 'PC-3']);
  });

  it('selects the missing PCs (stopped talking) apart from those offline by plan', () => {
    const lost = machineSummary({ id: 'PC-7', roomId: 'R1', seat: 7, presence: 'missing', online: true, verdict: 'ready' });
    expect(filterMachines([...machines, lost], { verdict: 'missing' }).map((m) => m.id)).toEqual(['PC-7']);
    expect(filterMachines([...machines, lost], { offline: true }).map((m) => m.id)).toEqual(['PC-1']);
    expect(filterMachines([...machines, lost], { verdict: 'ready' }).map((m) => m.id)).toEqual(['PC-10']);
  });

  it('filters by room, server and a search on the id', () => {
    expect(filterMachines(machines, { room: 'R1' }).map((m) => m.id)).toEqual(['PC-1', 'PC-2']);
    expect(filterMachines(machines, { server: 'S2' }).map((m) => m.id)).toEqual(['PC-3']);
    expect(filterMachines(machines, {}, ' pc-1').map((m) => m.id)).toEqual(['PC-1', 'PC-10']);
  });
});
