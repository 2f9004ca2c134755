import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Outcome } from '../timeout.js';

/** How to start a long-lived shell and how to wrap one script so its end is recognisable. */
export interface ShellSpec {
  file: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** One or more lines that run `script` and then print `marker` on a line of its own. */
  wrap(script: string, marker: string): string;
}

interface Pending {
  script: string;
  timeoutMs: number;
  resolve(result: Outcome<string>): void;
}

/**
 * One shell process kept alive for many scripts, one at a time: Windows spends seconds starting
 * powershell.exe, so the agent starts it once. Every script has its own time limit; a script
 * that runs past it gets the process killed (its output can no longer be trusted) and the next
 * script starts a fresh one. A shell that cannot start gives `missing-tool` for each script.
 */
export class ShellSession {
  private child: ChildProcessWithoutNullStreams | undefined;
  private stdout = '';
  private stderr = '';
  private queue: Pending[] = [];
  private current: (Pending & { marker: string; timer: NodeJS.Timeout }) | undefined;
  private closed = false;
  /** Processes started so far (tests and diagnostics). */
  starts = 0;

  constructor(private readonly spec: ShellSpec) {}

  run(script: string, timeoutMs: number): Promise<Outcome<string>> {
    if (this.closed) return Promise.resolve({ ok: false, error: { code: 'failed', detail: 'shell session closed' } });
    return new Promise((resolve) => {
      this.queue.push({ script, timeoutMs, resolve });
      this.next();
    });
  }

  /** Ends the shell; scripts still queued fail. Kills it if it does not exit within 2 s. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ ok: false, error: { code: 'failed', detail: 'shell session closed' } });
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 2000);
      child.once('exit', () => {
        clearTimeout(kill);
        done();
      });
      try {
        child.stdin.end('exit\n');
      } catch {
        child.kill('SIGKILL');
      }
    });
  }

  private next(): void {
    if (this.current || this.queue.length === 0) return;
    const pending = this.queue.shift()!;
    const child = this.ensureChild();
    if (!child) {
      pending.resolve({ ok: false, error: { code: 'missing-tool', detail: this.spec.file } });
      this.next();
      return;
    }
    const marker = `--SIAPCAT-END-${randomBytes(6).toString('hex')}--`;
    const timer = setTimeout(
      () => this.finish({ ok: false, error: { code: 'timeout', detail: `script > ${pending.timeoutMs} ms` } }, true),
      pending.timeoutMs,
    );
    this.current = { ...pending, marker, timer };
    this.stdout = '';
    this.stderr = '';
    child.stdin.write(this.spec.wrap(pending.script, marker) + '\n');
  }

  private ensureChild(): ChildProcessWithoutNullStreams | undefined {
    if (this.child) return this.child;
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn(this.spec.file, this.spec.args, { cwd: this.spec.cwd, env: this.spec.env, windowsHide: true, stdio: 'pipe' });
    } catch {
      return undefined;
    }
    this.starts += 1;
    this.child = child;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => this.onStdout(child, chunk));
    child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-2000);
    });
    child.stdin.on('error', () => {});
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (this.child !== child) return;
      this.child = undefined;
      const code = err.code === 'ENOENT' ? 'missing-tool' : 'failed';
      this.finish({ ok: false, error: { code, detail: code === 'missing-tool' ? this.spec.file : err.message } }, false);
    });
    child.on('exit', (code) => {
      if (this.child !== child) return;
      this.child = undefined;
      const tail = this.stderr.trim().split('\n').pop() ?? '';
      this.finish(
        { ok: false, error: { code: 'failed', detail: `shell exited (${code})${tail ? `: ${tail}` : ''}`.slice(0, 500) } },
        false,
      );
    });
    return child;
  }

  private onStdout(child: ChildProcessWithoutNullStreams, chunk: string): void {
    if (this.child !== child || !this.current) return;
    this.stdout += chunk;
    const at = this.stdout.indexOf(this.current.marker);
    if (at < 0) return;
    const output = this.stdout.slice(0, at).replace(/\r?\n$/, '');
    this.finish({ ok: true, value: output }, false);
  }

  private finish(result: Outcome<string>, kill: boolean): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = undefined;
    if (kill && this.child) {
      const child = this.child;
      this.child = undefined;
      child.kill('SIGKILL');
    }
    current.resolve(result);
    this.next();
  }
}
