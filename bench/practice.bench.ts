// npx tsx bench/practice.bench.ts — how long the practice endpoints take for a candidate with a long
// history on a large bank: the bundled pack plus a generated 10,000-question bank, and 5,000 past
// attempts with their review cards. In process (buildApp + inject) on the embedded database, or on
// PostgreSQL with DATABASE_URL: this measures the handlers, the grader and their SQL, not HTTP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { buildApp } from '../src/server/http/app';
import { createFirstOwner } from '../src/server/features/auth/setup.service';
import { createUser } from '../src/server/features/auth/auth.service';
import { createToken } from '../src/server/features/tokens/token.service';
import { addMember } from '../src/server/features/workspaces/workspace.service';
import { syncQuestionsFromSource } from '../src/server/features/questions/question-sync.service';
import { generateBank } from './generate-bank';

const BANK_SIZE = Number(process.env.BENCH_QUESTIONS ?? 10_000);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const database = process.env.DATABASE_URL ? await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL }) : await openDatabase({ kind: 'embedded' });
await migrateDatabase(database);
const stamp = Date.now();
const { authorization, workspaceId, userId } = await database.db.transaction(async (tx) => {
  const { workspace } = await createFirstOwner(tx, { name: 'Bench', email: `bench-${stamp}@example.com`, password: 'bench password 1234', workspaceName: 'Bench', bundledPacksDir: join(process.cwd(), 'content/packs') });
  await syncQuestionsFromSource(tx, workspace.id, 'bench', generateBank(BANK_SIZE));
  const user = await createUser(tx, { name: 'Candidate', email: `candidate-${stamp}@example.com`, password: 'bench password 1234' });
  await addMember(tx, { workspaceId: workspace.id, userId: user.id, role: 'candidate' });
  const secret = (await createToken(tx, { workspaceId: workspace.id, userId: user.id, name: 'bench', scope: 'write', createdBy: null })).secret;
  return { workspaceId: workspace.id, userId: user.id, authorization: `Bearer ${secret}` };
});

// A history: HISTORY graded attempts over the last 90 days, spread over the bank, with a card each.
const started = performance.now();
await database.db.execute(sql`
  with q as (select id, version, category, row_number() over (order by id) - 1 as i, count(*) over () as total
             from questions where workspace_id = ${workspaceId} and deleted_at is null)
  insert into practice_attempts (workspace_id, user_id, question_id, question_version, category, answer, input, grade, score, created_at)
  select ${workspaceId}, ${userId}, q.id, q.version, q.category, 'an earlier answer', 'typed', '{"gradable":true}'::jsonb, 1 + (n % 5),
         now() - ((n % 90) || ' days')::interval
  from generate_series(1, ${HISTORY}) n join q on q.i = (n * 7) % q.total`);
await database.db.execute(sql`
  insert into review_cards (user_id, workspace_id, question_id, due, stability, difficulty, state, reps)
  select distinct on (question_id) ${userId}, ${workspaceId}, question_id, now() + (((random() * 20) - 10) || ' days')::interval, 3, 5, 2, 1
  from practice_attempts where user_id = ${userId}`);
console.log(`seeded ${BANK_SIZE} questions and ${HISTORY} attempts in ${Math.round(performance.now() - started)} ms (${database.kind})`);

const app = await buildApp({ database, webDist: '/nonexistent' });
const inject = async (method: 'GET' | 'POST', url: string, payload?: object) => {
  const res = await app.inject({ method, url, payload, headers: { authorization } });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json();
};

async function measure(label: string, run: (i: number) => Promise<unknown>) {
  await run(0); // warm
  const times: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(`${label.padEnd(52)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

const idempotency = (await inject('GET', '/api/v1/practice/questions/api-idempotency-keys')).id;
// A strong answer to the bundled idempotency question, about 200 words: the grader does real work.
const reference = readFileSync('content/packs/backend/questions/api-idempotency-keys.md', 'utf8').split('## Reference answer')[1]!;
const answer = reference.replace(/```[\s\S]*?```/g, '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 220).join(' ');

let sessionId = '';
await measure('POST sessions (mock, 10 of the bank)', async () => {
  sessionId = (await inject('POST', '/api/v1/practice/sessions', { mode: 'mock', length: 10 })).id;
});
await measure('POST sessions (review, 20: due first, then new)', () => inject('POST', '/api/v1/practice/sessions', { mode: 'review', length: 20 }));
const reviewSession = await inject('POST', '/api/v1/practice/sessions', { mode: 'review', length: 20, categories: ['API Design'], pack: 'backend' });
await measure(`POST attempts (${answer.split(' ').length}-word answer: grade, store, schedule)`, () =>
  inject('POST', '/api/v1/practice/attempts', { questionId: idempotency, answer, input: 'typed', ...(reviewSession.questions.some((q: { id: string }) => q.id === idempotency) ? { sessionId: reviewSession.id } : {}) }),
);
await measure('GET sessions/:id (report)', () => inject('GET', `/api/v1/practice/sessions/${sessionId}`));
await measure('GET sessions (list)', () => inject('GET', '/api/v1/practice/sessions'));
await measure('GET reviews', () => inject('GET', '/api/v1/practice/reviews'));
await measure(`GET progress by day (${HISTORY} attempts)`, () => inject('GET', '/api/v1/practice/progress?bucket=day'));
await measure(`GET progress by week, Europe/Berlin`, () => inject('GET', '/api/v1/practice/progress?bucket=week&tz=Europe/Berlin'));

await app.close();
await database.close();
