import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from './timeout.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeout', () => {
  it('passes the value through', async () => {
    await expect(withTimeout(Promise.resolve(42), 1000, 'x')).resolves.toEqual({ ok: true, value: 42 });
  });

  it('turns a rejection or a throwing starter into a failed outcome', async () => {
    await expect(withTimeout(Promise.reject(new Error('boom')), 1000, 'si.cpu')).resolves.toEqual({
      ok: false,
      error: { code: 'failed', detail: 'si.cpu: boom' },
    });
    await expect(
      withTimeout(
        () => {
          throw new Error('sync');
        },
        1000,
        'probe',
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('gives up after the time limit without waiting for the work', async () => {
    vi.useFakeTimers();
    const never = new Promise<number>(() => {});
    const result = withTimeout(never, 5000, 'si.graphics');
    await vi.advanceTimersByTimeAsync(5000);
    await expect(result).resolves.toEqual({ ok: false, error: { code: 'timeout', detail: 'si.graphics > 5000 ms' } });
  });
});
