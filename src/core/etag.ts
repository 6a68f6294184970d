// Entity tags for versioned resources: strong, and derived from the version and content hash so
// a database restored from a backup can never hand out an old tag for new content.
import { AppError } from './errors';

export const entityTag = (version: number, contentHash: string) => `"v${version}-${contentHash.slice(0, 16)}"`;

/** The ETags listed in an If-Match or If-None-Match header ("*" included), weak prefixes dropped. */
export function parseEtagList(header: string): string[] {
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .filter(Boolean);
}

/** RFC 9110 weak comparison for If-None-Match (GET): does any listed tag match the current one? */
export const noneMatchHits = (header: string, current: string) =>
  parseEtagList(header).some((t) => t === '*' || t === current.replace(/^W\//, ''));

/** RFC 9110 strong comparison for If-Match (writes). A weak tag never matches. */
export const ifMatchHits = (header: string, current: string) =>
  header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || (!t.startsWith('W/') && t === current));

/** 412 unless If-Match names the current ETag; the response carries the current one. */
export function assertIfMatch(ifMatch: string, currentEtag: string) {
  if (!ifMatchHits(ifMatch, currentEtag))
    throw new AppError('precondition_failed', 'This was changed since you read it. Reload, reapply your change and try again.', {
      headers: { ETag: currentEtag },
    });
}
