import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sampleQuestion, type TestApp } from '../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; json: () => Record<string, unknown> }, status: number, code: string) => {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({ status, code, type: `urn:candor:problem:${code.replaceAll('_', '-')}` });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(body.requestId).toBe(res.headers['x-request-id']);
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  return body;
};

describe('errors are problem+json with a stable code', () => {
  it('malformed JSON → 400 malformed_json', async () => {
    const res = await t.inject({ method: 'POST', url: '/api/v1/questions', payload: '{"slug": ', headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400, 'malformed_json');
  });

  it('a body over 1 MiB → 413 payload_too_large, and nothing is created', async () => {
    const q = sampleQuestion({ referenceAnswer: 'x'.repeat(1024 * 1024) });
    const res = await t.inject({ method: 'POST', url: '/api/v1/questions', payload: q });
    expectProblem(res, 413, 'payload_too_large');
    expect((await t.inject({ url: `/api/v1/questions/${q.slug}` })).statusCode).toBe(404);
  });

  it('a body that is not JSON → 415 unsupported_media_type', async () => {
    const res = await t.inject({ method: 'POST', url: '/api/v1/questions', payload: 'slug=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectProblem(res, 415, 'unsupported_media_type');
  });

  it('an unknown API route → 404 route_not_found, for any method', async () => {
    for (const method of ['GET', 'POST', 'PUT'] as const) {
      const body = expectProblem(await t.inject({ method, url: '/api/v1/nothing-here' }), 404, 'route_not_found');
      expect(body.detail).toContain('/api/v1/nothing-here');
    }
    expectProblem(await t.inject({ method: 'PUT', url: '/api/v1/questions' }), 404, 'route_not_found');
  });

  it('an unexpected failure → generic 500 with the request id, the stack only in the log', async () => {
    // A route that fails the way a bug would, on an app of its own so the shared one stays as shipped.
    const failing = await createTestApp({
      beforeReady: (app) =>
        app.get('/api/v1/boom', { config: { access: 'signed-in' } }, async () => {
          throw new Error('secret internals: postgres://user:pw@db');
        }),
    });
    try {
      const res = await failing.inject({ url: '/api/v1/boom' });
      const body = expectProblem(res, 500, 'internal_error');
      expect(body.detail).toContain(String(res.headers['x-request-id']));
      expect(JSON.stringify(body)).not.toContain('secret internals');
      const logged = failing.logs.find((l) => l.msg === 'unhandled error');
      expect(logged).toMatchObject({ level: 50, requestId: res.headers['x-request-id'] });
      expect(JSON.stringify(logged)).toContain('secret internals');
    } finally {
      await failing.close();
    }
  });
});

describe('request ids and logs', () => {
  it('every response carries X-Request-Id: the client’s when well-formed, a new one otherwise', async () => {
    const mine = await t.inject({ url: '/healthz', headers: { 'x-request-id': 'client-abc-123456' } });
    expect(mine.headers['x-request-id']).toBe('client-abc-123456');
    for (const bad of ['short', 'has spaces in it here', 'x'.repeat(200), '<script>alert(1)</script>']) {
      const res = await t.inject({ url: '/healthz', headers: { 'x-request-id': bad } });
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect((await t.inject({ url: '/api/v1/nope' })).headers['x-request-id']).toBeTruthy();
  });

  it('logs one JSON line per request, carrying its request id', async () => {
    await t.inject({ url: '/api/v1/questions?limit=1', headers: { 'x-request-id': 'trace-me-0001' } });
    const lines = t.logs.filter((l) => l.requestId === 'trace-me-0001');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request completed', method: 'GET', statusCode: 200, url: '/api/v1/questions?limit=1' });
    expect(typeof lines[0]!.time).toBe('string');
  });
});

describe('health, OpenAPI and docs', () => {
  it('/healthz and /readyz answer ok', async () => {
    expect((await t.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.inject({ url: '/readyz' })).json()).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await t.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/questions', '/api/v1/questions/{id}', '/healthz', '/readyz']));
    const list = doc.paths['/api/v1/questions'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'category', 'difficulty', 'type', 'tag', 'limit', 'cursor']));
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(['200', '400']));
    expect(Object.keys(doc.paths['/api/v1/questions/{id}'].patch.responses)).toEqual(expect.arrayContaining(['200', '412', '428']));
  });

  it('serves interactive docs at /api/docs with no third-party resources', async () => {
    const res = await t.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).not.toMatch(/https?:\/\/(?!localhost)/);
  });
});
