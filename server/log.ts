/**
 * A small structured logger: one line per event, `time level event key=value ...`, readable by
 * the person watching the hub's terminal and greppable afterwards.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function format(value: LogFields[string]): string {
  const text = String(value);
  return /[\s"=]/.test(text) ? JSON.stringify(text) : text;
}

export function createLogger(
  write: (line: string) => void = (line) => process.stderr.write(line),
  minLevel: LogLevel = 'info',
  now: () => Date = () => new Date(),
): Logger {
  const emit = (level: LogLevel, event: string, fields: LogFields = {}) => {
    if (ORDER[level] < ORDER[minLevel]) return;
    const parts = [now().toISOString(), level.toUpperCase().padEnd(5), event];
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) parts.push(`${key}=${format(value)}`);
    }
    write(parts.join(' ') + '\n');
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
  };
}

/** Keeps log lines in memory: for tests that assert what was logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger((line) => lines.push(line.trimEnd()), 'debug');
  return Object.assign(logger, { lines });
}
