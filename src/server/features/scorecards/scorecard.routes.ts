// HTTP adapter for scorecards: the caller's own (draft, submit, amend), the interview's (filtered by
// the independence rule), and the workspace switch that relaxes that rule.
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { amendScorecardSchema, scorecardListSchema, scorecardPatchSchema, scorecardSchema, workspaceSettingsSchema, type Scorecard } from '../../../shared/interview.schema';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { requireIfMatch } from '../../routing/preconditions';
import { problemResponses } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import { runIdempotent, type StoredResponse } from '../idempotency/idempotency.service';
import { getInterview } from '../interviews/interview.service';
import * as scorecards from './scorecard.service';

const idParams = z.object({ id: z.uuid().describe('the interview id') });
const tags = ['scorecards'];

export async function scorecardRoutes(app: App) {
  const { database } = app;

  app.get(
    '/api/v1/interviews/:id/scorecards',
    {
      config: { access: 'debrief.read' },
      schema: {
        tags,
        summary: "An interview's scorecards",
        description: "The caller's own, and others' submitted ones — withheld (counted in `hidden`) until the caller has submitted their own for this candidate, unless the workspace relaxed that rule.",
        params: idParams,
        response: { 200: scorecardListSchema, ...problemResponses(404) },
      },
    },
    async (request) => {
      const actor = workspaceActorOf(request);
      const interview = await getInterview(database.db, actor.workspaceId, request.params.id, actor.userId);
      return scorecards.listInterviewScorecards(database.db, { workspaceId: actor.workspaceId, interviewId: interview.id, candidateId: interview.candidate.id, userId: actor.userId });
    },
  );

  app.get(
    '/api/v1/interviews/:id/scorecards/mine',
    {
      // A read: viewers may ask, and are told they have no scorecard here.
      config: { access: 'candidate.read' },
      schema: { tags, summary: 'My scorecard for an interview', description: 'Sends an ETag: draft edits need it in If-Match.', params: idParams, response: { 200: scorecardSchema, ...problemResponses(404) } },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      const card = await scorecards.getOwnScorecard(database.db, actor.workspaceId, request.params.id, actor.userId);
      return reply.header('ETag', scorecards.scorecardEtag(card)).header('Cache-Control', 'no-store').send(card);
    },
  );

  app.patch(
    '/api/v1/interviews/:id/scorecards/mine',
    {
      config: { access: 'interview.conduct' },
      schema: {
        tags,
        summary: 'Edit my draft scorecard',
        description: 'Items are merged by position; omitted fields are left alone. Requires If-Match: missing → 428, stale → 412 with the current ETag.',
        params: idParams,
        body: scorecardPatchSchema,
        response: { 200: scorecardSchema, ...problemResponses(400, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const actor = workspaceActorOf(request);
      // Autosave writes often: no audit row per keystroke; submission and amendments are audited.
      const card = await database.db.transaction((tx) =>
        scorecards.patchOwnScorecard(tx, { workspaceId: actor.workspaceId, interviewId: request.params.id, userId: actor.userId, ifMatch, patch: request.body }),
      );
      return reply.header('ETag', scorecards.scorecardEtag(card)).send(card);
    },
  );

  app.post(
    '/api/v1/interviews/:id/scorecards/mine/submit',
    {
      config: { access: 'interview.conduct' },
      schema: {
        tags,
        summary: 'Submit my scorecard',
        description:
          'Requires Idempotency-Key: a retry with the same key replays the first answer. Every question needs a score or "not asked", and the scorecard a recommendation. After this the scorecard is immutable.',
        params: idParams,
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        response: { 200: scorecardSchema, ...problemResponses(400, 404, 409, 422, 428) },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (!key)
        throw new AppError('precondition_required', 'Send an Idempotency-Key header, so a retried submission cannot be taken twice.', {
          errors: [{ in: 'header', name: 'Idempotency-Key', message: 'is required' }],
        });
      const actor = workspaceActorOf(request);
      const input = { workspaceId: actor.workspaceId, interviewId: request.params.id, userId: actor.userId };
      const result = await database.db.transaction((tx) =>
        runIdempotent(tx, { scope: `submit-scorecard ${input.workspaceId} ${input.interviewId} ${input.userId}`, key, request: null }, async (): Promise<StoredResponse<Scorecard>> => {
          const card = await scorecards.submitOwnScorecard(tx, input);
          await recordAudit(tx, auditActorOf(request), { action: 'scorecard.submit', targetType: 'scorecard', targetId: card.id, details: { interviewId: card.interviewId, revision: 1 } });
          return { status: 200, body: card, headers: { ETag: scorecards.scorecardEtag(card) } };
        }),
      );
      if (result.replayed) reply.header('Idempotent-Replayed', 'true');
      for (const [name, value] of Object.entries(result.headers)) reply.header(name, value);
      return reply.code(200).send(result.body);
    },
  );

  app.post(
    '/api/v1/interviews/:id/scorecards/mine/amendments',
    {
      config: { access: 'interview.conduct' },
      schema: {
        tags,
        summary: 'Amend my submitted scorecard',
        description: 'Adds a revision with a reason; earlier revisions are kept unchanged and listed.',
        params: idParams,
        body: amendScorecardSchema,
        response: { 200: scorecardSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = workspaceActorOf(request);
      const { reason, ...patch } = request.body;
      const card = await database.db.transaction(async (tx) => {
        const amended = await scorecards.amendOwnScorecard(tx, { workspaceId: actor.workspaceId, interviewId: request.params.id, userId: actor.userId, patch, reason });
        await recordAudit(tx, auditActorOf(request), { action: 'scorecard.amend', targetType: 'scorecard', targetId: amended.id, details: { interviewId: amended.interviewId, revision: amended.revision, reason } });
        return amended;
      });
      return reply.header('ETag', scorecards.scorecardEtag(card)).send(card);
    },
  );

  app.get(
    '/api/v1/settings/workspace',
    {
      config: { access: 'member.read' },
      schema: { tags: ['settings'], summary: "The workspace's settings", response: { 200: workspaceSettingsSchema } },
    },
    async (request) => scorecards.getWorkspaceSettings(database.db, workspaceActorOf(request).workspaceId),
  );

  app.put(
    '/api/v1/settings/workspace',
    {
      config: { access: 'settings.manage' },
      schema: { tags: ['settings'], summary: "Change the workspace's settings", body: workspaceSettingsSchema, response: { 200: workspaceSettingsSchema, ...problemResponses(400) } },
    },
    async (request) => {
      const { workspaceId } = workspaceActorOf(request);
      return database.db.transaction(async (tx) => {
        const settings = await scorecards.setWorkspaceSettings(tx, workspaceId, request.body);
        await recordAudit(tx, auditActorOf(request), { action: 'settings.update', targetType: 'workspace', targetId: workspaceId, details: settings });
        return settings;
      });
    },
  );
}
