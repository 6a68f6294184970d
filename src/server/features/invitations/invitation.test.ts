// Invitations end to end through the API: the link shown once, single use, expiry, cancellation,
// the invited person's account and session, and email through a real SMTP server when configured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { createTestApp, TEST_ORIGIN, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { createSmtpMailer } from './mailer';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const invite = (email: string, role = 'interviewer', headers = t.owner.auth) => t.inject({ method: 'POST', url: '/api/v1/invitations', headers, payload: { email, role } });
const tokenOf = (link: string) => link.split('/join/')[1]!;
const join = (token: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/v1/join/${token}`, headers: { origin: TEST_ORIGIN }, payload });

describe('inviting someone', () => {
  it('shows a single-use link once; the invited person sees the bank after choosing a password', async () => {
    const created = await invite('new.person@example.com');
    expect(created.statusCode).toBe(201);
    const { invitation, link, emailed } = created.json();
    expect(emailed).toBe(false);
    expect(link).toMatch(/^http:\/\/localhost(:80)?\/join\/[\w-]{40,}$/);
    expect(invitation).toMatchObject({ email: 'new.person@example.com', role: 'interviewer', status: 'pending', invitedBy: 'Olive Owner' });
    // The link's secret is not stored: the list never shows it.
    expect((await t.inject({ url: '/api/v1/invitations' })).body).not.toContain(tokenOf(link));

    const preview = await t.app.inject({ url: `/api/v1/join/${tokenOf(link)}` });
    expect(preview.json()).toMatchObject({ workspaceName: 'Test team', email: 'new.person@example.com', role: 'interviewer', hasAccount: false });

    const nameless = await join(tokenOf(link), { password: TEST_PASSWORD });
    expect(nameless.json()).toMatchObject({ code: 'validation_failed', errors: [{ name: 'name' }] });

    const accepted = await join(tokenOf(link), { name: 'New Person', password: TEST_PASSWORD });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ role: 'interviewer', workspace: { id: t.workspaceId }, user: { email: 'new.person@example.com' } });
    const cookie = [accepted.headers['set-cookie']].flat().map((c) => String(c).split(';')[0]).join('; ');
    expect((await t.inject({ url: '/api/v1/questions', headers: { cookie } })).statusCode).toBe(200);

    const again = await join(tokenOf(link), { name: 'Someone Else', password: TEST_PASSWORD });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('invitation_expired');
    const listed = (await t.inject({ url: '/api/v1/invitations' })).json();
    expect(listed.find((i: { id: string }) => i.id === invitation.id).status).toBe('accepted');
  });

  it('an existing account joins another workspace with its own password', async () => {
    const other = await t.addWorkspace('Second team');
    const viewer = await t.addUser('viewer');
    const { link } = (await invite(viewer.email, 'admin', other.auth)).json();
    expect((await t.app.inject({ url: `/api/v1/join/${tokenOf(link)}` })).json().hasAccount).toBe(true);
    expect((await join(tokenOf(link), { password: 'not their password' })).json().code).toBe('invalid_credentials');
    const res = await join(tokenOf(link), { password: TEST_PASSWORD });
    expect(res.json()).toMatchObject({ role: 'admin', workspace: { id: other.workspaceId } });
    expect(res.json().workspaces.map((w: { role: string }) => w.role).sort()).toEqual(['admin', 'viewer']);
  });

  it('refuses expired, cancelled and unknown links', async () => {
    const expired = (await invite('late@example.com')).json();
    await t.database.db.execute(sql`update invitations set expires_at = now() - interval '1 minute' where id = ${expired.invitation.id}`);
    expect((await join(tokenOf(expired.link), { name: 'Late', password: TEST_PASSWORD })).statusCode).toBe(410);
    expect((await t.inject({ url: '/api/v1/invitations' })).json().find((i: { id: string }) => i.id === expired.invitation.id).status).toBe('expired');

    const canceled = (await invite('changed-mind@example.com')).json();
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/invitations/${canceled.invitation.id}` })).statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/join/${tokenOf(canceled.link)}` })).statusCode).toBe(410);

    expect((await t.app.inject({ url: '/api/v1/join/this-is-not-a-real-invitation-token' })).statusCode).toBe(404);
  });

  it('only an owner may invite an owner, and members cannot be invited twice', async () => {
    const admin = await t.addUser('admin');
    expect((await invite('boss@example.com', 'owner', admin.auth)).json().code).toBe('forbidden');
    expect((await invite('boss@example.com', 'owner')).statusCode).toBe(201);
    expect((await invite(admin.email)).json().code).toBe('already_member');
  });

  it('audits invitations made, accepted and cancelled', async () => {
    const { items } = (await t.inject({ url: '/api/v1/audit?action=invitation.' })).json();
    const actions = new Set(items.map((e: { action: string }) => e.action));
    expect([...actions].sort()).toEqual(['invitation.accept', 'invitation.cancel', 'invitation.create']);
  });
});

describe('invitation email', () => {
  it('is sent through SMTP when configured, with the link', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let text = '';
        stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
        stream.on('end', () => {
          received.push(text);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as { port: number };
    const mailed = await createTestApp({ mailer: createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Candor <candor@example.com>'), publicUrl: 'https://candor.example.com' });
    try {
      const res = await mailed.inject({ method: 'POST', url: '/api/v1/invitations', payload: { email: 'mailed@example.com', role: 'viewer' } });
      expect(res.json().emailed).toBe(true);
      expect(res.json().link).toMatch(/^https:\/\/candor\.example\.com\/join\//);
      expect(received).toHaveLength(1);
      const unfolded = received[0]!.replace(/=\r?\n/g, '');
      expect(unfolded).toContain('To: mailed@example.com');
      expect(unfolded).toContain(res.json().link);
    } finally {
      await mailed.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
