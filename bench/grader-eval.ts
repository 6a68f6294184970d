// Measures the grader against people: Pearson's r and RMSE on the development set (bank
// questions, scored 1–5 by their anchors) and on the proxy set (short CS answers scored 0–5
// against a reference answer only). Run: npm run grader:eval  (add --verbose for every answer)
import { evaluate, type Agreement, type LabelledAnswer } from '../src/core/grader/evaluation';
import { gradeAnswer } from '../src/core/grader/index';
import { loadDevSet, loadProxySet } from './grader-sets';

const verbose = process.argv.includes('--verbose');

function report(name: string, set: LabelledAnswer[], a: Agreement) {
  console.log(`\n${name}: ${set.length} answers, ${a.scored} scored by both`);
  console.log(`  Pearson r   ${a.pearson.toFixed(3)}   (whole-number score: ${a.pearsonWhole.toFixed(3)})`);
  console.log(`  RMSE        ${a.rmse.toFixed(3)}   (whole-number score: ${a.rmseWhole.toFixed(3)})`);
  console.log(`  real answers refused: ${a.refusedScored}`);
  if (a.honesty.total) console.log(`  honesty cases refused or scored <= 2: ${a.honesty.held} of ${a.honesty.total}`);
  if (!verbose) return;
  for (const item of set) {
    const r = gradeAnswer(item.question, item.answer);
    const got = r.gradable ? r.exactScore!.toFixed(1) : `— ${r.notGradable}`;
    const gap = r.gradable && item.human !== null ? Math.abs(r.exactScore! - item.human) : 0;
    console.log(`  ${gap >= 1.5 ? '!!' : '  '} human ${item.human ?? '—'}  grader ${got}  ${item.answer.slice(0, 90).replace(/\s+/g, ' ')}`);
  }
}

const dev = loadDevSet();
report('Development set (bank questions, key points)', dev, evaluate(dev));
const proxy = loadProxySet();
report('Proxy set (CS short answers, reference answer only)', proxy, evaluate(proxy));
