// Conditional requests shared by every versioned resource (questions, kits, candidates, scorecards).
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors';
import { ifMatchHits } from '../../core/etag';

/** The If-Match header, or 428: a write to a versioned resource must say which version it read. */
export function requireIfMatch(request: FastifyRequest): string {
  const header = request.headers['if-match'];
  if (!header)
    throw new AppError('precondition_required', 'Send If-Match with the ETag you last read, so concurrent edits cannot overwrite each other.', {
      errors: [{ in: 'header', name: 'If-Match', message: 'is required' }],
    });
  return header;
}

/** 412 unless If-Match names the current ETag. */
export function assertIfMatch(ifMatch: string, currentEtag: string) {
  if (!ifMatchHits(ifMatch, currentEtag))
    throw new AppError('precondition_failed', 'This was changed since you read it. Reload, reapply your change and try again.', {
      headers: { ETag: currentEtag },
    });
}
