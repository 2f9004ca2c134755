import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A component stand-in for controller tests: counts updates and connects controllers on demand. */
export function testHost() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost & { updates: number; connect(): void; disconnect(): void } = {
    updates: 0,
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
  return host;
}

/** A promise the test resolves by hand. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promises and queued tasks run (fetches answered by fakes, Lit updates). */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
