import type { MachineSummary } from '../protocol/api.js';
import type { LiveTopic } from '../protocol/live.js';

/** Something changed that dashboards should see: which topics, and optionally which machines or exam sessions. */
export interface Change {
  topics: LiveTopic[];
  machines?: MachineSummary[];
  sessions?: string[];
}

/**
 * The hub's in-process change feed. Features publish after they commit; the live dashboard
 * channel subscribes and coalesces. Publishing never throws into the publisher.
 */
export class ChangeFeed {
  private readonly listeners = new Set<(change: Change) => void>();

  publish(change: Change): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        /* a broken listener must not break the write that published */
      }
    }
  }

  subscribe(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
