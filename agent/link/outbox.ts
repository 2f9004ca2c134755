/**
 * The agent's numbered report buffer. Each report gets the next seq; it stays until the hub
 * acknowledges it (acks are cumulative: the hub stores a seq only above the last one it holds),
 * so reports made while the hub is unreachable are replayed in order after a reconnect. Beyond
 * `max` the oldest is dropped: the newest report matters most.
 */
export class Outbox<T> {
  private entries: Array<{ seq: number; item: T }> = [];

  constructor(
    private readonly max: number,
    private next = 1,
  ) {}

  get nextSeq(): number {
    return this.next;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Adds a report; returns its seq and how many old ones were dropped to make room. */
  add(item: T): { seq: number; dropped: number } {
    const seq = this.next++;
    this.entries.push({ seq, item });
    let dropped = 0;
    while (this.entries.length > this.max) {
      this.entries.shift();
      dropped++;
    }
    return { seq, dropped };
  }

  /** The hub holds everything up to `seq`. */
  ack(seq: number): void {
    this.entries = this.entries.filter((e) => e.seq > seq);
  }

  /** After welcome: drop what the hub already holds, and never number below it again. */
  syncWith(lastSeq: number): void {
    this.ack(lastSeq);
    this.next = Math.max(this.next, lastSeq + 1);
  }

  pending(): ReadonlyArray<{ seq: number; item: T }> {
    return this.entries;
  }
}
