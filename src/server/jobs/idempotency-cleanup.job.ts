// Stored Idempotency-Key responses are only replayed for 24 hours; this job deletes older ones so
// the table does not grow without bound. Safe to run in several workers at once.
import type { Database } from '../db/client';
import { deleteExpiredIdempotencyKeys } from '../features/idempotency/idempotency.service';
import type { Logger } from '../logger';

const EVERY_MS = 60 * 60 * 1000;

export function scheduleIdempotencyCleanup(database: Database, log: Logger): () => void {
  const run = async () => {
    try {
      const deleted = await deleteExpiredIdempotencyKeys(database.db);
      if (deleted) log.info({ job: 'idempotency-cleanup', deleted }, 'expired idempotency keys deleted');
    } catch (err) {
      log.error({ job: 'idempotency-cleanup', err }, 'idempotency cleanup failed');
    }
  };
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
