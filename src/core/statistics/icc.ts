// Intraclass correlations for n targets (candidates, answers) each rated by the same k raters,
// after Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability".
// ICC(2,1) — raters as a random sample, absolute agreement of single ratings — is the one a hiring
// team wants: would another interviewer have given the same score? Its 95% interval uses their
// approximation with Satterthwaite's degrees of freedom.
import jstat from 'jstat';

const { jStat } = jstat;

export interface MeanSquares {
  /** between targets */
  bms: number;
  /** between raters (judges) */
  jms: number;
  /** residual */
  ems: number;
  /** within targets (one-way model) */
  wms: number;
  n: number;
  k: number;
}

export interface IccResult {
  icc11: number;
  icc21: number;
  icc31: number;
  icc1k: number;
  icc2k: number;
  icc3k: number;
  /** 95% confidence interval of ICC(2,1) */
  icc21Interval: [number, number];
  n: number;
  k: number;
}

/** Two-way ANOVA mean squares of a complete targets × raters table. */
export function meanSquares(table: readonly (readonly number[])[]): MeanSquares {
  const n = table.length;
  const k = table[0]?.length ?? 0;
  const grand = table.flat().reduce((a, b) => a + b, 0) / (n * k);
  const rowMeans = table.map((row) => row.reduce((a, b) => a + b, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => table.reduce((sum, row) => sum + row[j]!, 0) / n);
  const ssRows = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssCols = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssTotal = table.flat().reduce((s, x) => s + (x - grand) ** 2, 0);
  const ssError = ssTotal - ssRows - ssCols;
  return {
    bms: ssRows / (n - 1),
    jms: ssCols / (k - 1),
    ems: ssError / ((n - 1) * (k - 1)),
    wms: (ssTotal - ssRows) / (n * (k - 1)),
    n,
    k,
  };
}

/**
 * All six Shrout & Fleiss coefficients and the 95% interval of ICC(2,1). Targets missing any
 * rating are left out (the model needs a complete table); undefined when fewer than two targets
 * or two raters remain.
 */
export function intraclassCorrelation(table: readonly (readonly (number | null)[])[]): IccResult | undefined {
  const complete = table.filter((row) => row.every((x) => x !== null && Number.isFinite(x))) as number[][];
  if (complete.length < 2 || (complete[0]?.length ?? 0) < 2) return undefined;
  const { bms, jms, ems, wms, n, k } = meanSquares(complete);
  const icc21 = (bms - ems) / (bms + (k - 1) * ems + (k * (jms - ems)) / n);
  return {
    icc11: (bms - wms) / (bms + (k - 1) * wms),
    icc21,
    icc31: (bms - ems) / (bms + (k - 1) * ems),
    icc1k: (bms - wms) / bms,
    icc2k: (bms - ems) / (bms + (jms - ems) / n),
    icc3k: (bms - ems) / bms,
    icc21Interval: icc21Interval({ bms, jms, ems, n, k }, icc21),
    n,
    k,
  };
}

function icc21Interval({ bms, jms, ems, n, k }: Omit<MeanSquares, 'wms'>, icc: number): [number, number] {
  // Satterthwaite's degrees of freedom for the denominator, Shrout & Fleiss (1979), eq. for case 2.
  const fj = jms / ems;
  const spread = n * (1 + (k - 1) * icc) - k * icc;
  const v = ((k - 1) * (n - 1) * (k * icc * fj + spread) ** 2) / ((n - 1) * k ** 2 * icc ** 2 * fj ** 2 + spread ** 2);
  const fUpper = jStat.centralF.inv(0.975, n - 1, v);
  const fLower = jStat.centralF.inv(0.975, v, n - 1);
  const lower = (n * (bms - fUpper * ems)) / (fUpper * (k * jms + (k * n - k - n) * ems) + n * bms);
  const upper = (n * (fLower * bms - ems)) / (k * jms + (k * n - k - n) * ems + n * fLower * bms);
  return [lower, upper];
}
