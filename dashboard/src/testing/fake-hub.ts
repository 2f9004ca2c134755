import { ApiClient } from '../data/client.js';
import { Session } from '../data/session.js';

export interface FakeCall {
  method: string;
  path: string;
  body: unknown;
  authorization: string | undefined;
}

/** A Blob body is sent as it is (file downloads), with `headers`; anything else as JSON. */
type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
type Reply = Answer | ((call: FakeCall) => Answer);

/**
 * A hub stand-in for component tests: answers `METHOD /path` (query ignored) with typed data and
 * records every call, so a page is tested through the real data layer.
 */
export function fakeHub(routes: Record<string, Reply> = {}) {
  const calls: FakeCall[] = [];
  const table = new Map(Object.entries(routes));
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://hub.test');
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    const call: FakeCall = {
      method,
      path: url.pathname + url.search,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      authorization: headers.get('authorization') ?? undefined,
    };
    calls.push(call);
    const reply = table.get(`${method} ${url.pathname}`);
    if (!reply) {
      return Response.json({ error: { code: 'not-found', message: 'Alamat API tidak ada', en: 'No such API route' } }, { status: 404 });
    }
    const { status = 200, body, headers: replyHeaders } = typeof reply === 'function' ? reply(call) : reply;
    if (body === undefined) return new Response(null, { status });
    if (body instanceof Blob) return new Response(body, { status, headers: replyHeaders });
    return Response.json(body, { status });
  };
  const storage = new Map<string, string>();
  const session = new Session({
    getItem: (k) => storage.get(k) ?? null,
    setItem: (k, v) => void storage.set(k, v),
    removeItem: (k) => void storage.delete(k),
  });
  session.begin({ token: 'test-token-0123456789abcdef', username: 'admin', expiresAt: '2999-01-01T00:00:00.000Z' });
  const api = new ApiClient({ session, fetch });
  return {
    api,
    session,
    calls,
    /** Change or add an answer during the test. */
    set(route: string, reply: Reply) {
      table.set(route, reply);
    },
  };
}
