// The authorization matrix: every registered route × every role × own and other workspace ×
// anonymous, checked against a table written out by hand here (not derived from the permission
// table it checks). It fails on any unexpected allow, on a route missing from the table, and on
// a route that declares no access.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ROLES, type Role } from '../../shared/auth.schema';
import { createTestApp, sampleQuestion, TEST_ORIGIN, type TestApp, type TestUser } from '../test/test-app';
import { candidates } from '../db/hiring-schema';

type Expected = 'public' | 'signed-in' | Role[];
const STAFF: Role[] = ['owner', 'admin', 'interviewer', 'viewer'];
const EDITORS: Role[] = ['owner', 'admin', 'interviewer'];
const ADMINS: Role[] = ['owner', 'admin'];

/** Who may use each route. A new route must be added here, or the first test fails. */
const EXPECTED: Record<string, Expected> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/v1/openapi.json': 'public',
  'POST /api/v1/auth/sign-in': 'public',
  'GET /api/v1/setup': 'public',
  'POST /api/v1/setup': 'public',
  'GET /api/v1/join/:token': 'public',
  'POST /api/v1/join/:token': 'public',
  'POST /api/v1/auth/sign-out': 'signed-in',
  'GET /api/v1/auth/me': 'signed-in',
  'PUT /api/v1/auth/workspace': 'signed-in',
  'POST /api/v1/workspaces': 'signed-in',
  'GET /api/v1/auth/sessions': 'signed-in',
  'DELETE /api/v1/auth/sessions/:id': 'signed-in',
  'GET /api/v1/questions': STAFF,
  'GET /api/v1/questions/:id': STAFF,
  'POST /api/v1/questions': EDITORS,
  'PATCH /api/v1/questions/:id': EDITORS,
  'DELETE /api/v1/questions/:id': EDITORS,
  'GET /api/v1/practice/questions': [...STAFF, 'candidate'],
  'GET /api/v1/practice/questions/:id': [...STAFF, 'candidate'],
  'GET /api/v1/practice/options': [...STAFF, 'candidate'],
  'POST /api/v1/practice/sessions': [...STAFF, 'candidate'],
  'GET /api/v1/practice/sessions': [...STAFF, 'candidate'],
  'GET /api/v1/practice/shared': STAFF,
  'GET /api/v1/practice/sessions/:id': [...STAFF, 'candidate'],
  'POST /api/v1/practice/sessions/:id/finish': [...STAFF, 'candidate'],
  'PUT /api/v1/practice/sessions/:id/share': [...STAFF, 'candidate'],
  'DELETE /api/v1/practice/sessions/:id/share': [...STAFF, 'candidate'],
  'POST /api/v1/practice/attempts': [...STAFF, 'candidate'],
  'GET /api/v1/practice/reviews': [...STAFF, 'candidate'],
  'GET /api/v1/practice/progress': [...STAFF, 'candidate'],
  'GET /api/v1/packs': STAFF,
  'POST /api/v1/packs/import': ADMINS,
  'GET /api/v1/members': STAFF,
  'PATCH /api/v1/members/:id': ADMINS,
  'DELETE /api/v1/members/:id': ADMINS,
  'GET /api/v1/invitations': ADMINS,
  'POST /api/v1/invitations': ADMINS,
  'DELETE /api/v1/invitations/:id': ADMINS,
  'GET /api/v1/tokens': ADMINS,
  'POST /api/v1/tokens': ADMINS,
  'DELETE /api/v1/tokens/:id': ADMINS,
  'GET /api/v1/audit': ADMINS,
  'GET /api/v1/candidates': STAFF,
  'POST /api/v1/candidates': ADMINS,
  'GET /api/v1/candidates/:id': STAFF,
  'PATCH /api/v1/candidates/:id': ADMINS,
  'DELETE /api/v1/candidates/:id': ADMINS,
  'PUT /api/v1/candidates/:id/cv': ADMINS,
  'GET /api/v1/candidates/:id/cv': STAFF,
  'DELETE /api/v1/candidates/:id/cv': ADMINS,
  'GET /api/v1/interviews': STAFF,
  'POST /api/v1/interviews': ADMINS,
  'GET /api/v1/interviews/:id': STAFF,
  'PATCH /api/v1/interviews/:id': ADMINS,
  'POST /api/v1/interviews/:id/start': EDITORS,
  'POST /api/v1/interviews/:id/complete': EDITORS,
  'POST /api/v1/interviews/:id/cancel': ADMINS,
  'GET /api/v1/interviews/:id/scorecards': STAFF,
  'GET /api/v1/interviews/:id/scorecards/mine': STAFF,
  'PATCH /api/v1/interviews/:id/scorecards/mine': EDITORS,
  'POST /api/v1/interviews/:id/scorecards/mine/submit': EDITORS,
  'POST /api/v1/interviews/:id/scorecards/mine/amendments': EDITORS,
  'GET /api/v1/settings/workspace': STAFF,
  'PUT /api/v1/settings/workspace': ADMINS,
  'GET /api/v1/candidates/:id/debrief': STAFF,
  'POST /api/v1/candidates/:id/decision': ADMINS,
  'GET /api/v1/candidates/:id/scorecards.csv': STAFF,
  'GET /api/v1/analytics/calibration': ['owner', 'admin', 'viewer'],
  'GET /api/v1/kits': STAFF,
  'POST /api/v1/kits': EDITORS,
  'POST /api/v1/kits/from-pack': EDITORS,
  'POST /api/v1/kits/assemble': EDITORS,
  'GET /api/v1/kits/:id': STAFF,
  'PATCH /api/v1/kits/:id': EDITORS,
  'DELETE /api/v1/kits/:id': EDITORS,
  'POST /api/v1/kits/:id/duplicate': EDITORS,
};
const PRIVATE_PRACTICE_READS = ['GET /api/v1/practice/sessions', 'GET /api/v1/practice/sessions/:id', 'GET /api/v1/practice/reviews', 'GET /api/v1/practice/progress'];
/** Plugin routes under these prefixes are public documentation. */
const PUBLIC_PREFIXES = ['/api/docs'];

const expectedFor = (key: string, url: string): Expected | undefined =>
  EXPECTED[key] ?? (PUBLIC_PREFIXES.some((p) => url.startsWith(p)) ? 'public' : undefined);

const DENIED = new Set(['unauthenticated', 'forbidden', 'csrf_rejected']);
const isDenied = (res: LightMyRequestResponse) => (res.statusCode === 401 || res.statusCode === 403) && DENIED.has(res.json().code);

let t: TestApp;
let other: TestUser;
/** Ids of things in the other workspace, by route parameter. */
const otherIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  other = await t.addWorkspace('Rival team');
  const question = (await t.inject({ method: 'POST', url: '/api/v1/questions', headers: other.auth, payload: sampleQuestion() })).json();
  otherIds.practiceSession = (await t.inject({ method: 'POST', url: '/api/v1/practice/sessions', headers: other.auth, payload: { mode: 'mock', length: 1 } })).json().id;
  const kit = (await t.inject({ method: 'POST', url: '/api/v1/kits', headers: other.auth, payload: { name: 'Rival kit', minutes: 30, sections: [{ title: 'Only', minutes: 30, questions: [{ questionId: question.id }] }] } })).json();
  const [candidate] = await t.database.db.insert(candidates).values({ workspaceId: other.workspaceId, name: 'Rival candidate' }).returning();
  const interview = (
    await t.inject({ method: 'POST', url: '/api/v1/interviews', headers: other.auth, payload: { candidateId: candidate!.id, kitId: kit.id, interviewerIds: [other.userId], scheduledAt: new Date().toISOString() } })
  ).json();
  const members = (await t.inject({ url: '/api/v1/members', headers: other.auth })).json();
  const invitation = (await t.inject({ method: 'POST', url: '/api/v1/invitations', headers: other.auth, payload: { email: 'rival-invitee@example.com', role: 'viewer' } })).json();
  const token = (await t.inject({ method: 'POST', url: '/api/v1/tokens', headers: other.auth, payload: { name: 'rival script', scope: 'read' } })).json();
  const cookie = await t.signIn(other);
  const [session] = (await t.inject({ url: '/api/v1/auth/sessions', headers: { cookie } })).json();
  Object.assign(otherIds, { interview: interview.id, candidate: candidate!.id, kit: kit.id, question: question.id, member: members[0].id, invitation: invitation.invitation.id, token: token.token.id, session: session.id });
});
afterAll(() => t.close());

function routes() {
  // Sign-out last: it ends the session the rest of the row uses.
  return t.app.routeAccess
    .filter((r) => !r.url.includes('*'))
    .map((r) => ({ ...r, key: `${r.method} ${r.url}` }))
    .sort((a, b) => Number(a.url.endsWith('sign-out')) - Number(b.url.endsWith('sign-out')));
}

/** A request that passes access checks for whoever is allowed, without changing anything real. */
function requestFor(route: { method: string; url: string }, ids: 'own' | 'other') {
  const idFor = (url: string) => {
    if (ids === 'own') return randomUUID();
    if (url.includes('/practice/sessions/')) return otherIds.practiceSession!;
    if (url.includes('/interviews/')) return otherIds.interview!;
    if (url.includes('/candidates/')) return otherIds.candidate!;
    if (url.includes('/questions/')) return otherIds.question!;
    if (url.includes('/kits/')) return otherIds.kit!;
    if (url.includes('/members/')) return otherIds.member!;
    if (url.includes('/invitations/')) return otherIds.invitation!;
    if (url.includes('/tokens/')) return otherIds.token!;
    return otherIds.session!;
  };
  const url = route.url.replace(':id', idFor(route.url)).replace(':token', 'not-a-real-invitation-token');
  // Bodies valid enough that an allowed caller reaches the lookup, where another workspace's id is 404.
  const validBodies: Record<string, object> = {
    'PATCH /api/v1/members/:id': { role: 'viewer' },
    'POST /api/v1/interviews/:id/scorecards/mine/amendments': { reason: 'matrix check' },
    'POST /api/v1/candidates/:id/decision': { decision: 'hold', rationale: 'matrix check rationale' },
  };
  const payload = validBodies[`${route.method} ${route.url}`] ?? (route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
  return { method: route.method as 'GET', url, payload, headers: { 'if-match': '"x"', 'idempotency-key': `matrix-${randomUUID()}`, origin: TEST_ORIGIN } as Record<string, string> };
}

describe('the authorization matrix', () => {
  it('every route declares its access and is in the expected-access table', () => {
    const all = t.app.routeAccess;
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(all.filter((r) => !expectedFor(`${r.method} ${r.url}`, r.url)).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('a route added without a permission is closed, and the coverage check names it', async () => {
    const extra = await createTestApp({ beforeReady: (app) => app.get('/api/v1/forgotten', async () => ({ secret: 'data' })) });
    try {
      expect(extra.app.routeAccess.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/v1/forgotten']);
      const res = await extra.inject({ url: '/api/v1/forgotten' });
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain('data');
    } finally {
      await extra.close();
    }
  });

  it('anonymous requests reach only the public routes', async () => {
    const unexpected: string[] = [];
    for (const route of routes()) {
      const expected = expectedFor(route.key, route.url)!;
      const res = await t.app.inject(requestFor(route, 'own'));
      if (expected !== 'public' && !(res.statusCode === 401 && res.json().code === 'unauthenticated')) unexpected.push(`${route.key} → ${res.statusCode}`);
      if (expected === 'public' && isDenied(res)) unexpected.push(`${route.key} refused (${res.statusCode})`);
    }
    expect(unexpected).toEqual([]);
  });

  it.each(ROLES)('a signed-in %s gets exactly what the table allows, and never another workspace’s data', async (role) => {
    const user = role === 'owner' ? t.owner : await t.addUser(role);
    const unexpectedAllows: string[] = [];
    const unexpectedDenials: string[] = [];
    for (const ids of ['own', 'other'] as const) {
      const cookie = await t.signIn(user);
      for (const route of routes()) {
        const expected = expectedFor(route.key, route.url)!;
        const allowed = expected === 'public' || expected === 'signed-in' || expected.includes(role);
        const request = requestFor(route, ids);
        const res = await t.app.inject({ ...request, headers: { ...request.headers, cookie } });
        const label = `${ids} ${route.key} → ${res.statusCode}`;
        if (!allowed && !isDenied(res)) unexpectedAllows.push(label);
        if (allowed && isDenied(res)) unexpectedDenials.push(`${label} ${res.json().detail}`);
        // Another workspace's ids are not found, never read or changed.
        if (ids === 'other' && route.url.includes(':id') && allowed) if (res.statusCode !== 404) unexpectedAllows.push(label);
      }
    }
    expect(unexpectedAllows).toEqual([]);
    expect(unexpectedDenials).toEqual([]);
  });

  it('a read-scoped token can read but not write', async () => {
    const reader = await t.addUser('admin', { scope: 'read' });
    const unexpected: string[] = [];
    for (const route of routes()) {
      const expected = expectedFor(route.key, route.url)!;
      if (!Array.isArray(expected)) continue;
      const res = await t.app.inject({ ...requestFor(route, 'own'), headers: reader.auth });
      // Listing tokens and invitations is part of managing them, which a read token cannot; one's
      // own practice (practice.answer) is private and not a read scope either.
      const refused = route.method !== 'GET' || ['GET /api/v1/tokens', 'GET /api/v1/invitations', ...PRIVATE_PRACTICE_READS].includes(route.key);
      if (refused !== isDenied(res)) unexpected.push(`${route.key} → ${res.statusCode}`);
    }
    expect(unexpected).toEqual([]);
  });

  it("lists never include another workspace's questions, members, invitations or tokens", async () => {
    const bodies = await Promise.all(
      ['/api/v1/questions', '/api/v1/practice/questions', '/api/v1/members', '/api/v1/invitations', '/api/v1/tokens', '/api/v1/audit', '/api/v1/packs', '/api/v1/kits', '/api/v1/candidates'].map(
        async (url) => (await t.inject({ url })).body,
      ),
    );
    for (const body of bodies) {
      for (const id of Object.values(otherIds)) expect(body).not.toContain(id);
      expect(body).not.toContain('rival-invitee@example.com');
      expect(body).not.toContain(other.email);
    }
  });
});
