// Response schemas shared by routes, so every documented error has the problem+json shape.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../shared/problem.schema';

/** The problem+json responses a route can give, keyed by status, for its OpenAPI description. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema.describe(`problem+json (${s})`)])) as Record<number, typeof problemSchema>;
}

export const emptyResponse = z.null().describe('no content');

/** 304 Not Modified: no body. Typed loosely because a route's schema describes its 200 body. */
export const sendNotModified = (reply: FastifyReply) => reply.code(304).send();

/** Sends JSON that is already serialised (a cached response) without serialising it again. */
export const sendJsonText = (reply: FastifyReply, json: string) => reply.type('application/json; charset=utf-8').send(json);
