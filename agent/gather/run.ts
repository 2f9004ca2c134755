import { execFile } from 'node:child_process';
import type { Outcome } from './timeout.js';

export interface RunOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  maxBytes?: number;
}

/**
 * Runs a program directly (no shell, so no argument is ever interpreted) and returns its stdout.
 * A missing program, a timeout (the process is killed) or a non-zero exit is an error outcome.
 */
export function runFile(file: string, args: readonly string[], options: RunOptions): Promise<Outcome<string>> {
  return new Promise((resolve) => {
    let child;
    try {
      child = execFile(
        file,
        [...args],
        {
          timeout: options.timeoutMs,
          killSignal: 'SIGKILL',
          maxBuffer: options.maxBytes ?? 4 * 1024 * 1024,
          windowsHide: true,
          encoding: 'utf8',
          env: options.env ?? process.env,
        },
        (err, stdout, stderr) => {
          if (!err) return resolve({ ok: true, value: stdout });
          const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
          if (e.code === 'ENOENT') return resolve({ ok: false, error: { code: 'missing-tool', detail: file } });
          if (e.killed || e.signal === 'SIGKILL') {
            return resolve({ ok: false, error: { code: 'timeout', detail: `${file} > ${options.timeoutMs} ms` } });
          }
          const first =
            String(stderr || e.message)
              .split('\n')
              .find((l) => l.trim()) ?? '';
          resolve({ ok: false, error: { code: 'failed', detail: `${file}: ${first}`.slice(0, 500) } });
        },
      );
    } catch (err) {
      resolve({ ok: false, error: { code: 'failed', detail: `${file}: ${(err as Error).message}`.slice(0, 500) } });
      return;
    }
    child.stdin?.end();
  });
}
