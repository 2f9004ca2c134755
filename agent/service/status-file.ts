import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { PlacementSchema } from '../../protocol/agent.js';
import { writePrivateFile } from './private-files.js';

/**
 * What a running agent tells `status` (no secret in it): its process, when it was last alive, when
 * it last reached the hub, where the hub placed it and its last verdict.
 */
export const RunStatusSchema = z.object({
  pid: z.int(),
  startedAt: z.string(),
  aliveAt: z.string(),
  lastContactAt: z.nullable(z.string()),
  placement: z.nullable(PlacementSchema),
  refusal: z.nullable(z.object({ id: z.string(), en: z.string() })),
  verdict: z.nullable(z.enum(['ready', 'not-ready', 'incomplete'])),
  checkedAt: z.nullable(z.string()),
});
export type RunStatus = z.infer<typeof RunStatusSchema>;

export function readRunStatus(path: string): RunStatus | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return RunStatusSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Keeps the status file of a running agent; every write is whole, failures never stop the agent. */
export class RunStatusFile {
  private state: RunStatus;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    const at = now().toISOString();
    const previous = readRunStatus(path);
    this.state = {
      pid: process.pid,
      startedAt: at,
      aliveAt: at,
      lastContactAt: previous?.lastContactAt ?? null,
      placement: previous?.placement ?? null,
      refusal: null,
      verdict: previous?.verdict ?? null,
      checkedAt: previous?.checkedAt ?? null,
    };
  }

  /** Writes now and then every `everyMs` (the "alive" mark `status` reads); `online()` says the link is open. */
  start(online: () => boolean, everyMs = 30_000): void {
    this.write();
    this.timer = setInterval(() => this.update(online() ? { lastContactAt: this.now().toISOString() } : {}), everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  update(change: Partial<Omit<RunStatus, 'pid' | 'startedAt'>>): void {
    this.state = { ...this.state, ...change, aliveAt: this.now().toISOString() };
    this.write();
  }

  private write(): void {
    try {
      writePrivateFile(this.path, `${JSON.stringify(this.state, null, 2)}\n`);
    } catch {
      // A status file that cannot be written must not stop the agent; `status` then says it is stale.
    }
  }
}
