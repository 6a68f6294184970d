// Numbers as the calibration page shows them, and what agreement values mean in words.

/** 0.42, or −0.17 with a real minus sign; a dash for no value. */
export const fixed = (n: number | null, digits = 2) => (n === null ? '—' : n < 0 ? `−${Math.abs(n).toFixed(digits)}` : n.toFixed(digits));

/** +0.40 / −0.25 (a real minus sign), for differences from the team. */
export const signed = (n: number | null, digits = 2) => (n === null ? '—' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(digits)}`);

/**
 * Krippendorff's own rule of thumb: α ≥ 0.800 to rely on the ratings, ≥ 0.667 for tentative
 * conclusions. The same cut-offs are used for the ICC, where Koo & Li's 0.75/0.5 are close.
 */
export function agreementWord(value: number | null): string {
  if (value === null) return 'not enough overlap to tell';
  if (value >= 0.8) return 'good agreement';
  if (value >= 0.667) return 'tentative agreement';
  if (value >= 0.4) return 'weak agreement';
  return 'poor agreement';
}

/** A leniency reads as stricter or more lenient than the team once it is a quarter point away. */
export function leniencyWord(leniency: number | null): string {
  if (leniency === null) return 'no scores yet';
  if (leniency >= 0.25) return 'more lenient than the team';
  if (leniency <= -0.25) return 'stricter than the team';
  return 'in line with the team';
}
