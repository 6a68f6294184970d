// Idempotency-Key handling (as in the IETF httpapi draft): the first request with a key runs and
// its response is stored in the same transaction as its effects; a retry with the same key and
// body gets that response again; the same key with another body is refused.
import { AppError } from '../../../core/errors';
import { contentHash } from '../../../core/content-hash';
import type { Db } from '../../db/client';
import * as repo from './idempotency.repo';

export const IDEMPOTENCY_TTL_HOURS = 24;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export interface StoredResponse<T> {
  status: number;
  body: T;
  headers: Record<string, string>;
}

export function assertValidKey(key: string) {
  if (!KEY_PATTERN.test(key))
    throw new AppError('validation_failed', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.', {
      errors: [{ in: 'header', name: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
    });
}

/**
 * Runs `execute` once per (scope, key). Call it inside the transaction that holds the effects, so
 * a crash can never leave effects without their stored response, or a response without effects.
 */
export async function runIdempotent<T>(
  db: Db,
  input: { scope: string; key: string; request: unknown },
  execute: () => Promise<StoredResponse<T>>,
): Promise<StoredResponse<T> & { replayed: boolean }> {
  assertValidKey(input.key);
  const requestHash = contentHash(input.request ?? null);
  if (await repo.claimKey(db, input.scope, input.key, requestHash, IDEMPOTENCY_TTL_HOURS)) {
    const response = await execute();
    await repo.saveResponse(db, input.scope, input.key, response.status, response.body, response.headers);
    return { ...response, replayed: false };
  }
  const stored = await repo.findKey(db, input.scope, input.key);
  if (!stored) throw new AppError('internal_error', 'An idempotency key vanished while it was being read.');
  if (stored.requestHash !== requestHash)
    throw new AppError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used with a different request body. Use a new key for a new request.',
      { errors: [{ in: 'header', name: 'Idempotency-Key', message: 'already used with another body' }] },
    );
  return { status: stored.statusCode, body: stored.responseBody as T, headers: stored.responseHeaders, replayed: true };
}

export const deleteExpiredIdempotencyKeys = (db: Db) => repo.deleteExpiredKeys(db, IDEMPOTENCY_TTL_HOURS);
