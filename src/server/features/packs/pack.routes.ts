// HTTP adapter for packs: list what is installed, and import an uploaded pack (zip, JSON or CSV)
// with a dry run that previews exactly what would change.
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { readPackFile } from '../../../core/pack/pack-file';
import { importReportSchema, packSummarySchema } from '../../../shared/pack.schema';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { recordAudit } from '../audit/audit.service';
import { problemResponses } from '../../routing/responses';
import { importPack, listPacks } from './pack.service';

export const PACK_UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export async function packRoutes(app: App) {
  app.get(
    '/api/v1/packs',
    {
      config: { access: 'pack.read' },
      schema: { tags: ['packs'], summary: 'Installed packs', response: { 200: z.object({ items: z.array(packSummarySchema) }), ...problemResponses(401, 403) } },
    },
    async (request) => ({ items: await listPacks(app.database.db, workspaceActorOf(request).workspaceId) }),
  );

  app.post(
    '/api/v1/packs/import',
    {
      config: { access: 'pack.import' },
      schema: {
        tags: ['packs'],
        summary: 'Import a pack',
        description:
          'multipart/form-data with one field `file`: a zipped pack folder, a Candor JSON export, a CSV of questions, or a markdown question bank (README with <details> answers, or a zip of one-question files). ' +
          'All or nothing, idempotent by slug and content hash. `dryRun=true` reports what would change and changes nothing. ' +
          '`packId` names the pack a CSV becomes. A pack with problems answers 422 listing each (file and line).',
        querystring: z.object({ dryRun: booleanFlag, packId: z.string().max(80).optional() }),
        response: { 200: importReportSchema, ...problemResponses(401, 403, 413, 415, 422) },
      },
    },
    async (request) => {
      const upload = await request.file({ limits: { fileSize: PACK_UPLOAD_LIMIT_BYTES, files: 1 } });
      if (!upload) throw new AppError('validation_failed', 'Attach the pack as a file field named "file".', { errors: [{ in: 'body', name: 'file', message: 'is required' }] });
      const bytes = new Uint8Array(await upload.toBuffer());
      const { pack, issues } = readPackFile(upload.filename || 'upload', bytes, { packId: request.query.packId });
      if (!pack)
        throw new AppError('pack_invalid', `Nothing was imported: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${upload.filename}.`, {
          errors: issues.slice(0, 200).map((i) => ({ in: 'file', name: `${i.file}:${i.line}`, message: i.message })),
        });
      const { workspaceId } = workspaceActorOf(request);
      const report = await app.database.db.transaction(async (tx) => {
        const result = await importPack(tx, workspaceId, pack, { dryRun: request.query.dryRun });
        if (!result.dryRun)
          await recordAudit(tx, auditActorOf(request), {
            action: 'pack.import',
            targetType: 'pack',
            targetId: result.packId,
            details: { file: upload.filename, created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped.length },
          });
        return result;
      });
      if (report.created || report.updated) app.questionsChanged.emit();
      return report;
    },
  );
}
