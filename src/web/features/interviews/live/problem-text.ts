// An error as sentences for the live screen, with the fields the server named.
import { ApiError } from '../../../lib/api-client';
import { isTransient } from '../autosave/scorecard-autosave';

export function problemLines(error: unknown): string[] {
  if (!error) return [];
  const lines = [error instanceof Error ? error.message : 'Something went wrong.'];
  if (error instanceof ApiError) for (const e of error.problem?.errors ?? []) lines.push(e.message.charAt(0).toUpperCase() + e.message.slice(1) + '.');
  if (isTransient(error) && error instanceof ApiError) lines.push('Try again: a retry is recognised and never counted twice.');
  return lines;
}
