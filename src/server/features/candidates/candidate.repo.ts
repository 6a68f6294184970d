// SQL for candidates and their CV files. Rows stay inside this feature: the service presents them.
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../../db/client';
import { candidateFiles, candidates } from '../../db/hiring-schema';
import { HEADLINE_START, HEADLINE_STOP } from '../../../core/search';
import type { SearchTerm } from '../../../core/search-terms';

export interface CandidateFields {
  name: string;
  email: string | null;
  roleApplied: string;
  notes: string;
  status: string;
}

/** A candidate with what is known of their CV file (never its bytes). */
export interface CandidateRow extends CandidateFields {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  cvText: string;
  cvFilename: string | null;
  cvMediaType: string | null;
  cvSize: number | null;
  cvUploadedAt: Date | null;
}

const candidateColumns = {
  id: candidates.id,
  name: candidates.name,
  email: candidates.email,
  roleApplied: candidates.roleApplied,
  notes: candidates.notes,
  status: candidates.status,
  version: candidates.version,
  createdAt: candidates.createdAt,
  updatedAt: candidates.updatedAt,
  cvText: candidates.cvText,
  cvFilename: candidateFiles.filename,
  cvMediaType: candidateFiles.mediaType,
  cvSize: candidateFiles.size,
  cvUploadedAt: candidateFiles.uploadedAt,
};

export async function findCandidate(db: Db, workspaceId: string, id: string): Promise<CandidateRow | undefined> {
  const [row] = await db
    .select(candidateColumns)
    .from(candidates)
    .leftJoin(candidateFiles, eq(candidateFiles.candidateId, candidates.id))
    .where(and(eq(candidates.workspaceId, workspaceId), eq(candidates.id, id), isNull(candidates.deletedAt)))
    .limit(1);
  return row;
}

export async function insertCandidate(db: Db, workspaceId: string, fields: CandidateFields): Promise<string> {
  const [row] = await db.insert(candidates).values({ workspaceId, ...fields }).returning({ id: candidates.id });
  return row!.id;
}

/** Compare-and-set on the version, bumping it: false when the row is gone or changed meanwhile. */
async function bumpIfVersion(db: Db, id: string, expectedVersion: number, changes: PgUpdateSetSource<typeof candidates>): Promise<boolean> {
  const rows = await db
    .update(candidates)
    .set({ ...changes, version: sql`${candidates.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(candidates.id, id), eq(candidates.version, expectedVersion), isNull(candidates.deletedAt)))
    .returning({ id: candidates.id });
  return rows.length === 1;
}

export const updateCandidateIfVersion = (db: Db, id: string, expectedVersion: number, fields: Partial<CandidateFields>) => bumpIfVersion(db, id, expectedVersion, fields);

export const softDeleteIfVersion = (db: Db, id: string, expectedVersion: number) => bumpIfVersion(db, id, expectedVersion, { deletedAt: sql`now()` });

export interface CvFileWrite {
  filename: string;
  mediaType: string;
  content: Uint8Array;
}

/** Replaces the CV file and its text together: the text always belongs to the file that is stored. */
export async function replaceCvIfVersion(db: Db, id: string, expectedVersion: number, file: CvFileWrite, text: string): Promise<boolean> {
  if (!(await bumpIfVersion(db, id, expectedVersion, { cvText: text }))) return false;
  const values = { filename: file.filename, mediaType: file.mediaType, size: file.content.byteLength, content: Buffer.from(file.content), uploadedAt: sql`now()` };
  await db
    .insert(candidateFiles)
    .values({ candidateId: id, ...values })
    .onConflictDoUpdate({ target: candidateFiles.candidateId, set: values });
  return true;
}

export async function removeCvIfVersion(db: Db, id: string, expectedVersion: number): Promise<boolean> {
  if (!(await bumpIfVersion(db, id, expectedVersion, { cvText: '' }))) return false;
  await db.delete(candidateFiles).where(eq(candidateFiles.candidateId, id));
  return true;
}

export interface CvFileRow {
  filename: string;
  mediaType: string;
  content: Uint8Array;
}

export async function findCvFile(db: Db, workspaceId: string, candidateId: string): Promise<CvFileRow | undefined> {
  const [row] = await db
    .select({ filename: candidateFiles.filename, mediaType: candidateFiles.mediaType, content: candidateFiles.content })
    .from(candidateFiles)
    .innerJoin(candidates, eq(candidates.id, candidateFiles.candidateId))
    .where(and(eq(candidates.workspaceId, workspaceId), eq(candidates.id, candidateId), isNull(candidates.deletedAt)))
    .limit(1);
  // PGlite answers bytea as a Uint8Array, node-postgres as a Buffer: one type for callers.
  return row && { ...row, content: new Uint8Array(row.content.buffer, row.content.byteOffset, row.content.byteLength) };
}

/** Interviews of this candidate that are still to happen or happening now. */
export async function countOpenInterviews(db: Db, candidateId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from interviews where candidate_id = ${candidateId} and status in ('scheduled', 'in_progress')`,
  );
  return Number(row?.n ?? 0);
}

export type PageOrder = { sort: 'relevance'; after?: { rank: number; id: string } } | { sort: 'newest'; after?: { createdAt: string; id: string } };

export interface SummaryRow {
  id: string;
  name: string;
  email: string | null;
  role_applied: string;
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
  has_cv: boolean;
  rank: number | null;
  headline: string | null;
}

/**
 * One tsquery from the terms: each term matches the English stem (CV text, notes, role) or the
 * word as written (names and emails are indexed unstemmed), and stop words are dropped as
 * websearch_to_tsquery would. The pieces are made by PostgreSQL's own parsers and joined as
 * tsquery text, which they print correctly quoted.
 */
function termsQuery(terms: SearchTerm[]): SQL {
  const rows = terms.map((term, i) => {
    const [english, simple] =
      term.kind === 'phrase'
        ? [sql`phraseto_tsquery('english', ${term.text})`, sql`phraseto_tsquery('simple', ${term.text})`]
        : term.kind === 'prefix'
          ? [sql`to_tsquery('english', ${`${term.text}:*`})`, sql`to_tsquery('simple', ${`${term.text}:*`})`]
          : [sql`plainto_tsquery('english', ${term.text})`, sql`plainto_tsquery('simple', ${term.text})`];
    return sql`(${i}::int, ${english}, ${simple}, ${term.negated}::boolean)`;
  });
  return sql`(select string_agg(case when t.negated then '!(' else '(' end || t.english::text || ' | ' || t.simple::text || ')', ' & ' order by t.i)::tsquery
            from (values ${sql.join(rows, sql`, `)}) as t(i, english, simple, negated)
            where numnode(t.english) > 0)`;
}

const HEADLINE_OPTIONS = `StartSel="${HEADLINE_START}", StopSel="${HEADLINE_STOP}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
/** Characters of CV given to ts_headline: around the first likely match, or from the start. */
const SNIPPET_WINDOW = 1_600;
const SNIPPET_FALLBACK = 20_000;

/**
 * What to look for in the raw CV text to find where a match probably is: each positive term,
 * lower-cased, cut towards its stem ("scheduling" → "schedul" finds "scheduled" too).
 */
function windowProbes(terms: SearchTerm[]): string[] {
  return terms
    .filter((t) => !t.negated)
    .map((t) => (t.text.split(/\s+/)[0] ?? '').toLowerCase())
    .map((w) => (w.length > 5 ? w.slice(0, Math.max(4, w.length - 3)) : w))
    .filter(Boolean);
}

/**
 * The CV snippet for the page's rows. ts_headline parses all the text it is given, which for 20
 * long CVs costs far more than the search: it gets a window around the first place a term
 * appears literally, or the CV's first 20,000 characters when none does. The caller keeps the
 * result only when it highlights something.
 */
function headlineOf(terms: SearchTerm[]): SQL {
  const probes = windowProbes(terms);
  const position = probes.length
    ? sql`(select min(nullif(strpos(lower(c.cv_text), p), 0)) from unnest(${sql.param(probes)}::text[]) as p)`
    : sql`null::int`;
  return sql`case when c.cv_text = '' then null else ts_headline('english',
              coalesce(substr(c.cv_text, greatest(1, ${position} - ${sql.raw(String(SNIPPET_WINDOW / 4))}), ${sql.raw(String(SNIPPET_WINDOW))}), left(c.cv_text, ${sql.raw(String(SNIPPET_FALLBACK))})),
              query.q, ${HEADLINE_OPTIONS}) end`;
}

export interface CandidateFilters {
  workspaceId: string;
  terms: SearchTerm[];
  statuses: string[];
}

/**
 * A keyset page of candidates (plus one row telling whether another page exists) and the count
 * per status under the search alone, in one statement. Matching and ranking touch only narrow
 * columns of every match; the rest (whether a CV is attached, the CV snippet) is read for the
 * page's rows only.
 */
export async function searchCandidatePage(
  db: Db,
  f: CandidateFilters,
  order: PageOrder,
  limit: number,
): Promise<{ items: SummaryRow[]; counts: { status: string; n: number }[] }> {
  const searching = f.terms.length > 0;
  const statusOk = f.statuses.length ? sql`c.status = any(${sql.param(f.statuses)}::text[])` : sql`true`;
  let keyset = sql``;
  let orderBy: SQL;
  if (order.sort === 'relevance') {
    if (order.after) keyset = sql`and (rank, id) < (${order.after.rank}::float8, ${order.after.id}::uuid)`;
    orderBy = sql`rank desc, id desc`;
  } else {
    if (order.after) keyset = sql`and (created_at, id) < (${order.after.createdAt}::timestamptz, ${order.after.id}::uuid)`;
    orderBy = sql`created_at desc, id desc`;
  }
  const [row] = await queryRows<{ items: SummaryRow[] | null; counts: { status: string; n: number }[] | null }>(
    db,
    sql`with query as (select ${searching ? termsQuery(f.terms) : sql`null::tsquery`} as q),
        base as materialized (
          select c.id, c.status, c.created_at,
                 ${searching ? sql`ts_rank(c.search_vector, query.q)::float8` : sql`null::float8`} as rank,
                 ${statusOk} as status_ok
          from candidates c cross join query
          where c.workspace_id = ${f.workspaceId} and c.deleted_at is null
                ${searching ? sql`and coalesce(c.search_vector @@ query.q, false)` : sql``}
        ),
        page as (select id, created_at, rank from base where status_ok ${keyset} order by ${orderBy} limit ${limit + 1}),
        counts as (select status, count(*)::int as n from base group by status)
        select
          (select json_agg(x order by ${orderBy}) from (
             select page.id, page.created_at, page.rank, c.name, c.email, c.role_applied, c.status, c.version, c.updated_at,
                    exists (select 1 from candidate_files f where f.candidate_id = c.id) as has_cv,
                    ${searching ? headlineOf(f.terms) : sql`null`} as headline
             from page join candidates c on c.id = page.id cross join query
          ) x) as items,
          (select json_agg(counts) from counts) as counts`,
  );
  return { items: row?.items ?? [], counts: row?.counts ?? [] };
}
