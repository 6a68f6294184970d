// Use cases of the question bank. Each takes (db, plain input) so routes, the CLI, jobs and tests
// call the same function; the caller owns the transaction.
import { AppError } from '../../../core/errors';
import { contentHash } from '../../../core/content-hash';
import { decodeCursor, encodeCursor } from '../../../core/cursor';
import { buildSearchQuery, headlineSegments } from '../../../core/search';
import { entityTag, ifMatchHits } from '../../../core/etag';
import {
  DIFFICULTIES,
  QUESTION_TYPES,
  questionContentSchema,
  type Question,
  type QuestionContent,
  practiceQuestionSchema,
  type PracticeQuestion,
  type QuestionContentInput,
} from '../../../shared/question.schema';
import type { FacetCount, ListQuestionsQuery, QuestionList, QuestionSummary } from '../../../shared/question-list.schema';
import type { Db } from '../../db/client';
import * as repo from './question.repo';

const TAG_FACET_LIMIT = 40;

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

/** The content fields of a question: what its hash covers and what an edit replaces. */
export function contentOf(row: repo.QuestionRow): QuestionContent {
  return {
    slug: row.slug,
    title: row.title,
    type: row.type as QuestionContent['type'],
    category: row.category,
    difficulty: row.difficulty as QuestionContent['difficulty'],
    tags: row.tags,
    minutes: row.minutes,
    prompt: row.prompt,
    whyAsked: row.whyAsked,
    approach: row.approach,
    referenceAnswer: row.referenceAnswer,
    keyPoints: row.keyPoints,
    anchors: row.anchors ?? null,
    followUps: row.followUps,
    redFlags: row.redFlags,
  };
}

export const hashContent = (content: QuestionContent) => contentHash(content);

function presentQuestion(row: repo.QuestionRow): Question {
  return {
    id: row.id,
    ...contentOf(row),
    version: row.version,
    contentHash: row.contentHash,
    source: row.source,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export const questionEtag = (q: Pick<Question, 'version' | 'contentHash'>) => entityTag(q.version, q.contentHash);

/** The content of every live question, or of one pack's, in slug order. */
export async function listQuestionContents(db: Db, workspaceId: string, source?: string): Promise<QuestionContent[]> {
  return (await repo.listLiveQuestions(db, workspaceId, source)).map(contentOf);
}

/** Finds a live question by id or slug; throws not_found. */
export async function getQuestion(db: Db, workspaceId: string, idOrSlug: string): Promise<Question> {
  const row = await repo.findQuestion(db, workspaceId, idOrSlug);
  if (!row) throw new AppError('not_found', `No question has the id or slug "${idOrSlug}".`);
  return presentQuestion(row);
}

function parseContent(input: unknown): QuestionContent {
  const result = questionContentSchema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({ in: 'body', name: i.path.join('.') || '(body)', message: i.message }));
  throw new AppError('validation_failed', `The question is invalid: ${errors.map((e) => `${e.name}: ${e.message}`).join('; ')}`, { errors });
}

async function assertSlugFree(db: Db, workspaceId: string, slug: string) {
  const owner = await repo.findSlugOwner(db, workspaceId, slug);
  if (owner)
    throw new AppError(
      'slug_taken',
      owner.deletedAt
        ? `The slug "${slug}" belonged to a deleted question; slugs are never reused. Choose another.`
        : `A question with the slug "${slug}" already exists.`,
      { errors: [{ in: 'body', name: 'slug', message: 'already taken' }] },
    );
}

/** Creates a question written in Candor (no pack source). */
export async function createQuestion(db: Db, workspaceId: string, input: QuestionContentInput): Promise<Question> {
  const content = parseContent(input);
  await assertSlugFree(db, workspaceId, content.slug);
  const row = await repo.insertQuestion(db, content, { workspaceId, contentHash: hashContent(content) });
  await repo.notifyQuestionsChanged(db);
  return presentQuestion(row);
}

/** Replaces the given fields when `ifMatch` names the current version; 412 when it does not. */
export async function updateQuestion(db: Db, workspaceId: string, id: string, ifMatch: string, patch: Partial<QuestionContentInput>): Promise<Question> {
  const current = await getQuestion(db, workspaceId, id);
  if (!ifMatchHits(ifMatch, questionEtag(current)))
    throw new AppError('precondition_failed', 'The question changed since you read it; fetch it again and reapply your edit.', {
      headers: { ETag: questionEtag(current) },
    });
  const { id: _id, version: _v, contentHash: _h, source: _s, createdAt: _c, updatedAt: _u, ...content } = current;
  const next = parseContent({ ...content, ...patch });
  if (next.slug !== current.slug) await assertSlugFree(db, workspaceId, next.slug);
  const hash = hashContent(next);
  if (hash === current.contentHash) return current; // nothing changed: keep the version and the ETag
  const row = await repo.updateQuestionIfVersion(db, current.id, current.version, next, { contentHash: hash });
  if (!row) throw new AppError('precondition_failed', 'The question changed while you were saving; fetch it again.');
  await repo.notifyQuestionsChanged(db);
  return presentQuestion(row);
}

/** Soft-deletes a question when `ifMatch` names its current version. */
export async function deleteQuestion(db: Db, workspaceId: string, id: string, ifMatch: string): Promise<Question> {
  const current = await getQuestion(db, workspaceId, id);
  if (!ifMatchHits(ifMatch, questionEtag(current)))
    throw new AppError('precondition_failed', 'The question changed since you read it; fetch it again before deleting it.');
  if (!(await repo.softDeleteIfVersion(db, current.id, current.version)))
    throw new AppError('precondition_failed', 'The question changed while you were deleting it; fetch it again.');
  await repo.notifyQuestionsChanged(db);
  return current;
}

function toOrder(query: ListQuestionsQuery, hasSearch: boolean): repo.PageOrder {
  const sort = query.sort ?? (hasSearch ? 'relevance' : 'title');
  if (sort === 'relevance' && !hasSearch)
    throw new AppError('validation_failed', 'sort=relevance needs a search query q.', { errors: [{ in: 'query', name: 'sort', message: 'relevance needs q' }] });
  if (!query.cursor) return { sort } as repo.PageOrder;
  const c = decodeCursor(query.cursor, sort);
  if (sort === 'relevance') return { sort, after: { rank: Number(c.k), id: c.id } };
  if (sort === 'newest') return { sort, after: { createdAt: String(c.k), id: c.id } };
  return { sort, after: { title: String(c.k), id: c.id } };
}

function cursorAfter(row: repo.SummaryRow, sort: repo.PageOrder['sort']): string {
  const k = sort === 'relevance' ? Number(row.rank) : sort === 'newest' ? iso(row.created_at) : row.title;
  return encodeCursor({ s: sort, k, id: row.id });
}

function presentFacets(rows: repo.FacetRow[], query: ListQuestionsQuery): QuestionList['facets'] & { total: number } {
  const pick = (facet: repo.FacetRow['facet']) =>
    rows.filter((r) => r.facet === facet).map((r) => ({ value: r.value ?? '', count: Number(r.n) }));
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
  // Closed sets are listed whole, in their natural order, so the page does not jump as counts change.
  const closed = (values: readonly string[], counts: FacetCount[]) =>
    values.map((value) => ({ value, count: counts.find((c) => c.value === value)?.count ?? 0 }));
  // Chosen values stay listed even at zero, so the filter can be seen and undone.
  const withChosen = (counts: FacetCount[], chosen: string[]) => [
    ...counts,
    ...chosen.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 })),
  ];
  const tags = pick('tag').sort(byCount);
  const topTags = tags.slice(0, TAG_FACET_LIMIT);
  const chosenBeyondTop = query.tag
    .filter((t) => !topTags.some((c) => c.value === t))
    .map((t) => tags.find((c) => c.value === t) ?? { value: t, count: 0 });
  return {
    category: withChosen(pick('category').sort(byCount), query.category),
    difficulty: closed(DIFFICULTIES, pick('difficulty')),
    type: closed(QUESTION_TYPES, pick('type')),
    tag: [...topTags, ...chosenBeyondTop],
    total: Number(rows.find((r) => r.facet === 'total')?.n ?? 0),
  };
}

/**
 * A page of question summaries with facet counts, in keyset order. With `practice`, search matches
 * titles, tags and prompts only, so what matches cannot hint at a reference answer.
 */
export async function listQuestions(db: Db, workspaceId: string, query: ListQuestionsQuery, options: { practice?: boolean } = {}): Promise<QuestionList> {
  const search = query.q ? buildSearchQuery(query.q) : null;
  const filters: repo.QuestionFilters = {
    workspaceId,
    practice: Boolean(options.practice),
    search,
    category: query.category,
    difficulty: query.difficulty,
    type: query.type,
    tag: query.tag,
  };
  const order = toOrder(query, Boolean(search));
  const { items: rows, facets: facetRows } = await repo.searchQuestionPage(db, filters, order, query.limit);
  const page = rows.slice(0, query.limit);
  const items: QuestionSummary[] = page.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    type: r.type as QuestionSummary['type'],
    category: r.category,
    difficulty: r.difficulty as QuestionSummary['difficulty'],
    tags: r.tags,
    minutes: r.minutes,
    version: r.version,
    snippet: r.headline ? headlineSegments(r.headline) : null,
  }));
  const { total, ...facets } = presentFacets(facetRows, query);
  const last = page.at(-1);
  return { items, total, nextCursor: rows.length > query.limit && last ? cursorAfter(last, order.sort) : null, facets };
}

/** What a candidate may see of a question: never its answer, key points, anchors, follow-ups or red flags. */
export async function getPracticeQuestion(db: Db, workspaceId: string, idOrSlug: string): Promise<PracticeQuestion> {
  // The schema's parse keeps only the practice fields: one list of them, in shared/.
  return practiceQuestionSchema.parse(await getQuestion(db, workspaceId, idOrSlug));
}
