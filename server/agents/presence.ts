import type { Presence as PresenceState } from '../../protocol/api.js';

/**
 * Who is connected and when each agent was last heard from, kept in memory: a heartbeat costs a
 * map write, never a disk write. `dirty` remembers what changed since the last flush to SQLite.
 *
 * The exam-morning watch (`stateOf`): a machine heard from within the set time is `online`; one
 * that stopped talking (connected but silent past the set time, or its link dropped without the
 * agent's goodbye) is `missing`; one whose agent said goodbye (service stopped, PC shut down) or
 * that has not been heard from since the hub started is `offline`, by plan.
 */
export class Presence<C> {
  private readonly connections = new Map<string, C>();
  private readonly lastSeen = new Map<string, number>();
  private readonly dirty = new Set<string>();
  /** Agents whose last link ended with their own goodbye: offline by plan, not missing. */
  private readonly departed = new Set<string>();
  /** Connected agents already announced as missing (silent), so each change is published once. */
  private readonly flagged = new Set<string>();

  attach(id: string, conn: C, nowMs: number): void {
    this.connections.set(id, conn);
    this.departed.delete(id);
    this.touch(id, nowMs);
  }

  /**
   * Forgets the connection if it is still the current one for `id`; true when it was. `goodbye`:
   * the agent closed the link itself, normally (it is stopping), so it is offline by plan.
   */
  detach(id: string, conn: C, goodbye = false): boolean {
    if (this.connections.get(id) !== conn) return false;
    this.connections.delete(id);
    this.flagged.delete(id);
    if (goodbye) this.departed.add(id);
    return true;
  }

  /** Heard from now; true when the agent had been announced missing (it is back). */
  touch(id: string, nowMs: number): boolean {
    this.lastSeen.set(id, nowMs);
    this.dirty.add(id);
    return this.flagged.delete(id);
  }

  /** online | missing | offline of one machine now (see the class comment). */
  stateOf(id: string, nowMs: number, missingAfterMs: number): PresenceState {
    const seen = this.lastSeen.get(id);
    if (this.connections.has(id)) return seen !== undefined && nowMs - seen > missingAfterMs ? 'missing' : 'online';
    if (seen === undefined || this.departed.has(id)) return 'offline';
    return 'missing';
  }

  /** Connected agents that just went silent past `missingAfterMs`, each returned once until heard again. */
  newlyMissing(nowMs: number, missingAfterMs: number): string[] {
    const out: string[] = [];
    for (const id of this.connections.keys()) {
      if (this.flagged.has(id)) continue;
      const seen = this.lastSeen.get(id) ?? 0;
      if (nowMs - seen > missingAfterMs) {
        this.flagged.add(id);
        out.push(id);
      }
    }
    return out;
  }

  connection(id: string): C | undefined {
    return this.connections.get(id);
  }

  isOnline(id: string): boolean {
    return this.connections.has(id);
  }

  onlineCount(): number {
    return this.connections.size;
  }

  lastSeenMs(id: string): number | undefined {
    return this.lastSeen.get(id);
  }

  forget(id: string): void {
    this.connections.delete(id);
    this.lastSeen.delete(id);
    this.dirty.delete(id);
    this.departed.delete(id);
    this.flagged.delete(id);
  }

  /** The last-seen times changed since the previous call, as ISO strings; clears the dirty set. */
  takeDirty(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const id of this.dirty) {
      const ms = this.lastSeen.get(id);
      if (ms !== undefined) out.push([id, new Date(ms).toISOString()]);
    }
    this.dirty.clear();
    return out;
  }

  /** Connected agents silent for longer than `offlineAfterMs`. */
  silent(nowMs: number, offlineAfterMs: number): Array<[string, C]> {
    const out: Array<[string, C]> = [];
    for (const [id, conn] of this.connections) {
      const seen = this.lastSeen.get(id) ?? 0;
      if (nowMs - seen > offlineAfterMs) out.push([id, conn]);
    }
    return out;
  }

  connectedIds(): string[] {
    return [...this.connections.keys()];
  }
}
