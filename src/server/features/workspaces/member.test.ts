// Members through the API: role changes (owners guard ownership), removal, and the last owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const memberOf = async (userId: string) => (await t.inject({ url: '/api/v1/members' })).json().find((m: { userId: string }) => m.userId === userId);

describe('workspace members', () => {
  it('an admin changes roles, and the change is audited and takes effect at once', async () => {
    const admin = await t.addUser('admin');
    const viewer = await t.addUser('viewer');
    const member = await memberOf(viewer.userId);
    const res = await t.inject({ method: 'PATCH', url: `/api/v1/members/${member.id}`, headers: admin.auth, payload: { role: 'candidate' } });
    expect(res.json()).toMatchObject({ role: 'candidate', email: viewer.email });
    expect((await t.inject({ url: '/api/v1/questions', headers: viewer.auth })).statusCode).toBe(403);
    const { items } = (await t.inject({ url: '/api/v1/audit?action=member.role_change' })).json();
    expect(items[0]).toMatchObject({ actor: { email: admin.email }, targetId: member.id, details: { from: 'viewer', to: 'candidate' } });
  });

  it('only an owner grants or removes ownership', async () => {
    const admin = await t.addUser('admin');
    const self = await memberOf(admin.userId);
    expect((await t.inject({ method: 'PATCH', url: `/api/v1/members/${self.id}`, headers: admin.auth, payload: { role: 'owner' } })).json().code).toBe('forbidden');
    const owner = await memberOf(t.owner.userId);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/members/${owner.id}`, headers: admin.auth })).json().code).toBe('forbidden');
    expect((await t.inject({ method: 'PATCH', url: `/api/v1/members/${self.id}`, payload: { role: 'owner' } })).json().role).toBe('owner');
  });

  it('a workspace keeps at least one owner', async () => {
    const solo = await t.addWorkspace('Solo team');
    const [only] = (await t.inject({ url: '/api/v1/members', headers: solo.auth })).json();
    for (const res of [
      await t.inject({ method: 'PATCH', url: `/api/v1/members/${only.id}`, headers: solo.auth, payload: { role: 'admin' } }),
      await t.inject({ method: 'DELETE', url: `/api/v1/members/${only.id}`, headers: solo.auth }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('last_owner');
    }
  });
});
