// HTTP adapter for candidates and their CVs: parse, call the service, present. Every write runs in
// one transaction with its audit row; audit details name fields and statuses, never personal data.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../core/errors';
import { noneMatchHits } from '../../../core/etag';
import {
  candidateListSchema,
  candidatePatchSchema,
  candidateSchema,
  createCandidateSchema,
  CV_MAX_BYTES,
  listCandidatesQuerySchema,
} from '../../../shared/candidate.schema';
import type { App } from '../../routing/app-types';
import { auditActorOf, workspaceActorOf } from '../../routing/actor';
import { requireIfMatch } from '../../routing/preconditions';
import { emptyResponse, problemResponses, sendNotModified } from '../../routing/responses';
import { recordAudit } from '../audit/audit.service';
import { contentDisposition } from './cv-file';
import * as service from './candidate.service';

const idParams = z.object({ id: z.string().min(1).max(80).describe('the candidate id (uuid)') });
const MEGABYTES = CV_MAX_BYTES / 1024 / 1024;
const PRIVATE = 'private, no-cache';

/** The one file of a multipart upload, within the size limit; each way it can fail has its problem code. */
async function readOneFile(request: FastifyRequest): Promise<{ filename: string; bytes: Uint8Array }> {
  if (!request.isMultipart())
    throw new AppError('unsupported_media_type', 'Send the CV as multipart/form-data with one file field named "file".', {
      errors: [{ in: 'header', name: 'Content-Type', message: 'must be multipart/form-data' }],
    });
  let upload: { filename: string; bytes: Uint8Array } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: CV_MAX_BYTES, files: 1, fields: 10 } }))
      if (part.type === 'file') upload = { filename: part.filename ?? '', bytes: new Uint8Array(await part.toBuffer()) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('payload_too_large', `The CV is larger than ${MEGABYTES} MB. Upload a smaller file (a PDF export is usually well under 1 MB).`, {
        errors: [{ in: 'file', name: 'file', message: `is larger than ${MEGABYTES} MB` }],
      });
    if (code === 'FST_FILES_LIMIT') throw new AppError('validation_failed', 'Send one file: a candidate has one CV.', { errors: [{ in: 'body', name: 'file', message: 'only one file is allowed' }] });
    throw e;
  }
  if (!upload) throw new AppError('validation_failed', 'Attach the CV as a file field named "file".', { errors: [{ in: 'body', name: 'file', message: 'is required' }] });
  return upload;
}

export async function candidateRoutes(app: App) {
  const { database } = app;

  app.get(
    '/api/v1/candidates',
    {
      config: { access: 'candidate.read' },
      schema: {
        tags: ['candidates'],
        summary: 'List and search candidates',
        description:
          'Newest first, or by relevance with `q` (name, email, role, notes and CV text). A summary whose CV matched carries a highlighted `snippet` of it. ' +
          'Follow nextCursor for the next page.',
        querystring: listCandidatesQuerySchema,
        response: { 200: candidateListSchema, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', PRIVATE);
      return service.listCandidates(database.db, workspaceActorOf(request).workspaceId, request.query);
    },
  );

  app.post(
    '/api/v1/candidates',
    {
      config: { access: 'candidate.write' },
      schema: {
        tags: ['candidates'],
        summary: 'Add a candidate',
        body: createCandidateSchema,
        response: { 201: candidateSchema, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const { workspaceId } = workspaceActorOf(request);
      const candidate = await database.db.transaction(async (tx) => {
        const created = await service.createCandidate(tx, workspaceId, request.body);
        await recordAudit(tx, auditActorOf(request), { action: 'candidate.create', targetType: 'candidate', targetId: created.id, details: { status: created.status } });
        return created;
      });
      reply.header('Location', `/api/v1/candidates/${candidate.id}`).header('ETag', service.candidateEtag(candidate)).header('Cache-Control', PRIVATE);
      return reply.code(201).send(candidate);
    },
  );

  app.get(
    '/api/v1/candidates/:id',
    {
      config: { access: 'candidate.read' },
      schema: {
        tags: ['candidates'],
        summary: 'Read one candidate',
        description: 'With the CV text. Sends an ETag: If-None-Match with it answers 304; writes send it as If-Match.',
        params: idParams,
        response: { 200: candidateSchema, 304: emptyResponse, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const candidate = await service.getCandidate(database.db, workspaceActorOf(request).workspaceId, request.params.id);
      const etag = service.candidateEtag(candidate);
      reply.header('ETag', etag).header('Cache-Control', PRIVATE);
      if (request.headers['if-none-match'] && noneMatchHits(request.headers['if-none-match'], etag)) return sendNotModified(reply);
      return candidate;
    },
  );

  app.patch(
    '/api/v1/candidates/:id',
    {
      config: { access: 'candidate.write' },
      schema: {
        tags: ['candidates'],
        summary: 'Edit a candidate',
        description: 'Any of name, email, roleApplied, notes, status. Requires If-Match with the current ETag: missing → 428, stale → 412. Status changes are audited.',
        params: idParams,
        body: candidatePatchSchema,
        response: { 200: candidateSchema, ...problemResponses(400, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const { workspaceId } = workspaceActorOf(request);
      const candidate = await database.db.transaction(async (tx) => {
        const update = await service.updateCandidate(tx, workspaceId, request.params.id, ifMatch, request.body);
        const target = { targetType: 'candidate', targetId: update.candidate.id };
        if (update.changed.length)
          await recordAudit(tx, auditActorOf(request), { action: 'candidate.update', ...target, details: { fields: update.changed, version: update.candidate.version } });
        if (update.status) await recordAudit(tx, auditActorOf(request), { action: 'candidate.status', ...target, details: update.status });
        return update.candidate;
      });
      return reply.header('ETag', service.candidateEtag(candidate)).header('Cache-Control', PRIVATE).send(candidate);
    },
  );

  app.delete(
    '/api/v1/candidates/:id',
    {
      config: { access: 'candidate.write' },
      schema: {
        tags: ['candidates'],
        summary: 'Delete a candidate',
        description:
          'Requires If-Match. The candidate disappears from lists and reads (404). Refused (409 invalid_state) while an interview is scheduled or in progress: cancel it first. ' +
          'Past interviews, scorecards and decisions are kept, so calibration statistics keep their data.',
        params: idParams,
        response: { 204: emptyResponse, ...problemResponses(404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const { workspaceId } = workspaceActorOf(request);
      await database.db.transaction(async (tx) => {
        const deleted = await service.deleteCandidate(tx, workspaceId, request.params.id, ifMatch);
        await recordAudit(tx, auditActorOf(request), { action: 'candidate.delete', targetType: 'candidate', targetId: deleted.id });
      });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/v1/candidates/:id/cv',
    {
      config: { access: 'candidate.write' },
      schema: {
        tags: ['candidates'],
        summary: 'Upload or replace the CV',
        description:
          `multipart/form-data with one file field \`file\`, at most ${MEGABYTES} MB: a PDF, a Word document (.docx), or plain text / markdown, recognised by content, not by name ` +
          '(anything else: 415 unsupported_media_type). Its text is extracted for search; a file that cannot be read is refused (422 file_unreadable), while a PDF without ' +
          'text (a scan) is kept with cv.textExtracted false. Requires If-Match with the candidate\'s ETag.',
        params: idParams,
        response: { 200: candidateSchema, ...problemResponses(400, 404, 412, 413, 415, 422, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const { workspaceId } = workspaceActorOf(request);
      // Unknown or stale: say so before reading (and parsing) the upload.
      await service.getCandidateForWrite(database.db, workspaceId, request.params.id, ifMatch);
      const upload = await readOneFile(request);
      // Read outside the transaction: extracting a long PDF takes a while, and PGlite has one connection.
      const cv = await service.prepareCv(upload.filename, upload.bytes);
      const candidate = await database.db.transaction(async (tx) => {
        const stored = await service.storeCv(tx, workspaceId, request.params.id, ifMatch, cv);
        await recordAudit(tx, auditActorOf(request), {
          action: 'candidate.cv.upload',
          targetType: 'candidate',
          targetId: stored.id,
          details: { kind: cv.kind, size: cv.content.byteLength, textExtracted: cv.text !== '' },
        });
        return stored;
      });
      return reply.header('ETag', service.candidateEtag(candidate)).header('Cache-Control', PRIVATE).send(candidate);
    },
  );

  app.get(
    '/api/v1/candidates/:id/cv',
    {
      config: { access: 'candidate.read' },
      schema: {
        tags: ['candidates'],
        summary: 'Download the CV as uploaded',
        description: 'The original file, always as an attachment, with the media type detected at upload (PDF, DOCX, text/plain or text/markdown).',
        params: idParams,
        response: { 200: z.any().describe('the file as uploaded (binary)'), ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const file = await service.getCvFile(database.db, workspaceActorOf(request).workspaceId, request.params.id);
      return reply
        .header('Content-Type', file.mediaType)
        .header('Content-Disposition', contentDisposition(file.filename))
        .header('X-Content-Type-Options', 'nosniff')
        // Never rendered as a page in Candor's origin, even if opened directly.
        .header('Content-Security-Policy', "default-src 'none'; sandbox")
        .header('Cache-Control', 'private, no-store')
        .send(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
    },
  );

  app.delete(
    '/api/v1/candidates/:id/cv',
    {
      config: { access: 'candidate.write' },
      schema: {
        tags: ['candidates'],
        summary: 'Remove the CV',
        description: 'Deletes the file and its extracted text. Requires If-Match with the candidate\'s ETag.',
        params: idParams,
        response: { 200: candidateSchema, ...problemResponses(404, 412, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request);
      const { workspaceId } = workspaceActorOf(request);
      const candidate = await database.db.transaction(async (tx) => {
        const updated = await service.removeCv(tx, workspaceId, request.params.id, ifMatch);
        await recordAudit(tx, auditActorOf(request), { action: 'candidate.cv.delete', targetType: 'candidate', targetId: updated.id });
        return updated;
      });
      return reply.header('ETag', service.candidateEtag(candidate)).header('Cache-Control', PRIVATE).send(candidate);
    },
  );
}
