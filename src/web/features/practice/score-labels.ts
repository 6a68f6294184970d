import { formatRelative } from '../../lib/format-date';

// The interview scale's labels (content-style.md), for scores shown to candidates.
export const SCORE_LABELS: Record<number, string> = { 1: 'Strong No', 2: 'No', 3: 'Maybe', 4: 'Yes', 5: 'Strong Yes' };

export const formatMean = (mean: number | null) => (mean === null ? '—' : mean.toFixed(1));

/** When a review is due, as people say it: "in 10 minutes", "in 3 days"; "in a minute" for the first learning step. */
export function formatDue(iso: string, now = Date.now()): string {
  const ms = new Date(iso).getTime() - now;
  if (ms <= 0) return 'now';
  if (ms < 90_000) return 'in a minute';
  return formatRelative(iso, now);
}
