// Krippendorff's alpha: agreement among any number of raters, with missing ratings allowed.
// α = 1 − Do/De, from the coincidence matrix of pairable values (Krippendorff, "Computing
// Krippendorff's Alpha-Reliability", 2011). Interview scores are ordinal (1–5), the default here.

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** ratings[rater][unit]: a value, or null where that rater did not rate that unit. */
export type RatingMatrix = readonly (readonly (number | null)[])[];

export interface AlphaResult {
  alpha: number;
  /** Units rated by at least two raters: the only ones that count. */
  pairableUnits: number;
  /** Pairable values (n in Krippendorff's notation). */
  pairableValues: number;
}

/** Krippendorff's alpha, or undefined when it is not defined (fewer than two pairable values, or a single value in use). */
export function krippendorffAlpha(ratings: RatingMatrix, level: AlphaLevel = 'ordinal'): AlphaResult | undefined {
  const unitCount = Math.max(0, ...ratings.map((r) => r.length));
  const values = [...new Set(ratings.flat().filter((v): v is number => v !== null && Number.isFinite(v)))].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  const coincidence = Array.from({ length: size }, () => new Array<number>(size).fill(0));

  let pairableUnits = 0;
  for (let u = 0; u < unitCount; u++) {
    const unitValues = ratings.map((r) => r[u]).filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
    const m = unitValues.length;
    if (m < 2) continue;
    pairableUnits++;
    // Every ordered pair of values from different raters adds 1/(m−1).
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) if (i !== j) coincidence[index.get(unitValues[i]!)!]![index.get(unitValues[j]!)!]! += 1 / (m - 1);
  }
  const marginals = coincidence.map((row) => row.reduce((a, b) => a + b, 0));
  const n = marginals.reduce((a, b) => a + b, 0);
  if (n < 2 || size < 2) return undefined;

  const delta = distance(level, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++)
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += coincidence[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  observed /= n;
  expected /= n * (n - 1);
  if (expected === 0) return undefined;
  return { alpha: 1 - observed / expected, pairableUnits, pairableValues: n };
}

/** The squared difference function δ²(c, k) of each level, over value indexes. */
function distance(level: AlphaLevel, values: number[], marginals: number[]): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (values[c]! - values[k]!) ** 2;
    case 'ratio':
      return (c, k) => {
        const sum = values[c]! + values[k]!;
        return sum === 0 ? 0 : ((values[c]! - values[k]!) / sum) ** 2;
      };
    case 'ordinal':
      // (Σ_{g=c..k} n_g − (n_c + n_k)/2)²: the distance is how many pairable values lie between.
      return (c, k) => {
        const [lo, hi] = c <= k ? [c, k] : [k, c];
        let between = 0;
        for (let g = lo; g <= hi; g++) between += marginals[g]!;
        return (between - (marginals[lo]! + marginals[hi]!) / 2) ** 2;
      };
  }
}
