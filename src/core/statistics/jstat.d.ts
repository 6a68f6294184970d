// jstat ships no types; this declares the one function Candor uses.
declare module 'jstat' {
  export const jStat: {
    centralF: { inv(p: number, df1: number, df2: number): number };
  };
}
