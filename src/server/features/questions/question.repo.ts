// SQL for the question bank. Rows stay inside this feature: the service presents them.
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { questions } from '../../db/schema';
import { HEADLINE_START, HEADLINE_STOP, type SearchQuery } from '../../../core/search';
import type { QuestionContent } from '../../../shared/question.schema';

export type QuestionRow = typeof questions.$inferSelect;

export interface QuestionFilters {
  search: SearchQuery | null;
  category: string[];
  difficulty: string[];
  type: string[];
  tag: string[];
}

export type FacetName = 'category' | 'difficulty' | 'type';

export type PageOrder =
  | { sort: 'relevance'; after?: { rank: number; id: string } }
  | { sort: 'title'; after?: { title: string; id: string } }
  | { sort: 'newest'; after?: { createdAt: string; id: string } };

export interface SummaryRow {
  id: string;
  slug: string;
  title: string;
  type: string;
  category: string;
  difficulty: string;
  tags: string[];
  minutes: number;
  version: number;
  created_at: string | Date;
  rank: number | null;
  headline: string | null;
}

const array = (values: string[]) => sql`${sql.param(values)}::text[]`;

function tsQuery(search: SearchQuery): SQL {
  const web = sql`websearch_to_tsquery('english', ${search.web})`;
  if (!search.prefix) return web;
  const prefix = `${search.prefix}:*`;
  return sql`(${web} && (to_tsquery('simple', ${prefix}) || to_tsquery('english', ${prefix})))`;
}

/** The WHERE clause for the filters; `omit` drops one facet's own filter (disjunctive facet counts). */
function where(f: QuestionFilters, omit?: FacetName): SQL {
  const parts: SQL[] = [sql`q.deleted_at is null`];
  if (f.search) parts.push(sql`q.search_vector @@ ${tsQuery(f.search)}`);
  if (f.category.length && omit !== 'category') parts.push(sql`q.category = any(${array(f.category)})`);
  if (f.difficulty.length && omit !== 'difficulty') parts.push(sql`q.difficulty = any(${array(f.difficulty)})`);
  if (f.type.length && omit !== 'type') parts.push(sql`q.type = any(${array(f.type)})`);
  if (f.tag.length) parts.push(sql`q.tags @> ${array(f.tag)}`);
  return sql.join(parts, sql` and `);
}

const SUMMARY_COLUMNS = sql`q.id, q.slug, q.title, q.type, q.category, q.difficulty, q.tags, q.minutes, q.version, q.created_at`;
const HEADLINE_OPTIONS = `StartSel="${HEADLINE_START}", StopSel="${HEADLINE_STOP}", MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** One page of summaries in keyset order, plus one extra row that tells whether a next page exists. */
export async function listQuestionPage(db: Db, f: QuestionFilters, order: PageOrder, limit: number): Promise<SummaryRow[]> {
  if (order.sort === 'relevance' && f.search) {
    const ts = tsQuery(f.search);
    const after = order.after ? sql`and (m.rank, m.id) < (${order.after.rank}::float8, ${order.after.id}::uuid)` : sql``;
    // ts_headline re-parses each document, so it runs only on the page's rows, after the limit.
    return queryRows<SummaryRow>(
      db,
      sql`select page.*, ts_headline('english', page.prompt, ${ts}, ${HEADLINE_OPTIONS}) as headline
          from (
            select m.* from (
              select ${SUMMARY_COLUMNS}, q.prompt, ts_rank(q.search_vector, ${ts})::float8 as rank
              from questions q where ${where(f)}
            ) m
            where true ${after}
            order by m.rank desc, m.id desc
            limit ${limit + 1}
          ) page
          order by page.rank desc, page.id desc`,
    );
  }
  const headline = f.search ? sql`ts_headline('english', q.prompt, ${tsQuery(f.search)}, ${HEADLINE_OPTIONS})` : sql`null`;
  let keyset = sql``;
  let orderBy: SQL;
  if (order.sort === 'newest') {
    if (order.after) keyset = sql`and (q.created_at, q.id) < (${order.after.createdAt}::timestamptz, ${order.after.id}::uuid)`;
    orderBy = sql`q.created_at desc, q.id desc`;
  } else {
    const after = order.sort === 'title' ? order.after : undefined;
    if (after) keyset = sql`and (q.title, q.id) > (${after.title}, ${after.id}::uuid)`;
    orderBy = sql`q.title asc, q.id asc`;
  }
  return queryRows<SummaryRow>(
    db,
    sql`select ${SUMMARY_COLUMNS}, null::float8 as rank, ${headline} as headline
        from questions q where ${where(f)} ${keyset}
        order by ${orderBy} limit ${limit + 1}`,
  );
}

export interface FacetRow {
  facet: 'category' | 'difficulty' | 'type' | 'tag' | 'total';
  value: string | null;
  n: number;
}

/** Every facet's counts and the total in one round trip. */
export async function countFacets(db: Db, f: QuestionFilters): Promise<FacetRow[]> {
  return queryRows<FacetRow>(
    db,
    sql`select 'category' as facet, q.category as value, count(*)::int as n from questions q where ${where(f, 'category')} group by q.category
        union all
        select 'difficulty', q.difficulty, count(*)::int from questions q where ${where(f, 'difficulty')} group by q.difficulty
        union all
        select 'type', q.type, count(*)::int from questions q where ${where(f, 'type')} group by q.type
        union all
        select 'tag', t.tag, count(*)::int from questions q cross join lateral unnest(q.tags) as t(tag) where ${where(f)} group by t.tag
        union all
        select 'total', null, count(*)::int from questions q where ${where(f)}`,
  );
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export async function findQuestion(db: Db, idOrSlug: string): Promise<QuestionRow | undefined> {
  const match = isUuid(idOrSlug) ? eq(questions.id, idOrSlug.toLowerCase()) : eq(questions.slug, idOrSlug);
  const [row] = await db.select().from(questions).where(and(match, isNull(questions.deletedAt))).limit(1);
  return row;
}

/** Any question with this slug, deleted ones included: a slug is never reused. */
export async function findSlugOwner(db: Db, slug: string): Promise<Pick<QuestionRow, 'id' | 'deletedAt'> | undefined> {
  const [row] = await db.select({ id: questions.id, deletedAt: questions.deletedAt }).from(questions).where(eq(questions.slug, slug)).limit(1);
  return row;
}

export interface WriteMeta {
  contentHash: string;
  source?: string | null;
  sourceHash?: string | null;
}

export async function insertQuestion(db: Db, content: QuestionContent, meta: WriteMeta): Promise<QuestionRow> {
  const [row] = await db
    .insert(questions)
    .values({ ...content, contentHash: meta.contentHash, source: meta.source ?? null, sourceHash: meta.sourceHash ?? null })
    .returning();
  return row!;
}

export async function insertQuestions(db: Db, items: { content: QuestionContent; meta: WriteMeta }[]): Promise<void> {
  if (!items.length) return;
  await db.insert(questions).values(
    items.map(({ content, meta }) => ({ ...content, contentHash: meta.contentHash, source: meta.source ?? null, sourceHash: meta.sourceHash ?? null })),
  );
}

/** Compare-and-set on the version: undefined when the row is gone or was changed meanwhile. */
export async function updateQuestionIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  content: QuestionContent,
  meta: WriteMeta,
): Promise<QuestionRow | undefined> {
  const [row] = await db
    .update(questions)
    .set({
      ...content,
      contentHash: meta.contentHash,
      ...(meta.sourceHash !== undefined ? { sourceHash: meta.sourceHash } : {}),
      version: sql`${questions.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(questions.id, id), eq(questions.version, expectedVersion), isNull(questions.deletedAt)))
    .returning();
  return row;
}

export async function softDeleteIfVersion(db: Db, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .update(questions)
    .set({ deletedAt: sql`now()`, version: sql`${questions.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(questions.id, id), eq(questions.version, expectedVersion), isNull(questions.deletedAt)))
    .returning({ id: questions.id });
  return rows.length === 1;
}

export type SourceState = Pick<QuestionRow, 'id' | 'slug' | 'version' | 'contentHash' | 'source' | 'sourceHash' | 'deletedAt'>;

/** What the bank holds for these slugs: the pack loader decides from it what to create or update. */
export async function listSourceStates(db: Db, slugs: string[]): Promise<SourceState[]> {
  if (!slugs.length) return [];
  return db
    .select({
      id: questions.id,
      slug: questions.slug,
      version: questions.version,
      contentHash: questions.contentHash,
      source: questions.source,
      sourceHash: questions.sourceHash,
      deletedAt: questions.deletedAt,
    })
    .from(questions)
    .where(sql`${questions.slug} = any(${array(slugs)})`);
}

/** Tells other Candor instances (and this one) that the bank changed; delivered at commit. */
export async function notifyQuestionsChanged(db: Db): Promise<void> {
  await db.execute(sql`select pg_notify('candor_questions_changed', '')`);
}
