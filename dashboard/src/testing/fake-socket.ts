import type { SocketLike, Timers } from '../data/live.js';

/** A WebSocket stand-in the test drives by hand: open it, send it frames, close it. */
export class FakeSocket implements SocketLike {
  onopen: ((ev: Event) => void) | null = null;
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onclose: ((ev: CloseEvent) => void) | null = null;
  onerror: ((ev: Event) => void) | null = null;
  closedWith: number | undefined;

  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {}

  open(): void {
    this.onopen?.(new Event('open'));
  }

  receive(data: unknown): void {
    this.onmessage?.(new MessageEvent('message', { data: typeof data === 'string' ? data : JSON.stringify(data) }));
  }

  /** The server or the network closes it. */
  drop(code = 1006): void {
    this.onclose?.(new CloseEvent('close', { code }));
  }

  close(code?: number): void {
    this.closedWith = code ?? 1005;
  }
}

export function fakeSockets() {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    factory: (url: string, protocols: string[]) => {
      const socket = new FakeSocket(url, protocols);
      sockets.push(socket);
      return socket;
    },
    get last(): FakeSocket {
      const s = sockets.at(-1);
      if (!s) throw new Error('no socket yet');
      return s;
    },
  };
}

/** Timers that fire only when the test says so, recording each delay asked for. */
export function manualTimers(): Timers & { delays: number[]; fire(): void; pending: number } {
  let next: { fn: () => void; handle: number } | undefined;
  let counter = 0;
  const delays: number[] = [];
  return {
    delays,
    set(fn, ms) {
      delays.push(ms);
      next = { fn, handle: ++counter };
      return next.handle;
    },
    clear(handle) {
      if (next && next.handle === handle) next = undefined;
    },
    fire() {
      const current = next;
      next = undefined;
      current?.fn();
    },
    get pending() {
      return next ? 1 : 0;
    },
  };
}
