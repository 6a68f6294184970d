import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiGet, apiSend, isUnauthenticated, noContent, parseRetryAfter } from './api-client';

// fetch is the network boundary: stubbed here with what a server would send on the wire.
const respond = (status: number, body: unknown, type = 'application/json') =>
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })));
afterEach(() => vi.unstubAllGlobals());

describe('apiGet', () => {
  it('returns the parsed body of a 2xx', async () => {
    respond(200, { status: 'ok', extra: 1 });
    expect(await apiGet('/healthz', z.object({ status: z.string() }))).toEqual({ status: 'ok' });
  });

  it('turns problem+json into an ApiError with its detail and request id', async () => {
    respond(404, { type: 'urn:candor:problem:not-found', title: 'Not found', status: 404, detail: 'No question has the slug "x".', code: 'not_found', requestId: 'req-1' }, 'application/problem+json');
    const error = await apiGet('/api/v1/questions/x', z.unknown()).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, message: 'No question has the slug "x".', problem: { code: 'not_found', requestId: 'req-1' } });
  });

  it('explains an unreachable server', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await apiGet('/healthz', z.unknown()).catch((e) => e);
    expect(error).toMatchObject({ status: 0, message: expect.stringMatching(/could not be reached/) });
  });
});

describe('apiSend', () => {
  it('sends the body as JSON with the method, and parses the answer', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: 'm1', role: 'viewer' }), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await apiSend('PATCH', '/api/v1/members/m1', { role: 'viewer' }, z.object({ role: z.string() }));
    expect(result).toEqual({ role: 'viewer' });
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/v1/members/m1');
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe('{"role":"viewer"}');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('sends no body and no content-type when there is nothing to send, and takes a 204 as undefined', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await apiSend('POST', '/api/v1/auth/sign-out', undefined, noContent)).toBeUndefined();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBeUndefined();
    expect(new Headers(init.headers).has('content-type')).toBe(false);
  });

  it('turns a problem with field errors into an ApiError naming them', async () => {
    respond(
      400,
      { type: 'urn:candor:problem:validation', title: 'Invalid', status: 400, detail: 'The body is invalid.', code: 'validation_failed', requestId: 'r', errors: [{ in: 'body', name: 'email', message: 'is not an email address' }] },
      'application/problem+json',
    );
    const error = await apiSend('POST', '/api/v1/invitations', { email: 'x' }, z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('validation_failed');
    expect((error as ApiError).problem?.errors).toEqual([{ in: 'body', name: 'email', message: 'is not an email address' }]);
  });

  it('reads Retry-After from a 429', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ type: 't', title: 't', status: 429, detail: 'Slow down.', code: 'rate_limited', requestId: 'r' }), { status: 429, headers: { 'retry-after': '120' } })),
    );
    const error = await apiSend('POST', '/api/v1/auth/sign-in', { email: 'a@b.c', password: 'p' }, z.unknown()).catch((e) => e);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 120 });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:26:30 GMT'))).toBe(90);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('isUnauthenticated', () => {
  it('is true for a 401 without a session, not for a wrong password', () => {
    const problem = (code: string) => ({ type: 't', title: 't', status: 401, detail: 'd', code, requestId: 'r' });
    expect(isUnauthenticated(new ApiError(401, problem('unauthenticated')))).toBe(true);
    expect(isUnauthenticated(new ApiError(401, problem('invalid_credentials')))).toBe(false);
    expect(isUnauthenticated(new ApiError(403, problem('forbidden')))).toBe(false);
  });
});
