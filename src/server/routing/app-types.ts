// The Fastify instance type every route plugin receives, and what buildApp decorates it with.
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/client';
import type { ChangeSignal } from './change-signal';
import type { AuthDeps } from '../features/auth/auth.service';
import type { Mailer } from '../features/invitations/mailer';
import type { RouteAccess } from '../http/access';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    listCacheSize: number;
    /** Emit after committing any change to questions; subscribe to drop what depends on them. */
    questionsChanged: ChangeSignal;
    /** Emit after committing a change that narrows a token (revoked, role changed, member removed). */
    authChanged: ChangeSignal;
    /** better-auth and what sign-in needs around it. */
    authDeps: AuthDeps;
    /** Every registered route with the access it declares (the authorization-matrix test reads it). */
    routeAccess: RouteAccess[];
    /** Where users reach Candor (links in invitations), or null to derive it from each request. */
    publicUrl: string | null;
    /** The bundled packs a new workspace starts with, or null. */
    bundledPacksDir: string | null;
    /** Sends invitation emails when SMTP is configured. */
    mailer: Mailer | null;
  }
}
