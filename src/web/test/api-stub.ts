// The network boundary for component tests: fetch is replaced by a table of "METHOD /path" → what a
// server would send on the wire, and every request is recorded.
import { vi } from 'vitest';
import type { Me } from '../../shared/auth.schema';

export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  body: unknown;
  headers: Headers;
}

type Reply = Response | ((request: RecordedRequest) => Response | Promise<Response>);

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const noContentReply = () => new Response(null, { status: 204 });

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ type: `urn:candor:problem:${code}`, title: code, status, detail, code, requestId: 'req-test', ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/** Replaces fetch; a request with no entry answers 404 so a missing stub shows up as a failure. */
export function stubApi(routes: Record<string, Reply>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const request: RecordedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      search: url.search,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      headers: new Headers(init.headers),
    };
    requests.push(request);
    const reply = routes[`${request.method} ${request.path}`];
    if (!reply) return problem(404, 'not_found', `No stub for ${request.method} ${request.path}`);
    // A Response body can be read once: clone so a route can answer many requests.
    return typeof reply === 'function' ? reply(request) : reply.clone();
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetch: fetchMock };
}

export const ALL_ACTIONS: Me['permissions'] = [
  'question.read',
  'question.practice',
  'question.write',
  'pack.read',
  'pack.import',
  'member.read',
  'member.manage',
  'token.manage',
  'audit.read',
];

export function meFixture(overrides: Partial<Me> = {}): Me {
  return {
    user: { id: 'u1', name: 'Ann Owner', email: 'ann@example.com' },
    workspace: { id: 'w1', name: 'Acme', slug: 'acme' },
    role: 'owner',
    permissions: ALL_ACTIONS,
    workspaces: [{ id: 'w1', name: 'Acme', slug: 'acme', role: 'owner' }],
    via: 'session',
    ...overrides,
  };
}
