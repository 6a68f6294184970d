// Liveness (the process answers) and readiness (the database answers) for load balancers and orchestrators.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import type { App } from '../../routing/app-types';
import { problemResponses } from '../../routing/responses';

const statusSchema = z.object({ status: z.literal('ok') });

export async function healthRoutes(app: App) {
  app.get('/healthz', { config: { access: 'public' }, schema: { tags: ['health'], summary: 'The process is alive', response: { 200: statusSchema } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    { config: { access: 'public' }, schema: { tags: ['health'], summary: 'The database answers', response: { 200: statusSchema, ...problemResponses(503) } } },
    async (request) => {
      try {
        await app.database.db.execute(sql`select 1`);
      } catch (err) {
        request.log.warn({ err }, 'readiness check failed');
        throw new AppError('service_unavailable', 'The database does not answer.');
      }
      return { status: 'ok' as const };
    },
  );
}
