// HTTP adapter for the debrief, hiring decisions, the scorecards export and calibration.
import { z } from 'zod';
import { calibrationSchema, debriefSchema, decisionInputSchema, decisionSchema } from '../../../shared/interview.schema';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { problemResponses } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import { getCalibration } from './calibration.service';
import { getDebrief, recordDecision, scorecardsCsv } from './debrief.service';

const candidateParams = z.object({ id: z.uuid().describe('the candidate id') });

export async function debriefRoutes(app: App) {
  const { database } = app;

  app.get(
    '/api/v1/candidates/:id/debrief',
    {
      config: { access: 'debrief.read' },
      schema: {
        tags: ['debrief'],
        summary: "A candidate's debrief",
        description:
          'Question × interviewer matrix of submitted scorecards, disagreements (spread ≥ 2), each interviewer’s evidence, a mechanical aggregate and the decision. Until the caller has submitted their own scorecard for this candidate, others’ are withheld and counted in `hidden`.',
        params: candidateParams,
        response: { 200: debriefSchema, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      const debrief = await getDebrief(database.db, actor.workspaceId, request.params.id, actor.userId);
      return reply.header('Cache-Control', 'no-store').send(debrief);
    },
  );

  app.post(
    '/api/v1/candidates/:id/decision',
    {
      config: { access: 'decision.write' },
      schema: {
        tags: ['debrief'],
        summary: 'Record the hiring decision',
        description: 'Kept with its rationale; an earlier decision stays in the history. Hire moves the candidate to "offer", no hire to "rejected".',
        params: candidateParams,
        body: decisionInputSchema,
        response: { 201: decisionSchema, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      const decision = await database.db.transaction(async (tx) => {
        const { decision: recorded, statusChange } = await recordDecision(tx, { workspaceId: actor.workspaceId, candidateId: request.params.id, userId: actor.userId, ...request.body });
        const target = { targetType: 'candidate', targetId: request.params.id };
        await recordAudit(tx, auditActorOf(request), { action: 'decision.record', ...target, details: { decision: recorded.decision } });
        if (statusChange) await recordAudit(tx, auditActorOf(request), { action: 'candidate.status', ...target, details: statusChange });
        return recorded;
      });
      return reply.code(201).send(decision);
    },
  );

  app.get(
    '/api/v1/candidates/:id/scorecards.csv',
    {
      config: { access: 'debrief.read' },
      schema: {
        tags: ['debrief'],
        summary: "A candidate's scorecards as CSV",
        description: 'One row per question and interviewer, for the scorecards the caller may read. Cells that a spreadsheet would run as formulas are prefixed with an apostrophe.',
        params: candidateParams,
        response: { 200: z.string().describe('text/csv'), ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      const { filename, csv } = await scorecardsCsv(database.db, actor.workspaceId, request.params.id, actor.userId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .header('Cache-Control', 'no-store')
        .send(csv);
    },
  );

  app.get(
    '/api/v1/analytics/calibration',
    {
      config: { access: 'analytics.read' },
      schema: {
        tags: ['analytics'],
        summary: 'Interviewer and question calibration',
        description:
          "Per interviewer: scorecards, mean against the team's (leniency) and spread. Per question: times asked, mean, variance, discrimination and a leak flag. Agreement: Krippendorff's alpha (ordinal) and ICC(2,1) with its 95% interval, overall and per kit.",
        querystring: z.object({ kitId: z.uuid().optional().describe('only interviews of this kit') }),
        response: { 200: calibrationSchema, ...problemResponses(400) },
      },
    },
    async (request) => {
      const actor = workspaceActorOf(request);
      return getCalibration(database.db, { workspaceId: actor.workspaceId, userId: actor.userId, kitId: request.query.kitId });
    },
  );
}
