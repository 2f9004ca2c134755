/**
 * Who is connected and when each agent was last heard from, kept in memory: a heartbeat costs a
 * map write, never a disk write. `dirty` remembers what changed since the last flush to SQLite.
 */
export class Presence<C> {
  private readonly connections = new Map<string, C>();
  private readonly lastSeen = new Map<string, number>();
  private readonly dirty = new Set<string>();

  attach(id: string, conn: C, nowMs: number): void {
    this.connections.set(id, conn);
    this.touch(id, nowMs);
  }

  /** Forgets the connection if it is still the current one for `id`; true when it was. */
  detach(id: string, conn: C): boolean {
    if (this.connections.get(id) !== conn) return false;
    this.connections.delete(id);
    return true;
  }

  touch(id: string, nowMs: number): void {
    this.lastSeen.set(id, nowMs);
    this.dirty.add(id);
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
