// The interview scale's labels (content-style.md), for scores shown to candidates.
export const SCORE_LABELS: Record<number, string> = { 1: 'Strong No', 2: 'No', 3: 'Maybe', 4: 'Yes', 5: 'Strong Yes' };

export const formatMean = (mean: number | null) => (mean === null ? '—' : mean.toFixed(1));
