// npx tsx bench/kits.bench.ts — how long the kit endpoints take on a large workspace: a generated
// 10,000-question bank, 200 kits of 8 questions, and a candidate with 40 questions already asked.
// In process (buildApp + inject) on the embedded database, or on PostgreSQL with DATABASE_URL:
// this measures the handlers and their SQL, not HTTP throughput (bench:api does that).
import { openDatabase } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { candidates, interviewQuestions, interviews } from '../src/server/db/hiring-schema';
import { buildApp } from '../src/server/http/app';
import { createFirstOwner } from '../src/server/features/auth/setup.service';
import { createToken } from '../src/server/features/tokens/token.service';
import { syncQuestionsFromSource } from '../src/server/features/questions/question-sync.service';
import { generateBank } from './generate-bank';

const BANK_SIZE = Number(process.env.BENCH_QUESTIONS ?? 10_000);
const KITS = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const database = process.env.DATABASE_URL ? await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL }) : await openDatabase({ kind: 'embedded' });
await migrateDatabase(database);
const bank = generateBank(BANK_SIZE);
const { authorization, workspaceId } = await database.db.transaction(async (tx) => {
  const { userId, workspace } = await createFirstOwner(tx, { name: 'Bench', email: `bench-${Date.now()}@example.com`, password: 'bench password 1234', workspaceName: 'Bench', bundledPacksDir: null });
  await syncQuestionsFromSource(tx, workspace.id, 'bench', bank);
  return { workspaceId: workspace.id, authorization: `Bearer ${(await createToken(tx, { workspaceId: workspace.id, userId, name: 'bench', scope: 'write', createdBy: null })).secret}` };
});
const app = await buildApp({ database, webDist: '/nonexistent' });
const inject = async (method: 'GET' | 'POST', url: string, payload?: object) => {
  const res = await app.inject({ method, url, payload, headers: { authorization } });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json();
};

const ids: string[] = (await inject('GET', '/api/v1/questions?limit=100')).items.map((q: { id: string }) => q.id);
let firstKit = '';
for (let k = 0; k < KITS; k++) {
  const pick = (i: number) => ({ questionId: ids[(k * 8 + i) % ids.length]! });
  const kit = await inject('POST', '/api/v1/kits', {
    name: `Kit ${String(k).padStart(3, '0')}`,
    minutes: 60,
    sections: [0, 1].map((s) => ({ title: `Section ${s + 1}`, minutes: 25, questions: [0, 1, 2, 3].map((i) => pick(s * 4 + i)) })),
  });
  firstKit ||= kit.id;
}
const [candidate] = await database.db.insert(candidates).values({ workspaceId, name: 'Bench candidate' }).returning();
for (let n = 0; n < 4; n++) {
  const [interview] = await database.db
    .insert(interviews)
    .values({ workspaceId, candidateId: candidate!.id, kitName: 'Earlier', minutes: 60, scheduledAt: new Date(), status: 'completed' })
    .returning();
  await database.db.insert(interviewQuestions).values(
    bank.slice(n * 10, n * 10 + 10).map((content, position) => ({ interviewId: interview!.id, position, sectionIndex: 0, sectionTitle: 'Q', sectionMinutes: 60, questionVersion: 1, content })),
  );
}

async function measure(label: string, run: () => Promise<unknown>) {
  await run(); // warm
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(`${label.padEnd(58)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

console.log(`${database.kind}: ${BANK_SIZE} questions, ${KITS} kits of 8 questions, ${RUNS} runs each\n`);
await measure('GET /api/v1/kits (200 kits, questions resolved)', () => inject('GET', '/api/v1/kits'));
await measure('GET /api/v1/kits/:id', () => inject('GET', `/api/v1/kits/${firstKit}`));
await measure('POST /api/v1/kits/assemble (60 min, 4 categories)', () => inject('POST', '/api/v1/kits/assemble', { minutes: 60, reserveMinutes: 10, minCategories: 4 }));
await measure('POST /api/v1/kits/assemble (+ candidate, 40 asked)', () =>
  inject('POST', '/api/v1/kits/assemble', { minutes: 60, reserveMinutes: 10, minCategories: 4, candidateId: candidate!.id }),
);
await measure('POST /api/v1/kits/assemble (240 min, senior, technical)', () => inject('POST', '/api/v1/kits/assemble', { minutes: 240, level: 'senior', types: ['technical'] }));
await app.close();
await database.close();
