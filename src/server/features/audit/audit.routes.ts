// HTTP adapter for reading the audit log (audit.read: admins and owners).
import { auditListQuerySchema, auditListSchema } from '../../../shared/auth.schema';
import type { App } from '../../routing/app-types';
import { workspaceActorOf } from '../../routing/actor';
import { problemResponses } from '../../routing/responses';
import { listAudit } from './audit.service';

export async function auditRoutes(app: App) {
  const { db } = app.authDeps;
  app.get(
    '/api/v1/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first',
        description: "Sign-ins of the workspace's members, role changes, token use and every data-changing action: who, what, when, from which address.",
        querystring: auditListQuerySchema,
        response: { 200: auditListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listAudit(db, { workspaceId: workspaceActorOf(request).workspaceId, ...request.query }),
  );
}
