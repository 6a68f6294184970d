// HTTP adapter for API tokens: created, listed and revoked by those who manage tokens.
import { z } from 'zod';
import { apiTokenSchema, createdTokenSchema, createTokenBodySchema } from '../../../shared/auth.schema';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { emptyResponse, problemResponses } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import * as tokens from './token.service';

const tags = ['tokens'];

export async function tokenRoutes(app: App) {
  const { db } = app.authDeps;

  app.get(
    '/api/v1/tokens',
    { config: { access: 'token.manage' }, schema: { tags, summary: 'API tokens of the workspace', response: { 200: z.array(apiTokenSchema), ...problemResponses(401, 403) } } },
    async (request) => tokens.listTokens(db, workspaceActorOf(request).workspaceId),
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { access: 'token.manage' },
      schema: {
        tags,
        summary: 'Create an API token',
        description: 'The secret is in this response only. A token acts as a member (you, unless userId names another) and never does more than their role allows.',
        body: createTokenBodySchema,
        response: { 201: createdTokenSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      const created = await db.transaction(async (tx) => {
        const result = await tokens.createToken(tx, { workspaceId: actor.workspaceId, userId: request.body.userId ?? actor.userId, name: request.body.name, scope: request.body.scope, createdBy: actor.userId });
        await recordAudit(tx, auditActorOf(request), { action: 'token.create', targetType: 'token', targetId: result.token.id, details: { name: result.token.name, scope: result.token.scope, actsAs: result.token.user.email } });
        return result;
      });
      return reply.code(201).header('Cache-Control', 'no-store').send(created);
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: { access: 'token.manage' },
      schema: { tags, summary: 'Revoke an API token', params: z.object({ id: z.string().min(1).max(100) }), response: { 204: emptyResponse, ...problemResponses(401, 403, 404) } },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      await db.transaction(async (tx) => {
        const revoked = await tokens.revokeToken(tx, actor.workspaceId, request.params.id);
        await recordAudit(tx, auditActorOf(request), { action: 'token.revoke', targetType: 'token', targetId: revoked.id, details: { name: revoked.name } });
      });
      app.authChanged.emit();
      return reply.code(204).send(null);
    },
  );
}
