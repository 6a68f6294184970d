// HTTP adapter for a workspace's members: listed to members, changed by those who manage them.
import { z } from 'zod';
import { memberSchema, updateMemberBodySchema } from '../../../shared/auth.schema';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { emptyResponse, problemResponses } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import * as workspaces from './workspace.service';

const tags = ['members'];
const idParams = z.object({ id: z.string().min(1).max(100) });

export async function memberRoutes(app: App) {
  const { db } = app.authDeps;

  app.get(
    '/api/v1/members',
    { config: { access: 'member.read' }, schema: { tags, summary: 'Members of the workspace', response: { 200: z.array(memberSchema), ...problemResponses(401, 403) } } },
    async (request) => workspaces.listMembers(db, workspaceActorOf(request).workspaceId),
  );

  app.patch(
    '/api/v1/members/:id',
    {
      config: { access: 'member.manage' },
      schema: {
        tags,
        summary: "Change a member's role",
        description: 'Only an owner grants or removes the owner role; the last owner cannot be demoted (409).',
        params: idParams,
        body: updateMemberBodySchema,
        response: { 200: memberSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = workspaceActorOf(request);
      const member = await db.transaction(async (tx) => {
        const { member, previousRole } = await workspaces.changeMemberRole(tx, { workspaceId: actor.workspaceId, actorRole: actor.role, memberId: request.params.id, role: request.body.role });
        if (previousRole !== member.role)
          await recordAudit(tx, auditActorOf(request), { action: 'member.role_change', targetType: 'member', targetId: member.id, details: { email: member.email, from: previousRole, to: member.role } });
        return member;
      });
      app.authChanged.emit();
      return member;
    },
  );

  app.delete(
    '/api/v1/members/:id',
    {
      config: { access: 'member.manage' },
      schema: { tags, summary: 'Remove a member', params: idParams, response: { 204: emptyResponse, ...problemResponses(401, 403, 404, 409) } },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      await db.transaction(async (tx) => {
        const removed = await workspaces.removeMember(tx, { workspaceId: actor.workspaceId, actorRole: actor.role, memberId: request.params.id });
        await recordAudit(tx, auditActorOf(request), { action: 'member.remove', targetType: 'member', targetId: removed.id, details: { email: removed.email, role: removed.role } });
      });
      app.authChanged.emit();
      return reply.code(204).send(null);
    },
  );
}
