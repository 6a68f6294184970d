// Packs in and out of the bank. Imports are idempotent by slug and content hash and all or
// nothing; a dry run applies everything inside a savepoint, reports, and rolls back, so its report
// is exactly what the real import would do.
import type { Db } from '../../db/client';
import type { KitFile, PackContent, PackSummary, SyncReport } from '../../../shared/pack.schema';
import { AppError } from '../../../core/errors';
import { syncQuestionsFromSource, type SyncProgress } from '../questions/question-sync.service';
import { listQuestionContents } from '../questions/question.service';
import { listPackDirs, readPackDir } from './pack-files';
import * as repo from './pack.repo';

export interface ImportReport extends SyncReport {
  packId: string;
  kits: number;
  dryRun: boolean;
}

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/** Applies a pack in the caller's transaction (or, with dryRun, reports and rolls back). */
export async function importPack(
  db: Db,
  workspaceId: string,
  pack: PackContent,
  options: { dryRun?: boolean; onProgress?: SyncProgress } = {},
): Promise<ImportReport> {
  try {
    return await db.transaction(async (tx) => {
      const sync = await syncQuestionsFromSource(tx, workspaceId, pack.manifest.id, pack.questions, options.onProgress);
      await repo.upsertPack(tx, workspaceId, pack.manifest, pack.kits);
      const report: ImportReport = { ...sync, packId: pack.manifest.id, kits: pack.kits.length, dryRun: Boolean(options.dryRun) };
      if (options.dryRun) throw new DryRunRollback(report);
      return report;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.report;
    throw e;
  }
}

/** The installed packs with their question counts and starter kits. */
export async function listPacks(db: Db, workspaceId: string): Promise<PackSummary[]> {
  const rows = await repo.listPacksWithCounts(db, workspaceId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    version: r.version,
    description: r.description,
    license: r.license,
    questions: Number(r.questions),
    kits: r.kits.map((k) => ({ slug: k.slug, name: k.name, minutes: k.minutes })),
  }));
}

/** A pack of the bank's questions: one installed pack's (with its manifest and kits), or all. */
export async function exportPack(db: Db, workspaceId: string, packId?: string): Promise<PackContent> {
  if (!packId) {
    return {
      manifest: { id: 'candor-export', name: 'Candor export', version: '1.0.0', description: 'Every question in this bank.', license: '', authors: [] },
      questions: await listQuestionContents(db, workspaceId),
      kits: [],
    };
  }
  const row = await repo.findPack(db, workspaceId, packId);
  if (!row) throw new AppError('not_found', `No pack "${packId}" is installed.`);
  return {
    manifest: { id: row.id, name: row.name, version: row.version, description: row.description, license: row.license, authors: row.authors },
    questions: await listQuestionContents(db, workspaceId, packId),
    kits: row.kits,
  };
}

/** One starter kit of an installed pack, as the pack file wrote it (question slugs); throws not_found. */
export async function getStarterKit(db: Db, workspaceId: string, packId: string, kitSlug: string): Promise<KitFile> {
  const row = await repo.findPack(db, workspaceId, packId);
  if (!row) throw new AppError('not_found', `No pack "${packId}" is installed in this workspace.`);
  const kit = row.kits.find((k) => k.slug === kitSlug);
  if (!kit) throw new AppError('not_found', `The pack "${packId}" has no starter kit "${kitSlug}".`);
  return kit;
}

export interface PackLoadResult {
  dir: string;
  workspaceId?: string;
  packId?: string;
  report?: ImportReport;
  problems: string[];
}

/**
 * Loads every pack folder under `root` (those with a pack.yaml) into each given workspace, each
 * pack in its own transaction (a savepoint inside the caller's). A pack with any problem loads
 * nothing and reports where the problems are, so a broken edit never half-updates the bank; the
 * other packs still load.
 */
export async function loadPacksFromDir(db: Db, root: string, workspaceIds: string[]): Promise<PackLoadResult[]> {
  const results: PackLoadResult[] = [];
  for (const dir of await listPackDirs(root)) {
    const { pack, issues } = await readPackDir(dir);
    if (!pack) {
      results.push({ dir, problems: issues.map((i) => `${i.file}:${i.line}: ${i.message}`) });
      continue;
    }
    for (const workspaceId of workspaceIds)
      results.push({ dir, workspaceId, packId: pack.manifest.id, report: await importPack(db, workspaceId, pack), problems: [] });
  }
  return results;
}

/** The bundled packs for a new workspace; problems were already reported when the server started. */
export async function loadBundledPacks(db: Db, root: string, workspaceId: string): Promise<void> {
  await loadPacksFromDir(db, root, [workspaceId]);
}
