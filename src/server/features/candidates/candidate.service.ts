// Use cases for candidates. Each takes (db, plain input) with the workspace explicit, so another
// workspace's ids are simply not found; the caller owns the transaction.
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { contentHash } from '../../../core/content-hash';
import { decodeCursor, encodeCursor } from '../../../core/cursor';
import { assertIfMatch, entityTag } from '../../../core/etag';
import { HEADLINE_START, headlineSegments } from '../../../core/search';
import { parseSearchTerms } from '../../../core/search-terms';
import {
  CANDIDATE_STATUSES,
  candidatePatchSchema,
  createCandidateSchema,
  type Candidate,
  type CandidateList,
  type CandidatePatch,
  type CandidateStatus,
  type CreateCandidateInput,
  type CvKind,
  type ListCandidatesQuery,
} from '../../../shared/candidate.schema';
import type { Db } from '../../db/client';
import { CV_MEDIA_TYPES, detectCv, safeCvFilename } from './cv-file';
import { extractCvText } from './cv-text';
import * as repo from './candidate.repo';

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

const kindOf = (mediaType: string): CvKind =>
  (Object.entries(CV_MEDIA_TYPES).find(([, type]) => mediaType.split(';')[0] === type)?.[0] as CvKind | undefined) ?? 'text';

function presentCandidate(row: repo.CandidateRow): Candidate {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roleApplied: row.roleApplied,
    notes: row.notes,
    status: row.status as CandidateStatus,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    cv:
      row.cvFilename && row.cvMediaType && row.cvUploadedAt
        ? {
            filename: row.cvFilename,
            kind: kindOf(row.cvMediaType),
            mediaType: row.cvMediaType,
            size: row.cvSize ?? 0,
            uploadedAt: iso(row.cvUploadedAt),
            textExtracted: row.cvText !== '',
          }
        : null,
    cvText: row.cvText,
  };
}

/** Strong ETag from the version and the content, so a restored backup never reuses a tag for other content. */
export const candidateEtag = (candidate: Candidate) => entityTag(candidate.version, contentHash(candidate));

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({ in: 'body', name: i.path.join('.') || '(body)', message: i.message }));
  throw new AppError('validation_failed', `The candidate is invalid: ${errors.map((e) => `${e.name} ${e.message}`).join('; ')}`, { errors });
}

/** A live candidate of this workspace; throws not_found otherwise (another workspace's included). */
export async function getCandidate(db: Db, workspaceId: string, id: string): Promise<Candidate> {
  const row = isUuid(id) ? await repo.findCandidate(db, workspaceId, id.toLowerCase()) : undefined;
  if (!row) throw new AppError('not_found', `No candidate has the id "${id}".`);
  return presentCandidate(row);
}

export async function createCandidate(db: Db, workspaceId: string, input: CreateCandidateInput): Promise<Candidate> {
  const fields = parse(createCandidateSchema, input);
  return getCandidate(db, workspaceId, await repo.insertCandidate(db, workspaceId, fields));
}

/** Reads the candidate and checks If-Match against it: 404 when gone, 412 (with the current ETag) when stale. */
export async function getCandidateForWrite(db: Db, workspaceId: string, id: string, ifMatch: string): Promise<Candidate> {
  const current = await getCandidate(db, workspaceId, id);
  assertIfMatch(ifMatch, candidateEtag(current));
  return current;
}

const changedMeanwhile = () => new AppError('precondition_failed', 'The candidate was changed while you were saving. Reload and try again.');

export interface CandidateUpdate {
  candidate: Candidate;
  /** The fields whose value changed (names only: values are personal data). */
  changed: string[];
  status?: { from: CandidateStatus; to: CandidateStatus };
}

/** Replaces the given fields when If-Match names the current version; nothing changed keeps the version. */
export async function updateCandidate(db: Db, workspaceId: string, id: string, ifMatch: string, input: CandidatePatch): Promise<CandidateUpdate> {
  const patch = parse(candidatePatchSchema, input);
  const current = await getCandidateForWrite(db, workspaceId, id, ifMatch);
  const changes = Object.fromEntries(Object.entries(patch).filter(([key, value]) => value !== undefined && current[key as keyof typeof patch] !== value));
  const changed = Object.keys(changes);
  if (!changed.length) return { candidate: current, changed };
  if (!(await repo.updateCandidateIfVersion(db, current.id, current.version, changes))) throw changedMeanwhile();
  const candidate = await getCandidate(db, workspaceId, current.id);
  return { candidate, changed, ...(patch.status && patch.status !== current.status ? { status: { from: current.status, to: patch.status } } : {}) };
}

/**
 * Soft-deletes a candidate. Interviews still to happen or under way must be cancelled first;
 * past interviews, scorecards and decisions are kept with the hidden candidate, so calibration
 * statistics do not lose their data.
 */
export async function deleteCandidate(db: Db, workspaceId: string, id: string, ifMatch: string): Promise<Candidate> {
  const current = await getCandidateForWrite(db, workspaceId, id, ifMatch);
  const open = await repo.countOpenInterviews(db, current.id);
  if (open)
    throw new AppError(
      'invalid_state',
      `This candidate has ${open} interview${open === 1 ? '' : 's'} scheduled or in progress. Cancel ${open === 1 ? 'it' : 'them'} before deleting the candidate.`,
    );
  if (!(await repo.softDeleteIfVersion(db, current.id, current.version))) throw changedMeanwhile();
  return current;
}

/** A CV checked and read, ready to store: done before any transaction opens, as reading takes time. */
export interface PreparedCv {
  filename: string;
  kind: CvKind;
  mediaType: string;
  content: Uint8Array;
  text: string;
}

/** Decides the file's type by its bytes (415 for anything but PDF, DOCX, text), and extracts its text (422 if unreadable). */
export async function prepareCv(uploadedName: string, content: Uint8Array): Promise<PreparedCv> {
  const detected = detectCv(content, uploadedName);
  const text = await extractCvText(detected.kind, content, detected.text);
  return { filename: safeCvFilename(uploadedName, detected.kind), kind: detected.kind, mediaType: detected.mediaType, content, text };
}

/** Stores the CV (replacing any earlier one) and its text, when If-Match names the current version. */
export async function storeCv(db: Db, workspaceId: string, id: string, ifMatch: string, cv: PreparedCv): Promise<Candidate> {
  const current = await getCandidateForWrite(db, workspaceId, id, ifMatch);
  if (!(await repo.replaceCvIfVersion(db, current.id, current.version, cv, cv.text))) throw changedMeanwhile();
  return getCandidate(db, workspaceId, current.id);
}

export async function removeCv(db: Db, workspaceId: string, id: string, ifMatch: string): Promise<Candidate> {
  const current = await getCandidateForWrite(db, workspaceId, id, ifMatch);
  if (!current.cv) throw new AppError('not_found', 'This candidate has no CV.');
  if (!(await repo.removeCvIfVersion(db, current.id, current.version))) throw changedMeanwhile();
  return getCandidate(db, workspaceId, current.id);
}

/** The CV as uploaded, with the type detected at upload; not_found when there is none. */
export async function getCvFile(db: Db, workspaceId: string, id: string): Promise<repo.CvFileRow> {
  const file = isUuid(id) ? await repo.findCvFile(db, workspaceId, id.toLowerCase()) : undefined;
  if (file) return file;
  await getCandidate(db, workspaceId, id); // a missing candidate says so, before "no CV"
  throw new AppError('not_found', 'This candidate has no CV.');
}

function toOrder(cursor: string | undefined, searching: boolean): repo.PageOrder {
  const sort = searching ? 'relevance' : 'newest';
  if (!cursor) return { sort };
  const c = decodeCursor(cursor, sort);
  return sort === 'relevance' ? { sort, after: { rank: Number(c.k), id: c.id } } : { sort, after: { createdAt: String(c.k), id: c.id } };
}

/** A keyset page: newest first, or by relevance when searching; with the CV snippet where the search matched the CV. */
export async function listCandidates(db: Db, workspaceId: string, query: ListCandidatesQuery): Promise<CandidateList> {
  const terms = query.q ? parseSearchTerms(query.q) : [];
  const order = toOrder(query.cursor, terms.length > 0);
  const { items: rows, counts } = await repo.searchCandidatePage(db, { workspaceId, terms, statuses: query.status }, order, query.limit);
  const page = rows.slice(0, query.limit);
  const statusCounts = Object.fromEntries(CANDIDATE_STATUSES.map((s) => [s, Number(counts.find((c) => c.status === s)?.n ?? 0)])) as CandidateList['statusCounts'];
  const chosen: readonly CandidateStatus[] = query.status.length ? query.status : CANDIDATE_STATUSES;
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      roleApplied: r.role_applied,
      status: r.status as CandidateStatus,
      version: r.version,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
      hasCv: r.has_cv,
      // ts_headline returns the CV's opening when nothing in it matched: no marker, no snippet.
      snippet: r.headline?.includes(HEADLINE_START) ? headlineSegments(r.headline) : null,
    })),
    total: chosen.reduce((sum: number, s) => sum + statusCounts[s], 0),
    statusCounts,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ s: order.sort, k: order.sort === 'relevance' ? Number(last.rank) : iso(last.created_at), id: last.id })
        : null,
  };
}
