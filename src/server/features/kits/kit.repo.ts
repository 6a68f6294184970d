// SQL for interview kits, and the reads of the bank a kit needs (its questions' summaries, the
// pool to assemble from, what a candidate was already asked). Rows stay inside this feature.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { kits, type KitSectionRow } from '../../db/hiring-schema';
import { questions } from '../../db/schema';

export type KitRow = typeof kits.$inferSelect;

export interface KitWrite {
  name: string;
  description: string;
  minutes: number;
  notes: string;
  sections: KitSectionRow[];
}

export async function insertKit(db: Db, workspaceId: string, kit: KitWrite, meta: { origin: string | null; createdBy: string | null }): Promise<KitRow> {
  const [row] = await db
    .insert(kits)
    .values({ workspaceId, ...kit, origin: meta.origin, createdBy: meta.createdBy })
    .returning();
  return row!;
}

export async function findKit(db: Db, workspaceId: string, id: string): Promise<KitRow | undefined> {
  const [row] = await db
    .select()
    .from(kits)
    .where(and(eq(kits.workspaceId, workspaceId), eq(kits.id, id), isNull(kits.deletedAt)))
    .limit(1);
  return row;
}

/** Every live kit of a workspace by name. Kits are few per team (tens), so there is no paging. */
export async function listKits(db: Db, workspaceId: string): Promise<KitRow[]> {
  return db
    .select()
    .from(kits)
    .where(and(eq(kits.workspaceId, workspaceId), isNull(kits.deletedAt)))
    .orderBy(asc(kits.name), asc(kits.id));
}

/** Replaces a kit's content when it is still at `expectedVersion`; undefined when someone else saved first. */
export async function updateKitIfVersion(db: Db, workspaceId: string, id: string, expectedVersion: number, kit: KitWrite): Promise<KitRow | undefined> {
  const [row] = await db
    .update(kits)
    .set({ ...kit, version: sql`${kits.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(kits.workspaceId, workspaceId), eq(kits.id, id), eq(kits.version, expectedVersion), isNull(kits.deletedAt)))
    .returning();
  return row;
}

export async function softDeleteKitIfVersion(db: Db, workspaceId: string, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .update(kits)
    .set({ deletedAt: sql`now()`, version: sql`${kits.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(kits.workspaceId, workspaceId), eq(kits.id, id), eq(kits.version, expectedVersion), isNull(kits.deletedAt)))
    .returning({ id: kits.id });
  return rows.length === 1;
}

export interface QuestionFacts {
  id: string;
  slug: string;
  title: string;
  category: string;
  difficulty: string;
  type: string;
  tags: string[];
  minutes: number;
  deleted: boolean;
}

const factColumns = {
  id: questions.id,
  slug: questions.slug,
  title: questions.title,
  category: questions.category,
  difficulty: questions.difficulty,
  type: questions.type,
  tags: questions.tags,
  minutes: questions.minutes,
  deleted: sql<boolean>`${questions.deletedAt} is not null`,
};

/** The workspace's questions among `ids`, deleted ones included (flagged): one query for any number of kits. */
export async function findQuestionFacts(db: Db, workspaceId: string, ids: string[]): Promise<QuestionFacts[]> {
  if (!ids.length) return [];
  return db
    .select(factColumns)
    .from(questions)
    .where(and(eq(questions.workspaceId, workspaceId), inArray(questions.id, ids)));
}

/** The workspace's live questions with these slugs. */
export async function findLiveQuestionsBySlug(db: Db, workspaceId: string, slugs: string[]): Promise<QuestionFacts[]> {
  if (!slugs.length) return [];
  return db
    .select(factColumns)
    .from(questions)
    .where(and(eq(questions.workspaceId, workspaceId), inArray(questions.slug, slugs), isNull(questions.deletedAt)));
}

const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

/** What assembly weighs; titles are read afterwards for the few questions picked. */
export type PoolQuestion = Pick<QuestionFacts, 'id' | 'slug' | 'category' | 'difficulty' | 'type' | 'minutes'>;

/**
 * The live questions assembly may pick from, already narrowed by type and tags here, in slug order
 * (the order the seeded shuffle starts from). Only the columns the choice needs: on a bank of
 * thousands the rows' size is most of the cost.
 */
export async function listAssemblyPool(db: Db, workspaceId: string, filters: { types: readonly string[]; includeTags: readonly string[]; excludeTags: readonly string[] }): Promise<PoolQuestion[]> {
  const where = [eq(questions.workspaceId, workspaceId), isNull(questions.deletedAt)];
  if (filters.types.length) where.push(sql`${questions.type} = any(${textArray(filters.types)})`);
  if (filters.includeTags.length) where.push(sql`${questions.tags} && ${textArray(filters.includeTags)}`);
  if (filters.excludeTags.length) where.push(sql`not (${questions.tags} && ${textArray(filters.excludeTags)})`);
  return db
    .select({ id: questions.id, slug: questions.slug, category: questions.category, difficulty: questions.difficulty, type: questions.type, minutes: questions.minutes })
    .from(questions)
    .where(and(...where))
    .orderBy(asc(questions.slug));
}

export async function candidateExists(db: Db, workspaceId: string, candidateId: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from candidates where id = ${candidateId} and workspace_id = ${workspaceId} and deleted_at is null limit 1`,
  );
  return rows.length > 0;
}

/**
 * The questions a candidate was asked or is scheduled to be asked (every interview but cancelled
 * ones), by the slug they had then and by the bank question's current slug, which an edit may
 * have changed since.
 */
export async function listSlugsAskedOf(db: Db, workspaceId: string, candidateId: string): Promise<string[]> {
  const rows = await queryRows<{ asked: string | null; current: string | null }>(
    db,
    sql`select distinct iq.content->>'slug' as asked, q.slug as current
        from interview_questions iq
        join interviews i on i.id = iq.interview_id
        left join questions q on q.id = iq.question_id
        where i.workspace_id = ${workspaceId} and i.candidate_id = ${candidateId} and i.status <> 'cancelled'`,
  );
  return [...new Set(rows.flatMap((r) => [r.asked, r.current]).filter((s): s is string => Boolean(s)))].sort();
}
