import type { ProbeError } from '../../protocol/snapshot.js';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ProbeError };

/**
 * Settles with the value, or with a `timeout` error after `ms`, or with a `failed` error if the
 * promise rejects. Never rejects. The work itself is not cancelled (systeminformation has no
 * cancel); callers that own a process kill it themselves.
 */
export function withTimeout<T>(work: Promise<T> | (() => Promise<T>), ms: number, label: string): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      resolve({ ok: false, error: { code: 'timeout', detail: `${label} > ${ms} ms` } });
    }, ms);
    let promise: Promise<T>;
    try {
      promise = typeof work === 'function' ? work() : work;
    } catch (err) {
      promise = Promise.reject(err);
    }
    promise.then(
      (value) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve({ ok: true, value });
      },
      (err: unknown) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve({ ok: false, error: { code: 'failed', detail: `${label}: ${errorText(err)}`.slice(0, 500) } });
      },
    );
  });
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
