// Conditional requests shared by every versioned resource (questions, kits, candidates, scorecards).
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors';

/** The If-Match header, or 428: a write to a versioned resource must say which version it read. */
export function requireIfMatch(request: FastifyRequest): string {
  const header = request.headers['if-match'];
  if (!header)
    throw new AppError('precondition_required', 'Send If-Match with the ETag you last read, so concurrent edits cannot overwrite each other.', {
      errors: [{ in: 'header', name: 'If-Match', message: 'is required' }],
    });
  return header;
}
