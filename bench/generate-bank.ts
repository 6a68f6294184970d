// A deterministic, realistic-looking question bank of any size, for benchmarks.
import { CATEGORIES, DIFFICULTIES, QUESTION_TYPES, type QuestionContent } from '../src/shared/question.schema';

const TOPICS = [
  'idempotency', 'pagination', 'caching', 'replication', 'sharding', 'deadlock', 'isolation', 'index', 'queue', 'kafka',
  'rabbitmq', 'webhook', 'retry', 'backoff', 'timeout', 'circuit', 'breaker', 'tracing', 'logging', 'metrics', 'latency',
  'throughput', 'oauth', 'session', 'token', 'csrf', 'injection', 'secrets', 'kubernetes', 'container', 'deploy', 'rollback',
  'canary', 'migration', 'schema', 'transaction', 'lock', 'consistency', 'partition', 'stream', 'batch', 'cursor', 'etag',
  'redis', 'postgres', 'cdn', 'invalidation', 'stampede', 'rate', 'limiter', 'graphql', 'grpc', 'versioning', 'contract',
];
const VERBS = ['design', 'debug', 'scale', 'secure', 'monitor', 'migrate', 'explain', 'compare', 'operate', 'test'];

/** A tiny seeded PRNG (mulberry32): the same bank for the same size on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateBank(size: number, seed = 42): QuestionContent[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(TOPICS)).join(' ');
  return Array.from({ length: size }, (_, i) => {
    const a = pick(TOPICS);
    const b = pick(TOPICS);
    const tags = [...new Set([a, b, pick(TOPICS)])];
    return {
      slug: `gen-${i}-${a}-${b}`,
      title: `How would you ${pick(VERBS)} ${a} with ${b}? (${i})`,
      type: pick(QUESTION_TYPES),
      category: pick(CATEGORIES),
      difficulty: pick(DIFFICULTIES),
      tags,
      minutes: 5 + Math.floor(random() * 20),
      prompt: `A service handles ${words(6)}. Walk through how you would ${pick(VERBS)} it, considering ${words(8)}.`,
      whyAsked: `Shows whether the candidate reasons about ${a} and ${b} under load.`,
      approach: `Start from the ${a} failure mode, then the ${b} trade-off.`,
      referenceAnswer: `A strong answer covers ${words(40)}.\n\n\`\`\`sql\nSELECT 1;\n\`\`\`\n\nIt weighs ${words(30)}.`,
      keyPoints: Array.from({ length: 4 }, (_, k) => ({
        id: `point-${k}`,
        text: `Explains ${pick(TOPICS)} and ${pick(TOPICS)}`,
        weight: (1 + (k % 3)) as 1 | 2 | 3,
        evidence: [pick(TOPICS), `${pick(TOPICS)} ${pick(TOPICS)}`],
        followUp: `What happens to ${pick(TOPICS)} when ${pick(TOPICS)} fails?`,
      })),
      anchors: { 1: 'No answer.', 2: 'Vague.', 3: 'Correct but shallow.', 4: 'Trade-offs.', 5: 'Edge cases unprompted.' },
      followUps: [{ prompt: `And under ten times the ${a}?`, keyPoints: ['point-0'] }],
      redFlags: [{ text: `Ignores ${b}`, evidence: [] }],
    };
  });
}

/** Queries a person might type: one or two topic words, some half-typed. */
export function generateQueries(count: number, seed = 7): string[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const queries = new Set<string>();
  while (queries.size < count) {
    const r = random();
    queries.add(r < 0.4 ? pick(TOPICS) : r < 0.8 ? `${pick(TOPICS)} ${pick(TOPICS)}` : pick(TOPICS).slice(0, 4 + Math.floor(random() * 3)));
  }
  return [...queries];
}
