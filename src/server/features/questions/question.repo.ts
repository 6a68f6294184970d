// SQL for the question bank. Rows stay inside this feature: the service presents them.
import { and, eq, getTableColumns, isNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { questions } from '../../db/schema';
import { HEADLINE_START, HEADLINE_STOP, type SearchQuery } from '../../../core/search';
import type { QuestionContent } from '../../../shared/question.schema';

export type QuestionRow = typeof questions.$inferSelect;

export interface QuestionFilters {
  workspaceId: string;
  /** Match the title, tags and prompt only (practice): the answer's key points must not decide what matches. */
  practice: boolean;
  search: SearchQuery | null;
  category: string[];
  difficulty: string[];
  type: string[];
  tag: string[];
}

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
  created_at: string;
  rank: number | null;
  headline: string | null;
}

export interface FacetRow {
  facet: 'category' | 'difficulty' | 'type' | 'tag' | 'total';
  value: string | null;
  n: number;
}

const array = (values: string[]) => sql`${sql.param(values)}::text[]`;

function tsQuery(search: SearchQuery): SQL {
  const web = sql`websearch_to_tsquery('english', ${search.web})`;
  if (!search.prefix) return web;
  const prefix = `${search.prefix}:*`;
  return sql`(${web} && (to_tsquery('simple', ${prefix}) || to_tsquery('english', ${prefix})))`;
}

const HEADLINE_OPTIONS = `StartSel="${HEADLINE_START}", StopSel="${HEADLINE_STOP}", MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** `column = any(values)`, or true when the facet is not filtered. */
const matches = (column: SQL, values: string[]) => (values.length ? sql`${column} = any(${array(values)})` : sql`true`);

/**
 * One page of summaries in keyset order (plus one extra row that tells whether a next page
 * exists) and every facet's counts, from a single pass over the matching rows. The search match
 * and rank, the costly parts, are computed once per row; each facet then counts the rows that
 * pass every filter but its own (flags c_ok, d_ok, t_ok), and ts_headline runs on the page only.
 */
export async function searchQuestionPage(
  db: Db,
  f: QuestionFilters,
  order: PageOrder,
  limit: number,
): Promise<{ items: SummaryRow[]; facets: FacetRow[] }> {
  const ts = f.search ? tsQuery(f.search) : undefined;
  const common: SQL[] = [sql`q.workspace_id = ${f.workspaceId}`, sql`q.deleted_at is null`];
  if (ts) common.push(sql`q.search_vector @@ ${ts}`);
  // Weight C is the key points (schema.ts); practice searches drop it after the index match.
  if (ts && f.practice) common.push(sql`ts_filter(q.search_vector, '{a,b,d}') @@ ${ts}`);
  if (f.tag.length) common.push(sql`q.tags @> ${array(f.tag)}`);

  let keyset = sql``;
  let orderBy: SQL;
  if (order.sort === 'relevance') {
    if (order.after) keyset = sql`and (rank, id) < (${order.after.rank}::float8, ${order.after.id}::uuid)`;
    orderBy = sql`rank desc, id desc`;
  } else if (order.sort === 'newest') {
    if (order.after) keyset = sql`and (created_at, id) < (${order.after.createdAt}::timestamptz, ${order.after.id}::uuid)`;
    orderBy = sql`created_at desc, id desc`;
  } else {
    if (order.after) keyset = sql`and (title, id) > (${order.after.title}, ${order.after.id}::uuid)`;
    orderBy = sql`title asc, id asc`;
  }
  const headline = ts ? sql`ts_headline('english', q.prompt, ${ts}, ${HEADLINE_OPTIONS})` : sql`null`;

  const [row] = await queryRows<{ items: SummaryRow[] | null; facets: FacetRow[] | null }>(
    db,
    sql`with base as materialized (
          select q.id, q.slug, q.title, q.type, q.category, q.difficulty, q.tags, q.minutes, q.version, q.created_at,
                 ${ts ? sql`ts_rank(${f.practice ? sql`ts_filter(q.search_vector, '{a,b,d}')` : sql`q.search_vector`}, ${ts})::float8` : sql`null::float8`} as rank,
                 ${matches(sql`q.category`, f.category)} as c_ok,
                 ${matches(sql`q.difficulty`, f.difficulty)} as d_ok,
                 ${matches(sql`q.type`, f.type)} as t_ok
          from questions q
          where ${sql.join(common, sql` and `)}
        ),
        page as (
          select * from base where c_ok and d_ok and t_ok ${keyset} order by ${orderBy} limit ${limit + 1}
        ),
        facets as (
          select 'category' as facet, category as value, count(*)::int as n from base where d_ok and t_ok group by category
          union all select 'difficulty', difficulty, count(*)::int from base where c_ok and t_ok group by difficulty
          union all select 'type', type, count(*)::int from base where c_ok and d_ok group by type
          union all select 'tag', t.tag, count(*)::int from base cross join lateral unnest(base.tags) as t(tag) where c_ok and d_ok and t_ok group by t.tag
          union all select 'total', null, count(*)::int from base where c_ok and d_ok and t_ok
        )
        select
          (select json_agg(x order by ${orderBy}) from (
             select page.id, page.slug, page.title, page.type, page.category, page.difficulty, page.tags, page.minutes,
                    page.version, page.created_at, page.rank, ${headline} as headline
             from page join questions q on q.id = page.id
          ) x) as items,
          (select json_agg(facets) from facets) as facets`,
  );
  return { items: row?.items ?? [], facets: row?.facets ?? [] };
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export async function findQuestion(db: Db, workspaceId: string, idOrSlug: string): Promise<QuestionRow | undefined> {
  const match = isUuid(idOrSlug) ? eq(questions.id, idOrSlug.toLowerCase()) : eq(questions.slug, idOrSlug);
  const [row] = await db
    .select()
    .from(questions)
    .where(and(eq(questions.workspaceId, workspaceId), match, isNull(questions.deletedAt)))
    .limit(1);
  return row;
}

/** Any question with this slug, deleted ones included: a slug is never reused. */
export async function findSlugOwner(db: Db, workspaceId: string, slug: string): Promise<Pick<QuestionRow, 'id' | 'deletedAt'> | undefined> {
  const [row] = await db
    .select({ id: questions.id, deletedAt: questions.deletedAt })
    .from(questions)
    .where(and(eq(questions.workspaceId, workspaceId), eq(questions.slug, slug)))
    .limit(1);
  return row;
}

export interface WriteMeta {
  workspaceId: string;
  contentHash: string;
  source?: string | null;
  sourceHash?: string | null;
}

const insertValues = (content: QuestionContent, meta: WriteMeta) => ({
  ...content,
  workspaceId: meta.workspaceId,
  contentHash: meta.contentHash,
  source: meta.source ?? null,
  sourceHash: meta.sourceHash ?? null,
});

export async function insertQuestion(db: Db, content: QuestionContent, meta: WriteMeta): Promise<QuestionRow> {
  const [row] = await db.insert(questions).values(insertValues(content, meta)).returning();
  return row!;
}

/** The GIN indexes a bulk write maintains; rebuilding them after the rows are in is cheapest. */
const GIN_INDEXES = ['questions_search_idx', 'questions_tags_idx'];

/**
 * For a bulk write in this transaction. When the write is the bulk of the table (a first import),
 * the GIN indexes are dropped and returned to be built again afterwards: one sorted build is much
 * cheaper than thousands of inserts into them (PostgreSQL's own advice for bulk loads). The drop
 * is transactional, and readers wait for the commit on a server; PGlite has one connection. For a
 * smaller write, GIN's pending list batches the entries instead.
 */
export async function prepareBulkWrite(db: Db, rebuildIndexes: boolean): Promise<string[]> {
  if (!rebuildIndexes) {
    await db.execute(sql`set local gin_pending_list_limit = '64MB'`);
    return [];
  }
  const definitions = await queryRows<{ indexname: string; indexdef: string }>(
    db,
    sql`select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = 'questions' and indexname in (${sql.join(GIN_INDEXES.map((n) => sql`${n}`), sql`, `)})`,
  );
  for (const { indexname } of definitions) await db.execute(sql.raw(`drop index "${indexname}"`));
  await db.execute(sql`set local maintenance_work_mem = '256MB'`);
  return definitions.map((d) => d.indexdef);
}

/**
 * Builds again the indexes prepareBulkWrite dropped, or merges what the write left in the GIN
 * pending lists (PostgreSQL's autovacuum would do it eventually; PGlite has none, and until the
 * merge every search also scans the list).
 */
export async function finishBulkWrite(db: Db, droppedIndexes: string[]): Promise<void> {
  if (droppedIndexes.length) for (const definition of droppedIndexes) await db.execute(sql.raw(definition));
  else await db.execute(sql.raw(`select ${GIN_INDEXES.map((n) => `gin_clean_pending_list('${n}'::regclass)`).join(', ')}`));
}

/** Rows in the questions table, all workspaces: an index rebuild re-reads every one of them. */
export async function countAllQuestions(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from questions`);
  return Number(row?.n ?? 0);
}

/**
 * Many rows in one statement with one parameter: the batch travels as a JSON array of rows named
 * by the table's own columns, and json_populate_recordset types each field from the table. Bound
 * one by one, 500 rows were 11,500 parameters, and building and encoding them took a fifth of a
 * bulk import.
 */
export async function insertQuestions(db: Db, items: { content: QuestionContent; meta: WriteMeta }[]): Promise<void> {
  if (!items.length) return;
  const columnOf = getTableColumns(questions);
  const rows = items.map(({ content, meta }) =>
    Object.fromEntries(Object.entries(insertValues(content, meta)).map(([key, value]) => [columnOf[key as keyof typeof columnOf].name, value])),
  );
  // Every column any row has: a field one row leaves out (anchors) is null there, not dropped from all.
  const names = sql.raw([...new Set(rows.flatMap((row) => Object.keys(row)))].map((name) => `"${name}"`).join(', '));
  await db.execute(sql`insert into questions (${names}) select ${names} from json_populate_recordset(null::questions, ${JSON.stringify(rows)}::json)`);
}

/** Compare-and-set on the version: undefined when the row is gone or was changed meanwhile. */
export async function updateQuestionIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  content: QuestionContent,
  meta: Omit<WriteMeta, 'workspaceId'>,
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

/** Every live question, or those of one source, in slug order (exports). */
export async function listLiveQuestions(db: Db, workspaceId: string, source?: string): Promise<QuestionRow[]> {
  const live = and(eq(questions.workspaceId, workspaceId), isNull(questions.deletedAt));
  return db
    .select()
    .from(questions)
    .where(source ? and(live, eq(questions.source, source)) : live)
    .orderBy(questions.slug);
}

export type SourceState = Pick<QuestionRow, 'id' | 'slug' | 'version' | 'contentHash' | 'source' | 'sourceHash' | 'deletedAt'>;

/** What the bank holds for these slugs: the pack loader decides from it what to create or update. */
export async function listSourceStates(db: Db, workspaceId: string, slugs: string[]): Promise<SourceState[]> {
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
    .where(and(eq(questions.workspaceId, workspaceId), sql`${questions.slug} = any(${array(slugs)})`));
}

/** Tells other Candor instances (and this one) that the bank changed; delivered at commit. */
export async function notifyQuestionsChanged(db: Db): Promise<void> {
  await db.execute(sql`select pg_notify('candor_questions_changed', '')`);
}
