// buildApp(): the whole HTTP application, without listening. main.ts listens; tests use inject().
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyRequest } from 'fastify';
import type { Logger } from '../logger';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/client';
import type { App } from '../routing/app-types';
import { healthRoutes } from '../features/health/health.routes';
import { questionRoutes } from '../features/questions/question.routes';
import { packRoutes } from '../features/packs/pack.routes';
import { candidateRoutes } from '../features/candidates/candidate.routes';
import fastifyMultipart from '@fastify/multipart';
import { handleError } from './error-handler';
import { registerOpenApi } from './openapi';
import { requestIdFor } from './request-id';
import { ChangeSignal } from '../routing/change-signal';
import { registerWebApp } from './web-app';
import { registerAccessControl } from './access';
import { createAuth } from '../features/auth/better-auth';
import { getInstanceSecret } from '../features/auth/auth.service';
import { authRoutes } from '../features/auth/auth.routes';
import { setupRoutes } from '../features/auth/setup.routes';
import { memberRoutes } from '../features/workspaces/member.routes';
import { invitationRoutes } from '../features/invitations/invitation.routes';
import { tokenRoutes } from '../features/tokens/token.routes';
import { auditRoutes } from '../features/audit/audit.routes';
import { practiceSessionRoutes } from '../features/practice/practice.routes';
import { interviewRoutes } from '../features/interviews/interview.routes';
import { scorecardRoutes } from '../features/scorecards/scorecard.routes';
import { debriefRoutes } from '../features/debrief/debrief.routes';
import { kitRoutes } from '../features/kits/kit.routes';
import type { Mailer } from '../features/invitations/mailer';

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
  /** Where users reach Candor; https makes the session cookie Secure. Default: each request's own origin. */
  publicUrl?: string;
  /** Signs session cookies; by default one generated at first start and kept in the database. */
  authSecret?: string;
  /** Sessions end after this much inactivity (default 12 h) and this long after sign-in (default 7 days). */
  sessionIdleMinutes?: number;
  sessionMaxHours?: number;
  /** Packs every new workspace starts with. */
  bundledPacksDir?: string | null;
  mailer?: Mailer | null;
}

/** The URL without the secrets some carry: invitation links in the path, setup links in the query. */
function loggableUrl(request: FastifyRequest): string {
  const token = (request.params as Record<string, unknown> | undefined)?.token;
  const url = typeof token === 'string' && token ? request.url.replace(token, '[redacted]') : request.url;
  const withoutTokens = url.replace(/([?&]token=)[^&]*/g, '$1[redacted]');
  // Searches for candidates (the API's and the page's) are names and emails: personal data stays out of the logs.
  return /^\/(api\/v1\/)?candidates\b/.test(withoutTokens) ? withoutTokens.replace(/([?&]q=)[^&]*/g, '$1[redacted]') : withoutTokens;
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
  app.decorate('authChanged', new ChangeSignal());
  const secret = options.authSecret ?? (await getInstanceSecret(options.database.db));
  const auth = createAuth(options.database.db, {
    secret,
    baseUrl: options.publicUrl ?? 'http://localhost',
    idleTimeoutSeconds: (options.sessionIdleMinutes ?? 12 * 60) * 60,
  });
  app.decorate('authDeps', { db: options.database.db, auth, absoluteTimeoutMs: (options.sessionMaxHours ?? 7 * 24) * 3_600_000 });
  app.decorate('publicUrl', options.publicUrl ?? null);
  app.decorate('bundledPacksDir', options.bundledPacksDir ?? null);
  app.decorate('mailer', options.mailer ?? null);
  // Writes in other instances (and CLI imports on PostgreSQL) arrive as NOTIFY.
  const unlisten = await options.database.listen('candor_questions_changed', () => app.questionsChanged.emit());
  app.addHook('onClose', async () => unlisten());

  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    reply.header('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on same-origin
    // writes, and the CSRF check (access.ts) needs the real origin.
    reply.header('Referrer-Policy', 'same-origin');
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, url: loggableUrl(request), statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'request completed',
    );
  });

  app.decorate('routeAccess', await registerAccessControl(app, app.authDeps));
  await registerOpenApi(app, VERSION);
  await app.register(healthRoutes);
  await app.register(fastifyMultipart);
  await app.register(questionRoutes);
  await app.register(packRoutes);
  await app.register(candidateRoutes);
  await app.register(authRoutes);
  await app.register(setupRoutes);
  await app.register(memberRoutes);
  await app.register(invitationRoutes);
  await app.register(tokenRoutes);
  await app.register(auditRoutes);
  await app.register(practiceSessionRoutes);
  await app.register(interviewRoutes);
  await app.register(scorecardRoutes);
  await app.register(debriefRoutes);
  await app.register(kitRoutes);
  await registerWebApp(app, options.webDist ?? DEFAULT_WEB_DIST);
  return app;
}
