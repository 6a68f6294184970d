// The caller's own scorecard for an interview: read with its ETag, patched with If-Match, submitted
// with an Idempotency-Key, amended with a reason. Plain functions rather than query hooks: the
// autosave engine decides when they run, and it must see the ETag of every answer.
import { scorecardSchema, type Scorecard, type ScorecardPatch } from '../../../../shared/interview.schema';
import { apiFetch } from '../../../lib/api-client';

export interface VersionedScorecard {
  scorecard: Scorecard;
  /** The ETag header of the answer: what the next PATCH sends as If-Match. */
  etag: string;
}

const mine = (interviewId: string) => `/api/v1/interviews/${encodeURIComponent(interviewId)}/scorecards/mine`;
const JSON_BODY = { 'content-type': 'application/json' };

async function versioned(response: Response): Promise<VersionedScorecard> {
  const etag = response.headers.get('etag');
  // Without it no later write could say which version it builds on; If-Match: * would overwrite blindly.
  if (!etag) throw new Error('The server sent the scorecard without an ETag, so changes cannot be saved safely.');
  return { scorecard: scorecardSchema.parse(await response.json()), etag };
}

/** A submitted scorecard is not patched again, so its ETag is not needed. */
const parsed = async (response: Response): Promise<Scorecard> => scorecardSchema.parse(await response.json());

export async function fetchMyScorecard(interviewId: string, signal?: AbortSignal): Promise<VersionedScorecard> {
  return versioned(await apiFetch(mine(interviewId), { signal }));
}

/** 412 when `etag` is stale; the caller reads again and re-applies its changes. */
export async function patchMyScorecard(interviewId: string, etag: string, patch: ScorecardPatch): Promise<VersionedScorecard> {
  return versioned(await apiFetch(mine(interviewId), { method: 'PATCH', body: JSON.stringify(patch), headers: { ...JSON_BODY, 'if-match': etag } }));
}

/** The same key on a retry gets the first answer again, so a lost response never submits twice. */
export async function submitMyScorecard(interviewId: string, idempotencyKey: string): Promise<Scorecard> {
  return parsed(await apiFetch(`${mine(interviewId)}/submit`, { method: 'POST', headers: { 'idempotency-key': idempotencyKey } }));
}

export async function amendMyScorecard(interviewId: string, amendment: ScorecardPatch & { reason: string }): Promise<Scorecard> {
  return parsed(await apiFetch(`${mine(interviewId)}/amendments`, { method: 'POST', body: JSON.stringify(amendment), headers: JSON_BODY }));
}
