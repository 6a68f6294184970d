// buildApp(): the whole HTTP application, without listening. main.ts listens; tests use inject().
import { fileURLToPath } from 'node:url';
import Fastify, { LogController } from 'fastify';
import type { Logger } from '../logger';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/client';
import type { App } from '../routing/app-types';
import { healthRoutes } from '../features/health/health.routes';
import { questionRoutes } from '../features/questions/question.routes';
import { packRoutes } from '../features/packs/pack.routes';
import fastifyMultipart from '@fastify/multipart';
import { handleError } from './error-handler';
import { registerOpenApi } from './openapi';
import { requestIdFor } from './request-id';
import { ChangeSignal } from '../routing/change-signal';
import { registerWebApp } from './web-app';

export const BODY_LIMIT_BYTES = 1024 * 1024;
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));
const VERSION = '0.1.0';

export interface BuildAppOptions {
  database: Database;
  /** A pino logger; without one the app logs nothing (tests). */
  logger?: Logger;
  trustProxy?: boolean;
  webDist?: string;
  /** Responses the question list cache keeps; 0 turns it off (default 1000). */
  listCacheSize?: number;
}

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    genReqId: requestIdFor,
    // One line per request, written on completion (below), instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorate('database', options.database);
  app.decorate('listCacheSize', options.listCacheSize ?? 1000);
  app.decorate('questionsChanged', new ChangeSignal());
  // Writes in other instances (and CLI imports on PostgreSQL) arrive as NOTIFY.
  const unlisten = await options.database.listen('candor_questions_changed', () => app.questionsChanged.emit());
  app.addHook('onClose', async () => unlisten());

  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'request completed',
    );
  });

  await registerOpenApi(app, VERSION);
  await app.register(healthRoutes);
  await app.register(fastifyMultipart);
  await app.register(questionRoutes);
  await app.register(packRoutes);
  await registerWebApp(app, options.webDist ?? DEFAULT_WEB_DIST);
  return app;
}
