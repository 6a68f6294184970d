// Loading questions from a source (a pack) into the bank, deciding per slug from its content hash.
import type { Db } from '../../db/client';
import type { QuestionContent } from '../../../shared/question.schema';
import type { SyncReport } from '../../../shared/pack.schema';
import { AppError } from '../../../core/errors';
import * as repo from './question.repo';
import { hashContent } from './question.service';

const INSERT_BATCH = 500;
/** A write at least this large, and larger than the table already is, rebuilds the indexes after it. */
const REBUILD_INDEXES_FROM = 2_000;

/** Called as questions are applied: (done, total). */
export type SyncProgress = (done: number, total: number) => void;

/**
 * Creates the new, updates the changed (bumping the version), leaves the unchanged, and skips
 * what a person changed in Candor since it was loaded. Runs in the caller's transaction.
 */
export async function syncQuestionsFromSource(
  db: Db,
  workspaceId: string,
  source: string,
  incoming: QuestionContent[],
  onProgress?: SyncProgress,
): Promise<SyncReport> {
  const report: SyncReport = { created: 0, updated: 0, unchanged: 0, skipped: [] };
  const seen = new Set<string>();
  for (const q of incoming) {
    if (seen.has(q.slug)) throw new AppError('validation_failed', `The slug "${q.slug}" appears twice in ${source}.`);
    seen.add(q.slug);
  }
  const states = new Map((await repo.listSourceStates(db, workspaceId, [...seen])).map((s) => [s.slug, s]));
  const toCreate: { content: QuestionContent; hash: string }[] = [];
  // Progress counts the questions settled so far: decided without a write, updated, or inserted.
  const settled = () => report.unchanged + report.updated + report.skipped.length + report.created;
  for (const [i, content] of incoming.entries()) {
    if (i % 100 === 99) onProgress?.(settled(), incoming.length);
    const hash = hashContent(content);
    const state = states.get(content.slug);
    if (!state) toCreate.push({ content, hash });
    else if (state.deletedAt) report.skipped.push({ slug: content.slug, reason: 'deleted in Candor' });
    else if (state.source !== source) report.skipped.push({ slug: content.slug, reason: `the slug belongs to ${state.source ? `pack "${state.source}"` : 'a question written in Candor'}` });
    else if (state.sourceHash === hash || state.contentHash === hash) report.unchanged++;
    else if (state.contentHash !== state.sourceHash) report.skipped.push({ slug: content.slug, reason: 'edited in Candor since it was loaded; the local edit is kept' });
    else {
      const row = await repo.updateQuestionIfVersion(db, state.id, state.version, content, { contentHash: hash, sourceHash: hash });
      if (!row) throw new AppError('precondition_failed', `The question "${content.slug}" changed during the import; run it again.`);
      report.updated++;
    }
  }
  const bulk = toCreate.length > INSERT_BATCH;
  const rebuild = toCreate.length >= REBUILD_INDEXES_FROM && toCreate.length > (await repo.countAllQuestions(db));
  const droppedIndexes = bulk ? await repo.prepareBulkWrite(db, rebuild) : [];
  for (let i = 0; i < toCreate.length; i += INSERT_BATCH) {
    const batch = toCreate.slice(i, i + INSERT_BATCH);
    await repo.insertQuestions(db, batch.map(({ content, hash }) => ({ content, meta: { workspaceId, contentHash: hash, source, sourceHash: hash } })));
    report.created += batch.length;
    onProgress?.(settled(), incoming.length);
  }
  if (bulk) await repo.finishBulkWrite(db, droppedIndexes);
  if (report.created || report.updated) await repo.notifyQuestionsChanged(db);
  return report;
}
