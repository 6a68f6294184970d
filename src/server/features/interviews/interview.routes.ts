// HTTP adapter for interviews: schedule, read, reschedule, and move along the lifecycle.
import { z } from 'zod';
import { can } from '../../../core/auth/permissions';
import {
  interviewListSchema,
  interviewSchema,
  listInterviewsQuerySchema,
  scheduleInterviewSchema,
  updateInterviewSchema,
} from '../../../shared/interview.schema';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { requireIfMatch } from '../../routing/preconditions';
import { problemResponses } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import * as interviews from './interview.service';

const idParams = z.object({ id: z.uuid().describe('the interview id') });

export async function interviewRoutes(app: App) {
  const { database } = app;

  app.get(
    '/api/v1/interviews',
    {
      config: { access: 'candidate.read' },
      schema: { tags: ['interviews'], summary: 'List interviews', description: 'Newest first; `mine=true` keeps those the caller interviews on.', querystring: listInterviewsQuerySchema, response: { 200: interviewListSchema, ...problemResponses(400) } },
    },
    async (request) => {
      const actor = workspaceActorOf(request);
      return { items: await interviews.listInterviews(database.db, actor.workspaceId, actor.userId, request.query) };
    },
  );

  app.post(
    '/api/v1/interviews',
    {
      config: { access: 'interview.schedule' },
      schema: {
        tags: ['interviews'],
        summary: 'Schedule an interview',
        description: "Snapshots the kit's questions as they are now: later edits to the bank or the kit never change this interview. Creates a draft scorecard for each interviewer.",
        body: scheduleInterviewSchema,
        response: { 201: interviewSchema, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      const interview = await database.db.transaction(async (tx) => {
        const created = await interviews.scheduleInterview(tx, actor.workspaceId, actor.userId, request.body);
        await recordAudit(tx, auditActorOf(request), {
          action: 'interview.schedule',
          targetType: 'interview',
          targetId: created.id,
          details: { candidateId: created.candidate.id, kit: created.kitName, interviewers: created.interviewers.map((p) => p.userId) },
        });
        return created;
      });
      return reply.code(201).header('Location', `/api/v1/interviews/${interview.id}`).header('ETag', interviews.interviewEtag(interview)).send(interview);
    },
  );

  app.get(
    '/api/v1/interviews/:id',
    {
      config: { access: 'candidate.read' },
      schema: { tags: ['interviews'], summary: 'Read an interview', description: 'With the questions as they were when it was scheduled.', params: idParams, response: { 200: interviewSchema, ...problemResponses(404) } },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      const interview = await interviews.getInterview(database.db, actor.workspaceId, request.params.id, actor.userId);
      return reply.header('ETag', interviews.interviewEtag(interview)).send(interview);
    },
  );

  app.patch(
    '/api/v1/interviews/:id',
    {
      config: { access: 'interview.schedule' },
      schema: {
        tags: ['interviews'],
        summary: 'Reschedule an interview or change its interviewers',
        description: 'Requires If-Match. An interviewer who has submitted a scorecard cannot be taken off.',
        params: idParams,
        body: updateInterviewSchema,
        response: { 200: interviewSchema, ...problemResponses(400, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const actor = workspaceActorOf(request);
      const interview = await database.db.transaction(async (tx) => {
        const updated = await interviews.updateInterview(tx, actor.workspaceId, request.params.id, actor.userId, ifMatch, request.body);
        await recordAudit(tx, auditActorOf(request), { action: 'interview.update', targetType: 'interview', targetId: updated.id, details: { fields: Object.keys(request.body) } });
        return updated;
      });
      return reply.header('ETag', interviews.interviewEtag(interview)).send(interview);
    },
  );

  const transitions = [
    { action: 'start', access: 'interview.conduct', summary: 'Start an interview', description: 'Its interviewers (or a scheduler) start it; the timers run from now. Starting a running interview changes nothing.' },
    { action: 'complete', access: 'interview.conduct', summary: 'Complete an interview', description: 'Interviewers can still submit their scorecards afterwards.' },
    { action: 'cancel', access: 'interview.schedule', summary: 'Cancel an interview', description: 'Its scorecards no longer count in debriefs or calibration.' },
  ] as const;
  for (const t of transitions)
    app.post(
      `/api/v1/interviews/:id/${t.action}`,
      {
        config: { access: t.access },
        schema: { tags: ['interviews'], summary: t.summary, description: t.description, params: idParams, response: { 200: interviewSchema, ...problemResponses(403, 404, 409) } },
      },
      async (request, reply) => {
        const actor = workspaceActorOf(request);
        const interview = await database.db.transaction(async (tx) => {
          const result = await interviews.transitionInterview(tx, {
            workspaceId: actor.workspaceId,
            id: request.params.id,
            actorUserId: actor.userId,
            mayManage: can(actor.role, 'interview.schedule', actor.scope),
            action: t.action,
          });
          if (result.changed) await recordAudit(tx, auditActorOf(request), { action: `interview.${t.action}`, targetType: 'interview', targetId: result.interview.id, details: {} });
          return result.interview;
        });
        return reply.header('ETag', interviews.interviewEtag(interview)).send(interview);
      },
    );
}
