// npm run bench:grade — grades the development set's answers (bank questions, with key points)
// and the proxy set's (reference answer only) over and over on one core and prints answers/s.
// Questions are prepared once beforehand, as the grader memoises them, so this measures grading.
// The rate is per CPU second of this single-threaded process, which is what "on one core" means
// even when other work shares the machine; it runs ROUNDS rounds (default 7) of BENCH_SECONDS
// (default 1) each and prints the median and the best, since a busy machine only slows rounds down.
import { gradeAnswer } from '../src/core/grader/index';
import { loadDevSet, loadProxySet } from './grader-sets';
import type { LabelledAnswer } from '../src/core/grader/evaluation';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 1);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const rate = (n: number) => Math.round(n).toLocaleString('en');

function round(set: LabelledAnswer[]): { cpu: number; wall: number } {
  let graded = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const deadline = start + BigInt(Math.round(SECONDS * 1e9));
  let now = start;
  while (now < deadline) {
    for (const item of set) gradeAnswer(item.question, item.answer);
    graded += set.length;
    now = process.hrtime.bigint();
  }
  const used = process.cpuUsage(cpuStart);
  return { cpu: graded / ((used.user + used.system) / 1e6), wall: graded / (Number(now - start) / 1e9) };
}

function run(name: string, set: LabelledAnswer[]) {
  for (const item of set) gradeAnswer(item.question, item.answer); // warm up: prepare questions, JIT
  const words = set.reduce((n, item) => n + item.answer.split(/\s+/).filter(Boolean).length, 0) / set.length;
  const rounds = Array.from({ length: ROUNDS }, () => round(set)).sort((a, b) => a.cpu - b.cpu);
  const median = rounds[Math.floor(rounds.length / 2)]!;
  const best = rounds[rounds.length - 1]!;
  console.log(`${name} (${set.length} answers, ${Math.round(words)} words each on average):`);
  console.log(`  ${rate(median.cpu)} answers per CPU second (median of ${ROUNDS} rounds; best ${rate(best.cpu)}; median wall clock ${rate(median.wall)}/s)`);
}

console.log(`Grading on one core (Node ${process.version}):`);
run('development set, bank questions with key points', loadDevSet());
run('proxy set, reference answer only', loadProxySet());
