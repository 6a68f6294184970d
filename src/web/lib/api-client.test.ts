import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiGet } from './api-client';

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
