// HTTP adapter for practice: sessions, attempts, reviews and progress under /api/v1/practice/.
// Everything here is the signed-in user's own; a session's report reaches anyone else only when
// its owner shared it (practice.service.ts decides). The questions themselves are served by
// questions/practice.routes.ts.
import { z } from 'zod';
import {
  attemptResultSchema,
  createAttemptBodySchema,
  createSessionBodySchema,
  practiceOptionsSchema,
  practiceReportSchema,
  practiceSessionListSchema,
  sharedPracticeReportListSchema,
  practiceSessionSchema,
  practiceSessionSummarySchema,
  progressQuerySchema,
  progressSchema,
  reviewsSchema,
} from '../../../shared/practice.schema';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { problemResponses } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import { recordAttempt } from './attempt.service';
import * as practice from './practice.service';
import { getReviews } from './review.service';

const tags = ['practice'];
const idParams = z.object({ id: z.string().min(1).max(120).describe('the session id') });

export async function practiceSessionRoutes(app: App) {
  const { db } = app.database;
  // Answers, grades and reports are personal: no shared cache may keep them.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });
  const ownerOf = (request: Parameters<typeof workspaceActorOf>[0]) => {
    const actor = workspaceActorOf(request);
    return { userId: actor.userId, workspaceId: actor.workspaceId };
  };

  app.get(
    '/api/v1/practice/options',
    {
      config: { access: 'question.practice' },
      schema: { tags, summary: 'What there is to practise', description: 'Packs, categories and difficulties with their question counts.', response: { 200: practiceOptionsSchema, ...problemResponses(401, 403) } },
    },
    async (request) => practice.getOptions(db, workspaceActorOf(request).workspaceId),
  );

  app.post(
    '/api/v1/practice/sessions',
    {
      config: { access: 'practice.answer' },
      schema: {
        tags,
        summary: 'Start a practice session',
        description: 'mock: a timed set, least-practised questions first. review: questions due for review first, then new ones. The questions come as practice views (no answers).',
        body: createSessionBodySchema,
        response: { 201: practiceSessionSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const owner = ownerOf(request);
      const session = await db.transaction(async (tx) => {
        const created = await practice.createSession(tx, { ...owner, body: request.body });
        await recordAudit(tx, auditActorOf(request), { action: 'practice.session.create', targetType: 'practice_session', targetId: created.id });
        return created;
      });
      return reply.code(201).header('Location', `/api/v1/practice/sessions/${session.id}`).send(session);
    },
  );

  app.get(
    '/api/v1/practice/sessions',
    {
      config: { access: 'practice.answer' },
      schema: { tags, summary: 'Your practice sessions', description: 'Newest first, at most 100.', response: { 200: practiceSessionListSchema, ...problemResponses(401, 403) } },
    },
    async (request) => ({ items: await practice.listSessions(db, ownerOf(request)) }),
  );

  app.get(
    '/api/v1/practice/shared',
    {
      config: { access: 'candidate.read' },
      schema: {
        tags,
        summary: 'Practice reports shared with the hiring team',
        description: 'Reports members of this workspace chose to share, most recently shared first, at most 100. Unshared reports never appear.',
        response: { 200: sharedPracticeReportListSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await practice.listSharedReports(db, workspaceActorOf(request).workspaceId) }),
  );

  app.get(
    '/api/v1/practice/sessions/:id',
    {
      config: { access: 'practice.answer' },
      schema: {
        tags,
        summary: 'A practice session and its report',
        description: "Attempts with grades and a summary per category. Yours always; another member's only when they shared it and your role may read candidates; otherwise 404.",
        params: idParams,
        response: { 200: practiceReportSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = workspaceActorOf(request);
      return practice.getReport(db, { workspaceId: actor.workspaceId, viewer: { userId: actor.userId, role: actor.role }, id: request.params.id });
    },
  );

  app.post(
    '/api/v1/practice/sessions/:id/finish',
    {
      config: { access: 'practice.answer' },
      schema: { tags, summary: 'Finish a practice session', params: idParams, response: { 200: practiceSessionSummarySchema, ...problemResponses(401, 403, 404) } },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const session = await practice.finishSession(tx, { ...ownerOf(request), id: request.params.id });
        await recordAudit(tx, auditActorOf(request), { action: 'practice.session.finish', targetType: 'practice_session', targetId: session.id });
        return session;
      }),
  );

  for (const [method, shared] of [['PUT', true], ['DELETE', false]] as const) {
    app.route({
      method,
      url: '/api/v1/practice/sessions/:id/share',
      config: { access: 'practice.answer' },
      schema: {
        tags,
        summary: shared ? 'Share a session report' : 'Stop sharing a session report',
        description: shared
          ? 'Members whose role may read candidates (interviewers, viewers, admins, owners) can then open the report by its link.'
          : 'The report is private again: only you can open it.',
        params: idParams,
        response: { 200: practiceSessionSummarySchema, ...problemResponses(401, 403, 404) },
      },
      handler: async (request) =>
        db.transaction(async (tx) => {
          const session = await practice.setShared(tx, { ...ownerOf(request), id: request.params.id, shared });
          await recordAudit(tx, auditActorOf(request), { action: shared ? 'practice.session.share' : 'practice.session.unshare', targetType: 'practice_session', targetId: session.id });
          return session;
        }),
    });
  }

  app.post(
    '/api/v1/practice/attempts',
    {
      config: { access: 'practice.answer' },
      schema: {
        tags,
        summary: 'Answer a question',
        description:
          'Grades the answer against the question, stores it as yours and moves the question on your review schedule (the lower of the grade and your own rating). ' +
          'The response reveals the reference answer, the key points and the anchor for the score: only here, after you tried.',
        body: createAttemptBodySchema,
        response: { 201: attemptResultSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const result = await db.transaction(async (tx) => {
        const recorded = await recordAttempt(tx, { ...ownerOf(request), body: request.body });
        // The answer and its grade stay out of the audit log: they are the user's own.
        await recordAudit(tx, auditActorOf(request), { action: 'practice.attempt.create', targetType: 'practice_attempt', targetId: recorded.attempt.id });
        return recorded;
      });
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/api/v1/practice/reviews',
    {
      config: { access: 'practice.answer' },
      schema: { tags, summary: 'Your review schedule', description: 'How many questions are due now, within a day and within a week, and the ones due soonest.', response: { 200: reviewsSchema, ...problemResponses(401, 403) } },
    },
    async (request) => getReviews(db, { ...ownerOf(request), now: new Date() }),
  );

  app.get(
    '/api/v1/practice/progress',
    {
      config: { access: 'practice.answer' },
      schema: {
        tags,
        summary: 'Your strength per category over time',
        description: 'Mean graded score per category and day or week (counted in tz), attempts per category, and reviews due now.',
        querystring: progressQuerySchema,
        response: { 200: progressSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => practice.getProgress(db, { ...ownerOf(request), ...request.query }),
  );
}
