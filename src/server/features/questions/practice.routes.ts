// HTTP adapter for practice: what a candidate may read of the bank — titles, prompts, hints and
// "why asked" — never reference answers, key points, anchors, follow-ups or red flags.
import { z } from 'zod';
import { practiceQuestionSchema } from '../../../shared/question.schema';
import { listQuestionsQuerySchema, questionListSchema } from '../../../shared/question-list.schema';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ListQuestionsQuery } from '../../../shared/question-list.schema';
import type { App } from '../../routing/app-types';
import { workspaceActorOf } from '../../routing/actor';
import { emptyResponse, problemResponses } from '../../routing/responses';
import * as questionsService from './question.service';

type ListHandler = (request: FastifyRequest<{ Querystring: ListQuestionsQuery }>, reply: FastifyReply) => Promise<FastifyReply>;

/** Registered by questionRoutes, whose list cache (keyed by practice or not) serves both lists. */
export async function practiceRoutes(app: App, sendList: ListHandler) {
  const { db } = app.database;

  app.get(
    '/api/v1/practice/questions',
    {
      config: { access: 'question.practice' },
      schema: {
        tags: ['practice'],
        summary: 'List and search questions to practise',
        description: 'As GET /api/v1/questions, but search matches titles, tags and prompts only: never the reference answer.',
        querystring: listQuestionsQuerySchema,
        response: { 200: questionListSchema, 304: emptyResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await sendList(request, reply);
    },
  );

  app.get(
    '/api/v1/practice/questions/:id',
    {
      config: { access: 'question.practice' },
      schema: {
        tags: ['practice'],
        summary: 'Read a question to practise',
        description: 'The prompt, hints (approach) and why it is asked; the response schema strips everything else.',
        params: z.object({ id: z.string().min(1).max(120) }),
        response: { 200: practiceQuestionSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => questionsService.getPracticeQuestion(db, workspaceActorOf(request).workspaceId, request.params.id),
  );
}
