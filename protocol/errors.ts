import type { Localized } from './i18n.js';

/**
 * The one shape of an error that crosses a boundary (HTTP body, WebSocket refusal, CLI JSON).
 * `message` is Indonesian, `en` the same in English; `code` is stable and machine-readable.
 */
export interface ErrorBody {
  code: string;
  message: string;
  en: string;
  details?: unknown;
}

export interface ErrorResponse {
  error: ErrorBody;
}

/**
 * An expected failure caused by the user's input or the situation (not a bug): it carries the
 * text to show, a stable code, and how it maps to an HTTP status and a CLI exit code.
 * Anything that is not an AppError is a bug and is reported as `internal`.
 */
export class AppError extends Error {
  readonly code: string;
  readonly text: Localized;
  readonly status: number;
  readonly exitCode: number;
  readonly details: unknown;

  constructor(code: string, text: Localized, options: { status?: number; exitCode?: number; details?: unknown; cause?: unknown } = {}) {
    super(text.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    this.status = options.status ?? 400;
    this.exitCode = options.exitCode ?? 3;
    this.details = options.details;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.text.id, en: this.text.en };
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
