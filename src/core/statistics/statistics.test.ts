import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff-alpha';
import { intraclassCorrelation } from './icc';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers × 12 units, with
// missing values. Published: nominal .743, ordinal .815, interval .849, ratio .797.
const _ = null;
const krippendorff2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

// The three-coder, fifteen-unit example of alpha's standard presentation (nominal .691, interval .811).
const threeCoders = [
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
];

// Shrout & Fleiss (1979), Table 2: six targets rated by four judges.
const shroutFleiss = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

describe("Krippendorff's alpha", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('matches Krippendorff’s worked example, %s level: %d', (level, published) => {
    expect(round(krippendorffAlpha(krippendorff2011, level)!.alpha)).toBe(published);
  });

  it('matches the three-coder example with many missing values', () => {
    expect(round(krippendorffAlpha(threeCoders, 'nominal')!.alpha, 6)).toBe(0.691358);
    expect(round(krippendorffAlpha(threeCoders, 'interval')!.alpha, 6)).toBe(0.810845);
    expect(krippendorffAlpha(threeCoders)!.pairableUnits).toBe(12);
  });

  it('is 1 for perfect agreement, and undefined when nothing can be compared', () => {
    expect(krippendorffAlpha([[1, 2, 3], [1, 2, 3]])!.alpha).toBe(1);
    expect(krippendorffAlpha([[1, _], [_, 2]])).toBeUndefined();
    expect(krippendorffAlpha([[3, 3], [3, 3]])).toBeUndefined();
  });
});

describe('intraclass correlations', () => {
  it('match Shrout & Fleiss (1979), Table 4, to three decimals', () => {
    const r = intraclassCorrelation(shroutFleiss)!;
    expect([r.icc11, r.icc21, r.icc31, r.icc1k, r.icc2k, r.icc3k].map((x) => round(x))).toEqual([0.166, 0.29, 0.715, 0.443, 0.62, 0.909]);
  });

  it('give ICC(2,1) its 95% interval by Shrout & Fleiss’s approximation (.019 to .761)', () => {
    const [lower, upper] = intraclassCorrelation(shroutFleiss)!.icc21Interval;
    expect(round(lower)).toBe(0.019);
    expect(round(upper)).toBe(0.761);
  });

  it('leave out targets missing a rating, and refuse too little data', () => {
    const withGap = [...shroutFleiss, [5, null, 5, 5]];
    expect(intraclassCorrelation(withGap)!.n).toBe(6);
    expect(intraclassCorrelation([[1, 2]])).toBeUndefined();
  });
});
