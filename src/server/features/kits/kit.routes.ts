// HTTP adapter for interview kits: parse, open the transaction, call one service, audit, present.
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  assembleKitBodySchema,
  assembledKitSchema,
  duplicateKitBodySchema,
  kitFromPackBodySchema,
  kitFromPackResultSchema,
  kitInputSchema,
  kitListSchema,
  kitPatchSchema,
  kitSchema,
  type Kit,
} from '../../../shared/kit.schema';
import type { App } from '../../routing/app-types';
import type { Db } from '../../db/client';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { requireIfMatch } from '../../routing/preconditions';
import { emptyResponse, problemResponses } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import { runIdempotent, type StoredResponse } from '../idempotency/idempotency.service';
import * as kits from './kit.service';
import { createKitFromPack, proposeKit } from './kit-assembly.service';

const idParams = z.object({ id: z.string().min(1).max(120).describe('the kit id (uuid)') });
const idempotencyHeaders = z.object({ 'idempotency-key': z.string().optional() });
const IDEMPOTENCY_NOTE = ' Send Idempotency-Key to make retries safe: the same key and body replay the first response.';

export async function kitRoutes(app: App) {
  const { database } = app;

  /**
   * Runs a create in one transaction with its audit row; with an Idempotency-Key, a retry with the
   * same key and body replays the first response instead of creating a second kit.
   */
  async function sendCreated<T>(request: FastifyRequest, reply: FastifyReply, route: string, create: (tx: Db) => Promise<StoredResponse<T>>) {
    const key = request.headers['idempotency-key'] as string | undefined;
    const actor = workspaceActorOf(request);
    const result = await database.db.transaction(async (tx) =>
      key
        ? runIdempotent(tx, { scope: `${route} ${actor.workspaceId} ${actor.userId}`, key, request: request.body ?? null }, () => create(tx))
        : { ...(await create(tx)), replayed: false },
    );
    if (result.replayed) reply.header('Idempotent-Replayed', 'true');
    for (const [name, value] of Object.entries(result.headers)) reply.header(name, value);
    return reply.code(result.status as 201).send(result.body);
  }
  const created = <T>(kit: Kit, body: T): StoredResponse<T> => ({ status: 201, body, headers: { Location: `/api/v1/kits/${kit.id}`, ETag: kit.etag } });
  const authorOf = (request: FastifyRequest) => {
    const actor = workspaceActorOf(request);
    return { workspaceId: actor.workspaceId, userId: actor.userId };
  };
  const audit = (tx: Db, request: FastifyRequest, action: string, kit: Kit, details: Record<string, unknown> = {}) =>
    recordAudit(tx, auditActorOf(request), { action, targetType: 'kit', targetId: kit.id, details: { name: kit.name, ...details } });

  app.get(
    '/api/v1/kits',
    {
      config: { access: 'kit.read' },
      schema: {
        tags: ['kits'],
        summary: 'List kits',
        description: "Every kit of the workspace by name, with its planned minutes, question count and warnings.",
        response: { 200: kitListSchema },
      },
    },
    async (request) => ({ items: await kits.listKits(database.db, workspaceActorOf(request).workspaceId) }),
  );

  app.post(
    '/api/v1/kits',
    {
      config: { access: 'kit.write' },
      schema: {
        tags: ['kits'],
        summary: 'Create a kit',
        description: 'Ordered, timed sections of this workspace\'s questions, with notes for interviewers. Unknown question ids → 422 unknown_question.' + IDEMPOTENCY_NOTE,
        headers: idempotencyHeaders,
        body: kitInputSchema,
        response: { 201: kitSchema, ...problemResponses(400, 413, 415, 422) },
      },
    },
    (request, reply) =>
      sendCreated(request, reply, 'POST /api/v1/kits', async (tx) => {
        const kit = await kits.createKit(tx, authorOf(request), request.body);
        await audit(tx, request, 'kit.create', kit);
        return created(kit, kit);
      }),
  );

  app.post(
    '/api/v1/kits/from-pack',
    {
      config: { access: 'kit.write' },
      schema: {
        tags: ['kits'],
        summary: "Create a kit from a pack's starter kit",
        description: "Resolves the starter kit's slugs to this workspace's questions; `missing` lists those it does not have, which are left out." + IDEMPOTENCY_NOTE,
        headers: idempotencyHeaders,
        body: kitFromPackBodySchema,
        response: { 201: kitFromPackResultSchema, ...problemResponses(400, 404, 422) },
      },
    },
    (request, reply) =>
      sendCreated(request, reply, 'POST /api/v1/kits/from-pack', async (tx) => {
        const result = await createKitFromPack(tx, authorOf(request), request.body);
        await audit(tx, request, 'kit.create', result.kit, { origin: result.kit.origin, missing: result.missing });
        return created(result.kit, result);
      }),
  );

  app.post(
    '/api/v1/kits/assemble',
    {
      config: { access: 'kit.write' },
      schema: {
        tags: ['kits'],
        summary: 'Propose a kit from constraints',
        description:
          'Duration, difficulty mix, at least N categories, types, tags to include or exclude, and a candidate whose past questions to leave out. ' +
          'Answers a proposal with the reason for each pick and the constraints it could not meet. Nothing is saved: POST the proposal\'s `kit` to /api/v1/kits.',
        body: assembleKitBodySchema,
        response: { 200: assembledKitSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => proposeKit(database.db, workspaceActorOf(request).workspaceId, request.body),
  );

  app.get(
    '/api/v1/kits/:id',
    {
      config: { access: 'kit.read' },
      schema: {
        tags: ['kits'],
        summary: 'Read one kit',
        description: "With each question's summary (deleted ones flagged) and warnings. The ETag header (also `etag` in the body) is for If-Match.",
        params: idParams,
        response: { 200: kitSchema, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const kit = await kits.getKit(database.db, workspaceActorOf(request).workspaceId, request.params.id);
      // The body also carries the questions' current titles and warnings, which change without the kit: always revalidate.
      return reply.header('ETag', kit.etag).header('Cache-Control', 'no-cache').send(kit);
    },
  );

  app.patch(
    '/api/v1/kits/:id',
    {
      config: { access: 'kit.write' },
      schema: {
        tags: ['kits'],
        summary: 'Edit a kit',
        description:
          'The fields to replace; `sections` is replaced as a whole, in its new order. Requires If-Match with the current ETag: missing → 428, stale → 412. Bumps the version.',
        params: idParams,
        body: kitPatchSchema,
        response: { 200: kitSchema, ...problemResponses(400, 404, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const { workspaceId } = workspaceActorOf(request);
      const kit = await database.db.transaction(async (tx) => {
        const { kit: updated, changed } = await kits.updateKit(tx, { workspaceId, id: request.params.id, ifMatch, patch: request.body });
        if (changed) await audit(tx, request, 'kit.update', updated, { version: updated.version });
        return updated;
      });
      return reply.header('ETag', kit.etag).send(kit);
    },
  );

  app.delete(
    '/api/v1/kits/:id',
    {
      config: { access: 'kit.write' },
      schema: {
        tags: ['kits'],
        summary: 'Delete a kit',
        description: 'Requires If-Match. Interviews already scheduled from the kit keep their questions.',
        params: idParams,
        response: { 204: emptyResponse, ...problemResponses(404, 412, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const { workspaceId } = workspaceActorOf(request);
      await database.db.transaction(async (tx) => {
        const deleted = await kits.deleteKit(tx, { workspaceId, id: request.params.id, ifMatch });
        await audit(tx, request, 'kit.delete', deleted);
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/kits/:id/duplicate',
    {
      config: { access: 'kit.write' },
      schema: {
        tags: ['kits'],
        summary: 'Duplicate a kit',
        description: 'A copy with the same sections, questions and notes, named "<name> (copy)" unless a name is given.' + IDEMPOTENCY_NOTE,
        params: idParams,
        headers: idempotencyHeaders,
        body: duplicateKitBodySchema,
        response: { 201: kitSchema, ...problemResponses(400, 404, 422) },
      },
    },
    (request, reply) =>
      sendCreated(request, reply, `POST /api/v1/kits/${request.params.id}/duplicate`, async (tx) => {
        const kit = await kits.duplicateKit(tx, authorOf(request), { id: request.params.id, name: request.body?.name });
        await audit(tx, request, 'kit.create', kit, { duplicatedFrom: request.params.id });
        return created(kit, kit);
      }),
  );
}
