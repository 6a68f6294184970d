// The Fastify instance type every route plugin receives, and what buildApp decorates it with.
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/client';
import type { ChangeSignal } from './change-signal';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    listCacheSize: number;
    /** Emit after committing any change to questions; subscribe to drop what depends on them. */
    questionsChanged: ChangeSignal;
  }
}
