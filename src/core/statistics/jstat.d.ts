// jstat ships no types and is CommonJS without named exports Node can detect: it is imported as a
// default export. This declares the one function Candor uses.
declare module 'jstat' {
  const jstat: {
    jStat: {
      centralF: { inv(p: number, df1: number, df2: number): number };
    };
  };
  export default jstat;
}
