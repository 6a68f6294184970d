// HTTP adapter for the question bank: parse, call one service, present.
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { noneMatchHits } from '../../../core/etag';
import { canonicalJson } from '../../../core/content-hash';
import { questionContentSchema, questionPatchSchema, questionSchema, type Question } from '../../../shared/question.schema';
import { listQuestionsQuerySchema, questionListSchema, type ListQuestionsQuery } from '../../../shared/question-list.schema';
import { practiceRoutes } from './practice.routes';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { requireIfMatch } from '../../routing/preconditions';
import { recordAudit } from '../audit/audit.service';
import { emptyResponse, problemResponses, sendJsonText, sendNotModified } from '../../routing/responses';
import { runIdempotent, type StoredResponse } from '../idempotency/idempotency.service';
import { QuestionListCache } from './question-list-cache';
import * as questionsService from './question.service';

const idParams = z.object({ id: z.string().min(1).max(120).describe('the question id (uuid) or slug') });
const patchSchema = questionPatchSchema.describe('the fields to replace; the result must be a valid question');

export async function questionRoutes(app: App) {
  const { database } = app;
  const cache = new QuestionListCache(app.listCacheSize);
  app.questionsChanged.subscribe(() => cache.clear());
  const afterWrite = () => app.questionsChanged.emit();

  /** A page from the list cache (filled on a miss) with its ETag, or 304 when the client has it. */
  const sendList = (practice: boolean) => async (request: FastifyRequest<{ Querystring: ListQuestionsQuery }>, reply: FastifyReply) => {
    const { workspaceId } = workspaceActorOf(request);
    const key = canonicalJson({ workspaceId, practice, query: request.query });
    const generation = cache.currentGeneration();
    const entry =
      cache.get(key) ?? cache.set(key, JSON.stringify(await questionsService.listQuestions(database.db, workspaceId, request.query, { practice })), generation);
    reply.header('ETag', entry.etag).header('Cache-Control', 'no-cache');
    if (request.headers['if-none-match'] && noneMatchHits(request.headers['if-none-match'], entry.etag)) return sendNotModified(reply);
    return sendJsonText(reply, entry.body);
  };
  await practiceRoutes(app, sendList(true));

  app.get(
    '/api/v1/questions',
    {
      config: { access: 'question.read' },
      schema: {
        tags: ['questions'],
        summary: 'List and search questions',
        description: 'Summaries in keyset order with facet counts. Follow nextCursor for the next page.',
        querystring: listQuestionsQuerySchema,
        response: { 200: questionListSchema, 304: emptyResponse, ...problemResponses(400) },
      },
    },
    sendList(false),
  );

  app.get(
    '/api/v1/questions/:id',
    {
      config: { access: 'question.read' },
      schema: {
        tags: ['questions'],
        summary: 'Read one question',
        description: 'By id or slug. Sends an ETag; If-None-Match with it answers 304.',
        params: idParams,
        response: { 200: questionSchema, 304: emptyResponse, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const question = await questionsService.getQuestion(database.db, workspaceActorOf(request).workspaceId, request.params.id);
      const etag = questionsService.questionEtag(question);
      reply.header('ETag', etag).header('Cache-Control', 'no-cache');
      if (request.headers['if-none-match'] && noneMatchHits(request.headers['if-none-match'], etag)) return sendNotModified(reply);
      return question;
    },
  );

  app.post(
    '/api/v1/questions',
    {
      config: { access: 'question.write' },
      schema: {
        tags: ['questions'],
        summary: 'Create a question',
        description:
          'Send Idempotency-Key to make retries safe: the same key and body replay the first response; ' +
          'the same key with another body is refused (422).',
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        body: questionContentSchema,
        response: { 201: questionSchema, ...problemResponses(400, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const actor = workspaceActorOf(request);
      const create = async (db: typeof database.db): Promise<StoredResponse<Question>> => {
        const question = await questionsService.createQuestion(db, actor.workspaceId, request.body);
        await recordAudit(db, auditActorOf(request), { action: 'question.create', targetType: 'question', targetId: question.id, details: { slug: question.slug } });
        return {
          status: 201,
          body: question,
          headers: { Location: `/api/v1/questions/${question.id}`, ETag: questionsService.questionEtag(question) },
        };
      };
      const result = await database.db.transaction(async (tx) =>
        key
          ? // Keys are per workspace and per user: one client's key never replays another's response.
          runIdempotent(tx, { scope: `POST /api/v1/questions ${actor.workspaceId} ${actor.userId}`, key, request: request.body }, () => create(tx))
          : { ...(await create(tx)), replayed: false },
      );
      if (result.replayed) reply.header('Idempotent-Replayed', 'true');
      else afterWrite();
      for (const [name, value] of Object.entries(result.headers)) reply.header(name, value);
      return reply.code(result.status as 201).send(result.body);
    },
  );

  app.patch(
    '/api/v1/questions/:id',
    {
      config: { access: 'question.write' },
      schema: {
        tags: ['questions'],
        summary: 'Edit a question',
        description: 'Requires If-Match with the current ETag: missing → 428, stale → 412. Bumps the version.',
        params: idParams,
        body: patchSchema,
        response: { 200: questionSchema, ...problemResponses(400, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const { workspaceId } = workspaceActorOf(request);
      const question = await database.db.transaction(async (tx) => {
        const updated = await questionsService.updateQuestion(tx, workspaceId, request.params.id, ifMatch, request.body);
        await recordAudit(tx, auditActorOf(request), { action: 'question.update', targetType: 'question', targetId: updated.id, details: { slug: updated.slug, version: updated.version } });
        return updated;
      });
      afterWrite();
      return reply.header('ETag', questionsService.questionEtag(question)).send(question);
    },
  );

  app.delete(
    '/api/v1/questions/:id',
    {
      config: { access: 'question.write' },
      schema: {
        tags: ['questions'],
        summary: 'Delete a question',
        description: 'Requires If-Match. The slug stays reserved, so a bundled question is not loaded again.',
        params: idParams,
        response: { 204: emptyResponse, ...problemResponses(404, 412, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const { workspaceId } = workspaceActorOf(request);
      await database.db.transaction(async (tx) => {
        const deleted = await questionsService.deleteQuestion(tx, workspaceId, request.params.id, ifMatch);
        await recordAudit(tx, auditActorOf(request), { action: 'question.delete', targetType: 'question', targetId: deleted.id, details: { slug: deleted.slug } });
      });
      afterWrite();
      return reply.code(204).send(null);
    },
  );
}
