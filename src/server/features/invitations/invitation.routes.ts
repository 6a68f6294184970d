// HTTP adapter for invitations: made and cancelled by those who manage members (member.manage),
// previewed and accepted by the invited person through the link (public: the link is the secret).
import { z } from 'zod';
import {
  acceptInvitationBodySchema,
  createdInvitationSchema,
  createInvitationBodySchema,
  invitationPreviewSchema,
  invitationSchema,
  meSchema,
} from '../../../shared/auth.schema';
import { AppError } from '../../../core/errors';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { baseUrlOf, setCookies } from '../../routing/cookies';
import { emptyResponse, problemResponses } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import { meOfNewSession, signIn } from '../auth/auth.service';
import { invitationEmail } from './mailer';
import * as invitations from './invitation.service';

const tags = ['members'];
const tokenParams = z.object({ token: z.string().min(10).max(200) });

export async function invitationRoutes(app: App) {
  const { authDeps } = app;
  const { db } = authDeps;

  app.get(
    '/api/v1/invitations',
    { config: { access: 'member.manage' }, schema: { tags, summary: 'Invitations, pending first', response: { 200: z.array(invitationSchema), ...problemResponses(401, 403) } } },
    async (request) => invitations.listInvitations(db, workspaceActorOf(request).workspaceId),
  );

  app.post(
    '/api/v1/invitations',
    {
      config: { access: 'member.manage' },
      schema: {
        tags,
        summary: 'Invite someone',
        description: 'Returns a single-use link valid for 7 days, shown once. It is emailed too when SMTP is configured.',
        body: createInvitationBodySchema,
        response: { 201: createdInvitationSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      const created = await db.transaction(async (tx) => {
        const result = await invitations.createInvitation(tx, {
          workspaceId: actor.workspaceId,
          email: request.body.email,
          role: request.body.role,
          inviterId: actor.userId,
          inviterRole: actor.role,
          baseUrl: baseUrlOf(request, app.publicUrl),
        });
        await recordAudit(tx, auditActorOf(request), { action: 'invitation.create', targetType: 'invitation', targetId: result.invitation.id, details: { email: request.body.email, role: request.body.role } });
        return result;
      });
      let emailed = false;
      if (app.mailer) {
        const { invitation, link, workspaceName } = created;
        try {
          await app.mailer.send(invitationEmail({ to: invitation.email, workspaceName, inviterName: actor.name, role: invitation.role, link, expiresAt: invitation.expiresAt }));
          emailed = true;
        } catch (e) {
          // The invitation stands: the admin still gets the link to pass on.
          request.log.warn({ err: { message: (e as Error).message } }, 'invitation email not sent');
        }
      }
      return reply.code(201).header('Cache-Control', 'no-store').send({ invitation: created.invitation, link: created.link, emailed });
    },
  );

  app.delete(
    '/api/v1/invitations/:id',
    {
      config: { access: 'member.manage' },
      schema: { tags, summary: 'Cancel an invitation', params: z.object({ id: z.string().min(1).max(100) }), response: { 204: emptyResponse, ...problemResponses(401, 403, 404, 410) } },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      await db.transaction(async (tx) => {
        const canceled = await invitations.cancelInvitation(tx, actor.workspaceId, request.params.id);
        await recordAudit(tx, auditActorOf(request), { action: 'invitation.cancel', targetType: 'invitation', targetId: canceled.id, details: { email: canceled.email } });
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/join/:token',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'What an invitation link is for', params: tokenParams, response: { 200: invitationPreviewSchema, ...problemResponses(404, 410) } },
    },
    async (request, reply) => reply.header('Cache-Control', 'no-store').send(await invitations.previewInvitation(db, request.params.token)),
  );

  app.post(
    '/api/v1/join/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Accept an invitation',
        description: 'Creates your account (name and password) or, when one exists for the email, checks its password; then signs you in.',
        params: tokenParams,
        body: acceptInvitationBodySchema,
        response: { 200: meSchema, ...problemResponses(400, 401, 403, 404, 409, 410, 429) },
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      const { email, hasAccount } = await invitations.previewInvitation(db, token);
      const signInInput = { email, password: request.body.password, ip: request.ip, userAgent: request.headers['user-agent'] };
      // An existing account proves its password through the throttled sign-in before joining.
      const early = hasAccount ? await signIn(authDeps, signInInput) : undefined;
      if (!hasAccount && !request.body.name)
        throw new AppError('validation_failed', 'Choose a name for your new account.', { errors: [{ in: 'body', name: 'name', message: 'is required' }] });
      const accepted = await db.transaction(async (tx) => {
        const result = await invitations.acceptInvitation(tx, token, hasAccount ? null : { name: request.body.name!, password: request.body.password });
        await recordAudit(tx, { workspaceId: result.workspaceId, actorUserId: result.userId, ip: request.ip }, { action: 'invitation.accept', targetType: 'invitation', targetId: result.invitationId, details: { role: result.role } });
        return result;
      });
      const { setCookie } = early ?? (await signIn(authDeps, signInInput));
      setCookies(reply, setCookie);
      return reply.header('Cache-Control', 'no-store').send(await meOfNewSession(authDeps, setCookie, accepted.workspaceId));
    },
  );
}
