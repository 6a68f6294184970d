// Brings a pack's questions into the bank: idempotent by slug and content hash. A question edited
// in Candor since it was loaded keeps the local edit; a deleted one stays deleted.
import type { Database, Db } from '../../db/client';
import { listPackDirs, readPackDir } from './pack-files';
import type { QuestionContent } from '../../../shared/question.schema';
import type { SyncReport } from '../../../shared/pack.schema';
import { syncQuestionsFromSource } from '../questions/question-sync.service';

/** Applies a pack's questions inside the caller's transaction; all or nothing. */
export async function syncPack(db: Db, packId: string, questions: QuestionContent[]): Promise<SyncReport> {
  return syncQuestionsFromSource(db, packId, questions);
}

export interface PackLoadResult {
  dir: string;
  packId?: string;
  report?: SyncReport;
  problems: string[];
}

/**
 * Loads every pack folder under `root` (those with a pack.yaml), each in its own transaction.
 * A pack with any problem loads nothing and reports where the problems are, so a broken edit never
 * half-updates the bank; the other packs still load.
 */
export async function loadPacksFromDir(database: Pick<Database, 'db'>, root: string): Promise<PackLoadResult[]> {
  const results: PackLoadResult[] = [];
  for (const dir of await listPackDirs(root)) {
    const pack = await readPackDir(dir);
    if (pack.issues.length || !pack.manifest) {
      results.push({ dir, packId: pack.manifest?.id, problems: pack.issues.map((i) => `${i.file}:${i.line}: ${i.message}`) });
      continue;
    }
    const { id } = pack.manifest;
    const report = await database.db.transaction((tx) => syncPack(tx, id, pack.questions));
    results.push({ dir, packId: id, report, problems: [] });
  }
  return results;
}
