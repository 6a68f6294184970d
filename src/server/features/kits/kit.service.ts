// Use cases of interview kits: read, create, replace, delete and duplicate. Each takes (db, input)
// with the workspace explicit; the caller owns the transaction. Every kit read resolves its
// questions' summaries and warns when the plan does not fit the time.
import { AppError, type FieldError } from '../../../core/errors';
import { contentHash } from '../../../core/content-hash';
import { entityTag, ifMatchHits } from '../../../core/etag';
import { kitTimeWarnings } from '../../../core/kits/assemble-kit';
import { kitInputSchema, type Kit, type KitContent, type KitInput, type KitListItem, type KitPatch, type KitQuestionSummary, type KitSection } from '../../../shared/kit.schema';
import type { Db } from '../../db/client';
import * as repo from './kit.repo';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

function contentOf(row: repo.KitRow): KitContent {
  return { name: row.name, description: row.description, minutes: row.minutes, notes: row.notes, sections: row.sections };
}

/** Strong, from the version and the content, like a question's: a restored backup never reuses a tag. */
export const kitEtag = (row: repo.KitRow) => entityTag(row.version, contentHash(contentOf(row)));

const summaryOf = (f: repo.QuestionFacts): KitQuestionSummary => ({
  id: f.id,
  slug: f.slug,
  title: f.title,
  category: f.category,
  difficulty: f.difficulty as KitQuestionSummary['difficulty'],
  type: f.type as KitQuestionSummary['type'],
  minutes: f.minutes,
  deleted: f.deleted,
});

/** Sections with their questions' summaries, planned minutes, and the kit's warnings. */
function resolve(row: repo.KitRow, facts: Map<string, repo.QuestionFacts>) {
  const sections: KitSection[] = row.sections.map((s) => {
    const questions = s.questions.map((q) => {
      const f = facts.get(q.questionId);
      return { questionId: q.questionId, notes: q.notes, question: f ? summaryOf(f) : null };
    });
    return { title: s.title, minutes: s.minutes, notes: s.notes, plannedMinutes: questions.reduce((n, q) => n + (q.question?.minutes ?? 0), 0), questions };
  });
  const warnings = kitTimeWarnings({ minutes: row.minutes, sections });
  for (const s of sections)
    for (const q of s.questions) {
      if (q.question?.deleted) warnings.push(`"${q.question.title}" was deleted from the bank: replace it or take it out.`);
      else if (!q.question) warnings.push(`A question in "${s.title}" no longer exists: take it out.`);
    }
  const plannedMinutes = sections.reduce((n, s) => n + s.plannedMinutes, 0);
  const questionCount = sections.reduce((n, s) => n + s.questions.length, 0);
  return { sections, warnings, plannedMinutes, questionCount };
}

async function factsFor(db: Db, workspaceId: string, rows: repo.KitRow[]) {
  const ids = [...new Set(rows.flatMap((r) => r.sections.flatMap((s) => s.questions.map((q) => q.questionId))))];
  return new Map((await repo.findQuestionFacts(db, workspaceId, ids)).map((f) => [f.id, f]));
}

function presentKit(row: repo.KitRow, facts: Map<string, repo.QuestionFacts>): Kit {
  const { sections, warnings, plannedMinutes, questionCount } = resolve(row, facts);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    minutes: row.minutes,
    notes: row.notes,
    origin: row.origin,
    version: row.version,
    plannedMinutes,
    questionCount,
    warnings,
    sections,
    etag: kitEtag(row),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

async function present(db: Db, workspaceId: string, row: repo.KitRow): Promise<Kit> {
  return presentKit(row, await factsFor(db, workspaceId, [row]));
}

/** Every kit of the workspace with its planned minutes, counts and warnings: two queries in all. */
export async function listKits(db: Db, workspaceId: string): Promise<KitListItem[]> {
  const rows = await repo.listKits(db, workspaceId);
  const facts = await factsFor(db, workspaceId, rows);
  return rows.map((row) => {
    const { etag: _etag, sections, notes: _notes, ...kit } = presentKit(row, facts);
    return { ...kit, sectionCount: sections.length };
  });
}

async function findRow(db: Db, workspaceId: string, id: string): Promise<repo.KitRow> {
  // Not a uuid cannot be a kit: answer as for any unknown id rather than let the cast fail.
  const row = UUID.test(id) ? await repo.findKit(db, workspaceId, id) : undefined;
  if (!row) throw new AppError('not_found', `No kit has the id "${id}".`);
  return row;
}

/** A kit with its questions resolved and its ETag; throws not_found (also for another workspace's). */
export async function getKit(db: Db, workspaceId: string, id: string): Promise<Kit> {
  return present(db, workspaceId, await findRow(db, workspaceId, id));
}

function parseContent(input: unknown): KitContent {
  const result = kitInputSchema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({ in: 'body', name: i.path.join('.') || '(body)', message: i.message }));
  throw new AppError('validation_failed', `The kit is invalid: ${errors.map((e) => `${e.name}: ${e.message}`).join('; ')}`, { errors });
}

/**
 * Every question must be one of this workspace's, and appear once. Questions deleted from the bank
 * may stay where they already were (`kept`), so renaming an old kit never fails on them; new ones
 * must be live.
 */
async function assertQuestionsUsable(db: Db, workspaceId: string, content: KitContent, kept: ReadonlySet<string> = new Set()) {
  const places = content.sections.flatMap((s, si) => s.questions.map((q, qi) => ({ id: q.questionId, name: `sections.${si}.questions.${qi}.questionId` })));
  const seen = new Set<string>();
  const twice = places.filter((p) => (seen.has(p.id.toLowerCase()) ? true : (seen.add(p.id.toLowerCase()), false)));
  if (twice.length)
    throw new AppError('validation_failed', 'A question appears more than once in the kit; each question is asked once.', {
      errors: twice.map((p) => ({ in: 'body', name: p.name, message: 'appears twice in the kit' })),
    });
  const facts = new Map((await repo.findQuestionFacts(db, workspaceId, [...seen])).map((f) => [f.id, f]));
  const unknown: FieldError[] = [];
  for (const p of places) {
    const f = facts.get(p.id.toLowerCase());
    if (!f) unknown.push({ in: 'body', name: p.name, message: `is not a question of this workspace (${p.id})` });
    else if (f.deleted && !kept.has(f.id)) unknown.push({ in: 'body', name: p.name, message: `"${f.title}" was deleted from the bank` });
  }
  if (unknown.length)
    throw new AppError('unknown_question', `${unknown.length === 1 ? 'A question' : `${unknown.length} questions`} in the kit cannot be used: ${unknown.map((e) => e.message).join('; ')}.`, {
      errors: unknown,
    });
}

/** Ids as stored: lower case, so equality and the duplicate check do not depend on how they were typed. */
const normalised = (content: KitContent): repo.KitWrite => ({
  ...content,
  sections: content.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ questionId: q.questionId.toLowerCase(), notes: q.notes })) })),
});

export interface KitAuthor {
  workspaceId: string;
  userId: string | null;
}

/** Creates a kit from validated content; `origin` names the starter kit it came from, if any. */
export async function createKit(db: Db, author: KitAuthor, input: KitInput, origin: string | null = null): Promise<Kit> {
  const content = normalised(parseContent(input));
  await assertQuestionsUsable(db, author.workspaceId, content);
  const row = await repo.insertKit(db, author.workspaceId, content, { origin, createdBy: author.userId });
  return present(db, author.workspaceId, row);
}

function assertCurrent(row: repo.KitRow, ifMatch: string, doing: string) {
  if (!ifMatchHits(ifMatch, kitEtag(row)))
    throw new AppError('precondition_failed', `The kit changed since you read it; load it again before ${doing}.`, { headers: { ETag: kitEtag(row) } });
}

/** Replaces the given fields when `ifMatch` names the kit's current version (412 otherwise); `changed` is false for an identical save. */
export async function updateKit(db: Db, input: { workspaceId: string; id: string; ifMatch: string; patch: KitPatch }): Promise<{ kit: Kit; changed: boolean }> {
  const current = await findRow(db, input.workspaceId, input.id);
  assertCurrent(current, input.ifMatch, 'saving your changes');
  const content = normalised(parseContent({ ...contentOf(current), ...input.patch }));
  const kept = new Set(current.sections.flatMap((s) => s.questions.map((q) => q.questionId)));
  await assertQuestionsUsable(db, input.workspaceId, content, kept);
  // Nothing changed: keep the version, so the ETag other tabs hold stays valid.
  if (contentHash(content) === contentHash(contentOf(current))) return { kit: await present(db, input.workspaceId, current), changed: false };
  const row = await repo.updateKitIfVersion(db, input.workspaceId, current.id, current.version, content);
  if (!row) throw new AppError('precondition_failed', 'Someone saved this kit while you were saving; load it again.');
  return { kit: await present(db, input.workspaceId, row), changed: true };
}

/** Soft-deletes a kit when `ifMatch` names its current version; interviews keep their own copy of its questions. */
export async function deleteKit(db: Db, input: { workspaceId: string; id: string; ifMatch: string }): Promise<Kit> {
  const current = await findRow(db, input.workspaceId, input.id);
  assertCurrent(current, input.ifMatch, 'deleting it');
  const kit = await present(db, input.workspaceId, current);
  if (!(await repo.softDeleteKitIfVersion(db, input.workspaceId, current.id, current.version)))
    throw new AppError('precondition_failed', 'Someone saved this kit while you were deleting it; load it again.');
  return kit;
}

/** A copy of a kit under a new name ("<name> (copy)" by default), deleted questions included as they were. */
export async function duplicateKit(db: Db, author: KitAuthor, input: { id: string; name?: string }): Promise<Kit> {
  const source = await findRow(db, author.workspaceId, input.id);
  const name = input.name ?? `${source.name.slice(0, 113)} (copy)`;
  const row = await repo.insertKit(db, author.workspaceId, { ...contentOf(source), name }, { origin: source.origin, createdBy: author.userId });
  return present(db, author.workspaceId, row);
}
