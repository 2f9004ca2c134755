import { describe, expect, it } from 'vitest';
import { Admission } from './admission.js';

function setup(budgetMs: number) {
  let t = 0;
  const turns: Array<() => void> = [];
  const errors: unknown[] = [];
  const a = new Admission(
    budgetMs,
    (e) => errors.push(e),
    () => t,
    (fn) => turns.push(fn),
  );
  const turn = () => turns.shift()?.();
  return { a, turns, turn, errors, spend: (ms: number) => (t += ms) };
}

describe('Admission', () => {
  it('runs jobs in order, at most a budget per turn, and yields between turns', () => {
    const { a, turns, turn, spend } = setup(10);
    const ran: number[] = [];
    for (let i = 0; i < 10; i++)
      a.run(() => {
        ran.push(i);
        spend(4);
      });
    expect(turns).toHaveLength(1);
    turn();
    expect(ran).toEqual([0, 1, 2]);
    turn();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
    turn();
    turn();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(turns).toHaveLength(0);
    expect(a.waiting).toBe(0);
  });

  it('keeps going after a job throws, and schedules again for new jobs', () => {
    const { a, turn, turns, errors } = setup(10);
    const ran: string[] = [];
    a.run(() => {
      throw new Error('rusak');
    });
    a.run(() => ran.push('b'));
    turn();
    expect(ran).toEqual(['b']);
    expect(errors).toHaveLength(1);
    a.run(() => ran.push('c'));
    expect(turns).toHaveLength(1);
    turn();
    expect(ran).toEqual(['b', 'c']);
  });
});

describe('Admission lanes', () => {
  it('runs work on admitted sockets (runSoon) before new handshakes (run), each lane in order', () => {
    const { a, turn, spend } = setup(10);
    const ran: string[] = [];
    for (let i = 0; i < 4; i++)
      a.run(() => {
        ran.push(`upgrade ${i}`);
        spend(4);
        // Each handshake's socket then sends its hello, queued in the soon lane.
        a.runSoon(() => {
          ran.push(`hello ${i}`);
          spend(4);
        });
      });
    turn();
    expect(ran).toEqual(['upgrade 0', 'hello 0', 'upgrade 1']);
    turn();
    expect(ran).toEqual(['upgrade 0', 'hello 0', 'upgrade 1', 'hello 1', 'upgrade 2', 'hello 2']);
    turn();
    turn();
    expect(ran.slice(6)).toEqual(['upgrade 3', 'hello 3']);
    expect(a.waiting).toBe(0);
  });
});
