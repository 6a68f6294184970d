// Practice sessions: choosing questions, the session a user works through, its report, sharing, and
// progress over time. Practice belongs to the user who practised: anyone else gets 404 unless the
// owner shared the session and their role may read candidates (`candidate.read`), in the same
// workspace. Services take `now` (and a random source) so tests fix them.
import { AppError } from '../../../core/errors';
import { can } from '../../../core/auth/permissions';
import type { Role } from '../../../shared/auth.schema';
import { practiceQuestionSchema, type PracticeQuestion } from '../../../shared/question.schema';
import type {
  CreateSessionBody,
  PracticeOptions,
  PracticeReport,
  PracticeSession,
  PracticeSessionSummary,
  SharedPracticeReport,
  Progress,
  ProgressQuery,
} from '../../../shared/practice.schema';
import { createSessionBodySchema } from '../../../shared/practice.schema';
import type { Db } from '../../db/client';
import { listPacks } from '../packs/pack.service';
import { presentAttempt, presentSummary } from './practice-presenters';
import * as repo from './practice.repo';

export const SESSION_LIST_LIMIT = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = (id: string) => new AppError('not_found', `No practice session has the id "${id}".`);

export interface Owner {
  userId: string;
  workspaceId: string;
}

/** The packs, categories and difficulties there are to choose from. */
export async function getOptions(db: Db, workspaceId: string): Promise<PracticeOptions> {
  const packs = (await listPacks(db, workspaceId)).filter((p) => p.questions > 0).map((p) => ({ id: p.id, name: p.name, questions: p.questions }));
  const facets = await repo.countQuestionFacets(db, workspaceId);
  const order = ['easy', 'medium', 'hard'];
  return {
    packs,
    categories: facets.filter((f) => f.facet === 'category').map(({ value, count }) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value)),
    difficulties: facets
      .filter((f) => f.facet === 'difficulty')
      .map(({ value, count }) => ({ value: value as PracticeOptions['difficulties'][number]['value'], count }))
      .sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value)),
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Which questions a session asks. Mock: the least-practised first (ties at random), so repeated
 * mocks cover the bank. Review: cards due now, most overdue first, then questions never answered;
 * questions answered and not yet due wait for their date.
 */
export function pickQuestions(pool: repo.PoolRow[], mode: 'mock' | 'review', length: number, now: Date, random: () => number): repo.PoolRow[] {
  const shuffled = shuffle(pool, random);
  if (mode === 'mock') return shuffled.sort((a, b) => a.attempts - b.attempts).slice(0, length);
  const due = shuffled.filter((q) => q.due !== null && q.due <= now).sort((a, b) => a.due!.getTime() - b.due!.getTime());
  const fresh = shuffled.filter((q) => q.due === null);
  return [...due, ...fresh].slice(0, length);
}

function nothingToAsk(pool: repo.PoolRow[], mode: 'mock' | 'review'): AppError {
  const next = pool.filter((q) => q.due).sort((a, b) => a.due!.getTime() - b.due!.getTime())[0];
  const detail =
    mode === 'review' && next
      ? `Nothing matching these choices is due yet: the next review is due at ${next.due!.toISOString()}. Widen the choices or start a mock interview.`
      : 'No question matches these choices. Choose another pack, more difficulties or more categories.';
  return new AppError('validation_failed', detail, { errors: [{ in: 'body', name: 'categories', message: 'no question matches' }] });
}

async function questionViews(db: Db, workspaceId: string, ids: string[]): Promise<PracticeQuestion[]> {
  const byId = new Map((await repo.listQuestionViews(db, workspaceId, ids)).map((q) => [q.id, q]));
  // The response schema strips too, but the view is parsed here so no other field can slip through.
  return ids.flatMap((id) => (byId.has(id) ? [practiceQuestionSchema.parse(byId.get(id))] : []));
}

/** Starts a session: chooses its questions and answers them as practice views. */
export async function createSession(
  db: Db,
  input: Owner & { body: CreateSessionBody; now?: Date; random?: () => number },
): Promise<PracticeSession> {
  const body = createSessionBodySchema.parse(input.body);
  const now = input.now ?? new Date();
  const pool = await repo.listPool(db, input.userId, { workspaceId: input.workspaceId, ...body });
  const picked = pickQuestions(pool, body.mode, body.length, now, input.random ?? Math.random);
  if (!picked.length) throw nothingToAsk(pool, body.mode);
  const { mode, ...settings } = body;
  const row = await repo.insertSession(db, {
    workspaceId: input.workspaceId,
    userId: input.userId,
    mode,
    settings,
    questionIds: picked.map((q) => q.id),
    // Only a mock interview is timed: its budget is the questions' interview minutes.
    minutes: mode === 'mock' ? picked.reduce((sum, q) => sum + q.minutes, 0) : 0,
    startedAt: now,
  });
  return { ...presentSummary(row, { attemptCount: 0, meanScore: null }), questions: await questionViews(db, input.workspaceId, row.questionIds), answeredQuestionIds: [] };
}

export async function listSessions(db: Db, owner: Owner): Promise<PracticeSessionSummary[]> {
  return (await repo.listSessions(db, owner.userId, owner.workspaceId, SESSION_LIST_LIMIT)).map((r) => presentSummary(r, r));
}

/** The reports shared with the hiring team of this workspace (the route checks candidate.read). */
export async function listSharedReports(db: Db, workspaceId: string): Promise<SharedPracticeReport[]> {
  return (await repo.listSharedSessions(db, workspaceId, SESSION_LIST_LIMIT)).map((r) => ({ ...presentSummary(r, r), owner: { name: r.ownerName, email: r.ownerEmail } }));
}

/** A session its owner may change; anyone else's is not found. */
export async function getOwnSession(db: Db, owner: Owner, id: string): Promise<repo.SessionRow> {
  const row = UUID.test(id) ? await repo.findSession(db, owner.workspaceId, id) : undefined;
  if (!row || row.userId !== owner.userId) throw notFound(id);
  return row;
}

/** The report: the owner's always; another member's only when shared and their role reads candidates. */
export async function getReport(db: Db, input: { workspaceId: string; viewer: { userId: string; role: Role }; id: string }): Promise<PracticeReport> {
  const row = UUID.test(input.id) ? await repo.findSession(db, input.workspaceId, input.id) : undefined;
  const isOwner = row?.userId === input.viewer.userId;
  if (!row || (!isOwner && !(row.sharedAt && can(input.viewer.role, 'candidate.read')))) throw notFound(input.id);
  const attempts = (await repo.listSessionAttempts(db, row.id)).map(presentAttempt);
  const graded = attempts.filter((a) => a.score !== null);
  const stats = { attemptCount: attempts.length, meanScore: graded.length ? graded.reduce((s, a) => s + a.score!, 0) / graded.length : null };
  return {
    ...presentSummary(row, stats),
    questions: await questionViews(db, input.workspaceId, row.questionIds),
    answeredQuestionIds: [...new Set(attempts.map((a) => a.questionId))],
    owner: { id: row.userId, name: row.ownerName },
    isOwner,
    attempts,
    categories: await repo.summariseCategories(db, { sessionId: row.id }),
  };
}

export async function finishSession(db: Db, input: Owner & { id: string; now?: Date }): Promise<PracticeSessionSummary> {
  const row = await getOwnSession(db, input, input.id);
  // Finishing twice keeps the first time: the report says when the candidate actually stopped.
  const updated = row.finishedAt ? row : await repo.updateSession(db, row.id, { finishedAt: input.now ?? new Date() });
  return presentSummary(updated, await sessionStats(db, row.id));
}

/** Shares the report with the workspace's members who may read candidates, or stops sharing it. */
export async function setShared(db: Db, input: Owner & { id: string; shared: boolean; now?: Date }): Promise<PracticeSessionSummary> {
  const row = await getOwnSession(db, input, input.id);
  const sharedAt = input.shared ? (row.sharedAt ?? input.now ?? new Date()) : null;
  const updated = sharedAt?.getTime() === row.sharedAt?.getTime() ? row : await repo.updateSession(db, row.id, { sharedAt });
  return presentSummary(updated, await sessionStats(db, row.id));
}

async function sessionStats(db: Db, sessionId: string): Promise<repo.SessionStats> {
  const attempts = await repo.listSessionAttempts(db, sessionId);
  const scores = attempts.flatMap((a) => (a.score === null ? [] : [a.score]));
  return { attemptCount: attempts.length, meanScore: scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : null };
}

/** Strength per category over time: mean graded score per day or week, and what is due. */
export async function getProgress(db: Db, input: Owner & ProgressQuery & { now?: Date }): Promise<Progress> {
  const summary = await repo.summariseCategories(db, { userId: input.userId, workspaceId: input.workspaceId });
  const series = await repo.listScoreSeries(db, input.userId, input.workspaceId, input.bucket, input.tz);
  const counts = await repo.countCards(db, input.userId, input.workspaceId, input.now ?? new Date());
  return {
    bucket: input.bucket,
    tz: input.tz,
    categories: summary.map((c) => ({
      ...c,
      points: series.filter((p) => p.category === c.category).map(({ period, meanScore, graded }) => ({ period, meanScore, graded })),
    })),
    dueReviews: counts.dueNow,
  };
}

