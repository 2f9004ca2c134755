import type { z } from 'zod/mini';
import type { ErrorResponse } from '../../../protocol/errors.js';
import { ApiError, badResponse, httpFailure, sessionExpired, unreachable } from './errors.js';
import type { Session } from './session.js';

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions<S extends z.ZodMiniType | undefined> {
  /** JSON body (objects) or a raw body (strings, files). */
  body?: unknown;
  /** Validates the answer; its parsed output is what the call returns. */
  schema?: S;
  query?: Query;
  /** Send the bearer token and treat 401 as "session over" (default true). */
  auth?: boolean;
}

type Result<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

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

function summarize(error: z.core.$ZodError): string {
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

  get<S extends z.ZodMiniType | undefined = undefined>(path: string, options: RequestOptions<S> = {}) {
    return this.request('GET', path, options);
  }

  async request<S extends z.ZodMiniType | undefined = undefined>(
    method: string,
    path: string,
    options: RequestOptions<S> = {},
  ): Promise<Result<S>> {
    const res = await this.#send(method, path, options);
    const text = await res.text().catch(() => '');
    if (!options.schema) return undefined as Result<S>;
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      throw badResponse(path, 'not JSON');
    }
    const parsed = options.schema.safeParse(data);
    if (!parsed.success) throw badResponse(path, summarize(parsed.error));
    return parsed.data as Result<S>;
  }

  /** A file the hub makes (exports by GET, the backup by POST with a body): its bytes and the name the hub gave it. */
  async file(path: string, query?: Query, post?: { body: unknown }): Promise<{ blob: Blob; filename: string | undefined }> {
    const res = await this.#send(post ? 'POST' : 'GET', path, post ? { query, body: post.body } : { query });
    const disposition = res.headers.get('content-disposition') ?? '';
    const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
    return { blob: await res.blob(), filename };
  }

  /** Sends one request; a non-2xx answer becomes an ApiError (a 401 also ends the session). */
  async #send(method: string, path: string, options: RequestOptions<z.ZodMiniType | undefined>): Promise<Response> {
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
    if (res.ok) return res;
    const text = await res.text().catch(() => '');
    let data: unknown = undefined;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: the status alone explains it
    }
    if (res.status === 401 && auth) {
      this.session.end(sessionExpired());
      throw new ApiError('unauthorized', sessionExpired(), 401);
    }
    throw isErrorResponse(data)
      ? new ApiError(
          data.error.code,
          { id: data.error.message, en: data.error.en ?? data.error.message },
          res.status,
          data.error.details,
        )
      : httpFailure(res.status);
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
