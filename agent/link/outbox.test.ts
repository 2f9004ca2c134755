import { describe, expect, it } from 'vitest';
import { Outbox } from './outbox.js';

describe('Outbox', () => {
  it('numbers reports and keeps them in order until acknowledged', () => {
    const box = new Outbox<string>(10);
    expect(box.add('a').seq).toBe(1);
    expect(box.add('b').seq).toBe(2);
    expect(box.add('c').seq).toBe(3);
    box.ack(2);
    expect(box.pending()).toEqual([{ seq: 3, item: 'c' }]);
  });

  it('drops what the hub already holds after a reconnect and numbers above it', () => {
    const box = new Outbox<string>(10, 5);
    box.add('e');
    box.add('f');
    box.syncWith(5);
    expect(box.pending().map((e) => e.seq)).toEqual([6]);
    box.syncWith(40);
    expect(box.size).toBe(0);
    expect(box.add('g').seq).toBe(41);
  });

  it('drops the oldest beyond its size', () => {
    const box = new Outbox<number>(2);
    box.add(1);
    box.add(2);
    expect(box.add(3)).toEqual({ seq: 3, dropped: 1 });
    expect(box.pending().map((e) => e.item)).toEqual([2, 3]);
  });
});
