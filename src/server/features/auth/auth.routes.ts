// HTTP adapter for signing in and out, the signed-in person, their sessions and workspaces.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../core/errors';
import { createWorkspaceBodySchema, meSchema, sessionSchema, signInBodySchema, switchWorkspaceBodySchema } from '../../../shared/auth.schema';
import type { App } from '../../routing/app-types';
import { actorOf, type Actor } from '../../routing/actor';
import { setCookies } from '../../routing/cookies';
import { emptyResponse, problemResponses } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import { createWorkspace } from '../workspaces/workspace.service';
import * as authService from './auth.service';

const tags = ['account'];

function sessionActorOf(request: FastifyRequest): Actor & { sessionId: string } {
  const actor = actorOf(request);
  if (!actor.sessionId) throw new AppError('forbidden', 'This needs a signed-in browser session, not an API token.');
  return actor as Actor & { sessionId: string };
}

export async function authRoutes(app: App) {
  const { authDeps } = app;
  const { db } = authDeps;

  app.post(
    '/api/v1/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign in',
        description: 'Sets an httpOnly session cookie. Failed attempts are limited per account and per address: 429 with Retry-After.',
        body: signInBodySchema,
        response: { 200: meSchema, ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { setCookie } = await authService.signIn(authDeps, { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] });
      setCookies(reply, setCookie);
      return reply.header('Cache-Control', 'no-store').send(await authService.meOfNewSession(authDeps, setCookie));
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Sign out', response: { 204: emptyResponse, ...problemResponses(401, 403) } } },
    async (request, reply) => {
      const actor = sessionActorOf(request);
      setCookies(reply, await authService.signOut(authDeps, request.headers.cookie ?? ''));
      await recordAudit(db, { workspaceId: null, actorUserId: actor.userId, ip: request.ip }, { action: 'auth.sign_out' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Who is signed in', response: { 200: meSchema, ...problemResponses(401) } } },
    async (request, reply) => reply.header('Cache-Control', 'no-store').send(await authService.getMe(db, actorOf(request))),
  );

  app.put(
    '/api/v1/auth/workspace',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Switch the active workspace', body: switchWorkspaceBodySchema, response: { 200: meSchema, ...problemResponses(400, 401, 403, 404) } },
    },
    async (request) => {
      const actor = sessionActorOf(request);
      const { workspaceId } = request.body;
      const role = await authService.switchWorkspace(db, { userId: actor.userId, sessionId: actor.sessionId, workspaceId });
      return authService.getMe(db, { ...actor, workspaceId, role });
    },
  );

  app.post(
    '/api/v1/workspaces',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Create a workspace',
        description: 'You become its owner and it becomes your active workspace; it starts with the bundled question packs.',
        body: createWorkspaceBodySchema,
        response: { 201: meSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = sessionActorOf(request);
      const workspace = await db.transaction(async (tx) => {
        const created = await createWorkspace(tx, { name: request.body.name, ownerUserId: actor.userId, bundledPacksDir: app.bundledPacksDir });
        await authService.switchWorkspace(tx, { userId: actor.userId, sessionId: actor.sessionId, workspaceId: created.id });
        await recordAudit(tx, { workspaceId: created.id, actorUserId: actor.userId, ip: request.ip }, { action: 'workspace.create', targetType: 'workspace', targetId: created.id });
        return created;
      });
      app.questionsChanged.emit();
      return reply.code(201).send(await authService.getMe(db, { ...actor, workspaceId: workspace.id, role: 'owner' }));
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Your sessions', response: { 200: z.array(sessionSchema), ...problemResponses(401) } } },
    async (request) => {
      const actor = actorOf(request);
      return authService.listSessions(db, actor.userId, actor.sessionId);
    },
  );

  app.delete(
    '/api/v1/auth/sessions/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Revoke one of your sessions',
        description: 'Revoking the current session signs you out.',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 204: emptyResponse, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await db.transaction(async (tx) => {
        await authService.revokeSession(tx, actor.userId, request.params.id);
        await recordAudit(tx, { workspaceId: null, actorUserId: actor.userId, actorTokenId: actor.tokenId, ip: request.ip }, { action: 'auth.session_revoke', targetType: 'session', targetId: request.params.id });
      });
      return reply.code(204).send(null);
    },
  );
}
