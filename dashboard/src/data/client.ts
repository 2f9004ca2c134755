import type { z } from 'zod';
import type { ErrorResponse } from '../../../protocol/errors.js';
import { ApiError, badResponse, httpFailure, sessionExpired, unreachable } from './errors.js';
import type { Session } from './session.js';

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions<S extends z.ZodType | undefined> {
  /** JSON body (objects) or a raw body (strings, files). */
  body?: unknown;
  /** Validates the answer; its parsed output is what the call returns. */
  schema?: S;
  query?: Query;
  /** Send the bearer token and treat 401 as "session over" (default true). */
  auth?: boolean;
}

type Result<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface ApiClientOptions {
  session: Session;
  fetch?: typeof fetch;
  /** Origin of the hub; empty when the dashboard is served by the hub itself. */
  base?: string;
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  const e = (value as ErrorResponse | null)?.error;
  return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string';
}

function summarize(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid';
  const path = first.path.map(String).join('.') || '(root)';
  return `${path}: ${first.message}`;
}

/**
 * The one place the dashboard speaks HTTP to the hub: bearer token, JSON in and out, every
 * answer validated against the protocol schema, every failure an ApiError with bilingual text.
 * A 401 on an authenticated call ends the session (the app then shows the login page with why).
 */
export class ApiClient {
  readonly session: Session;
  readonly #fetch: typeof fetch;
  readonly #base: string;

  constructor(options: ApiClientOptions) {
    this.session = options.session;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#base = options.base ?? '';
  }

  get<S extends z.ZodType | undefined = undefined>(path: string, options: RequestOptions<S> = {}) {
    return this.request('GET', path, options);
  }

  async request<S extends z.ZodType | undefined = undefined>(
    method: string,
    path: string,
    options: RequestOptions<S> = {},
  ): Promise<Result<S>> {
    const auth = options.auth ?? true;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth && this.session.token) headers.authorization = `Bearer ${this.session.token}`;
    let body: BodyInit | undefined;
    if (options.body !== undefined) {
      if (typeof options.body === 'string' || options.body instanceof Blob) {
        body = options.body;
      } else {
        body = JSON.stringify(options.body);
        headers['content-type'] = 'application/json';
      }
    }
    let res: Response;
    try {
      res = await this.#fetch(this.#base + path + queryString(options.query), { method, headers, body });
    } catch {
      throw unreachable();
    }
    const text = await res.text().catch(() => '');
    let data: unknown = undefined;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        if (res.ok) throw badResponse(path, 'not JSON');
      }
    }
    if (!res.ok) {
      const error = isErrorResponse(data)
        ? new ApiError(data.error.code, { id: data.error.message, en: data.error.en ?? data.error.message }, res.status)
        : httpFailure(res.status);
      if (res.status === 401 && auth) {
        this.session.end(sessionExpired());
        throw new ApiError('unauthorized', sessionExpired(), 401);
      }
      throw error;
    }
    if (!options.schema) return undefined as Result<S>;
    const parsed = options.schema.safeParse(data);
    if (!parsed.success) throw badResponse(path, summarize(parsed.error));
    return parsed.data as Result<S>;
  }
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Path segments typed by people (room "R 01"?) are always encoded. */
export const seg = (value: string | number): string => encodeURIComponent(String(value));
