// A deterministic, realistic-looking question bank of any size, for benchmarks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, DIFFICULTIES, QUESTION_TYPES, type QuestionContent } from '../src/shared/question.schema';
import { seededRandom as rng } from '../src/core/random';

// Words and tags come from the bundled pack, with their real frequencies, so generated questions
// and queries have the vocabulary of a real bank (a query matches a realistic share of questions).
const PACK_DIR = join(process.cwd(), 'content/packs/backend/questions');
const STOP = new Set('that this with from have what when your they them then than will would there their which about into only does more most such each also been were here other some same over under after before while where these those very just like should could must doesn'.split(' '));

function packVocabulary() {
  const counts = new Map<string, number>();
  const tags = new Set<string>();
  for (const file of readdirSync(PACK_DIR)) {
    const text = readFileSync(join(PACK_DIR, file), 'utf8');
    for (const tag of /^tags: \[(.*)\]$/m.exec(text)?.[1]?.split(',') ?? []) tags.add(tag.trim());
    for (const word of text.toLowerCase().match(/[a-z]{4,14}/g) ?? []) if (!STOP.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  return { words: words.map(([w]) => w), weights: words.map(([, n]) => n), tags: [...tags].sort() };
}

const VOCABULARY = packVocabulary();
const TOPICS = VOCABULARY.tags;
const VERBS = ['design', 'debug', 'scale', 'secure', 'monitor', 'migrate', 'explain', 'compare', 'operate', 'test'];

/** A word drawn with its frequency in the pack: common words often, rare ones rarely. */
function weightedWord(random: () => number): string {
  const total = (weightedWord as { total?: number }).total ?? ((weightedWord as { total?: number }).total = VOCABULARY.weights.reduce((a, b) => a + b, 0));
  let r = random() * total;
  for (let i = 0; i < VOCABULARY.words.length; i++) {
    r -= VOCABULARY.weights[i]!;
    if (r <= 0) return VOCABULARY.words[i]!;
  }
  return VOCABULARY.words[0]!;
}


export function generateBank(size: number, seed = 42): QuestionContent[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => weightedWord(random)).join(' ');
  return Array.from({ length: size }, (_, i) => {
    const a = weightedWord(random);
    const b = weightedWord(random);
    const tags = [...new Set([pick(TOPICS), pick(TOPICS), pick(TOPICS)])];
    return {
      slug: `gen-${i}-${a}-${b}`,
      title: `How would you ${pick(VERBS)} ${a} with ${b}? (${i})`,
      type: pick(QUESTION_TYPES),
      category: pick(CATEGORIES),
      difficulty: pick(DIFFICULTIES),
      tags,
      minutes: 5 + Math.floor(random() * 20),
      prompt: `A service handles ${words(12)}. Walk through how you would ${pick(VERBS)} it, considering ${words(20)}.`,
      whyAsked: `Shows whether the candidate reasons about ${a} and ${b} under load.`,
      approach: `Start from the ${a} failure mode, then the ${b} trade-off.`,
      referenceAnswer: `A strong answer covers ${words(120)}.\n\n\`\`\`sql\nSELECT 1;\n\`\`\`\n\nIt weighs ${words(100)}.`,
      keyPoints: Array.from({ length: 4 }, (_, k) => ({
        id: `point-${k}`,
        text: `Explains ${weightedWord(random)} and ${weightedWord(random)}`,
        weight: (1 + (k % 3)) as 1 | 2 | 3,
        evidence: [weightedWord(random), `${weightedWord(random)} ${weightedWord(random)}`],
        followUp: `What happens to ${weightedWord(random)} when ${weightedWord(random)} fails?`,
      })),
      anchors: { 1: 'No answer.', 2: 'Vague.', 3: 'Correct but shallow.', 4: 'Trade-offs.', 5: 'Edge cases unprompted.' },
      followUps: [{ prompt: `And under ten times the ${a}?`, keyPoints: ['point-0'] }],
      redFlags: [{ text: `Ignores ${b}`, evidence: [] }],
    };
  });
}

/** Queries a person might type: one or two words of the bank's vocabulary, some half-typed. */
export function generateQueries(count: number, seed = 7): string[] {
  const random = rng(seed);
  const queries = new Set<string>();
  while (queries.size < count) {
    const r = random();
    const word = () => weightedWord(random);
    queries.add(r < 0.4 ? word() : r < 0.8 ? `${word()} ${word()}` : word().slice(0, 4 + Math.floor(random() * 3)));
  }
  return [...queries];
}
