// npx tsx bench/candidates.bench.ts — how long the candidate endpoints take on a large workspace:
// 5,000 candidates, four in five with a CV of about 6,000 characters, and how long reading a CV
// takes. In process (buildApp + inject) on the embedded database, or on PostgreSQL with
// DATABASE_URL: this measures the handlers, their SQL and the CV readers, not HTTP throughput.
import { openDatabase } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { candidateFiles, candidates } from '../src/server/db/hiring-schema';
import { buildApp } from '../src/server/http/app';
import { createFirstOwner } from '../src/server/features/auth/setup.service';
import { createToken } from '../src/server/features/tokens/token.service';
import { prepareCv } from '../src/server/features/candidates/candidate.service';
import { makeDocx, makePdf } from '../src/server/features/candidates/fixtures/cv-fixtures';
import { seededRandom } from '../src/core/random';

const COUNT = Number(process.env.BENCH_CANDIDATES ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const random = seededRandom(42);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const TECH = ['Kubernetes', 'PostgreSQL', 'Kafka', 'Redis', 'Terraform', 'Go', 'Java', 'Python', 'TypeScript', 'gRPC', 'GraphQL', 'RabbitMQ', 'Elasticsearch', 'AWS', 'GCP', 'Spark', 'Airflow', 'Rust'];
const FILLER = ['designed', 'built', 'operated', 'migrated', 'scaled', 'the', 'payment', 'service', 'platform', 'team', 'latency', 'throughput', 'on-call', 'incident', 'reduced', 'cost', 'by', 'percent', 'across', 'regions', 'with', 'and', 'for', 'customers', 'pipelines', 'APIs', 'reliability', 'observability', 'mentored', 'engineers'];
const FIRST = ['Ada', 'Alan', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret', 'Dennis', 'Frances', 'Edsger', 'Radia', 'Tim', 'Hedy', 'John', 'Katherine', 'Donald'];
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton', 'Ritchie', 'Allen', 'Dijkstra', 'Perlman', 'Berners-Lee', 'Lamarr', 'Backus', 'Johnson', 'Knuth'];
const cvText = (chars: number) => {
  const words: string[] = [];
  for (let length = 0; length < chars; ) {
    const word = random() < 0.15 ? pick(TECH) : pick(FILLER);
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
};

const database = process.env.DATABASE_URL ? await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL }) : await openDatabase({ kind: 'embedded' });
await migrateDatabase(database);
const { authorization, workspaceId } = await database.db.transaction(async (tx) => {
  const { userId, workspace } = await createFirstOwner(tx, { name: 'Bench', email: `bench-${Date.now()}@example.com`, password: 'bench password 1234', workspaceName: 'Bench', bundledPacksDir: null });
  return { workspaceId: workspace.id, authorization: `Bearer ${(await createToken(tx, { workspaceId: workspace.id, userId, name: 'bench', scope: 'write', createdBy: null })).secret}` };
});

const seeded = performance.now();
for (let start = 0; start < COUNT; start += 500) {
  const rows = Array.from({ length: Math.min(500, COUNT - start) }, (_, i) => {
    const n = start + i;
    const withCv = n % 5 !== 0;
    return {
      workspaceId,
      name: `${pick(FIRST)} ${pick(LAST)} ${n}`,
      email: `person${n}@example.com`,
      roleApplied: pick(['Backend developer', 'Site reliability engineer', 'Data engineer', 'Platform engineer']),
      notes: n % 3 === 0 ? `Referred by ${pick(FIRST)}. Strong on ${pick(TECH)}.` : '',
      status: pick(['active', 'active', 'active', 'offer', 'rejected', 'hired', 'withdrawn']),
      // One candidate in a thousand mentions the rare word.
      cvText: withCv ? cvText(6_000) + (n % 1000 === 7 ? ' Zanzibar' : '') : '',
    };
  });
  const inserted = await database.db.insert(candidates).values(rows).returning({ id: candidates.id, cvText: candidates.cvText });
  const files = inserted.filter((r) => r.cvText).map((r) => ({ candidateId: r.id, filename: 'cv.txt', mediaType: 'text/plain; charset=utf-8', size: r.cvText.length, content: Buffer.from(r.cvText) }));
  if (files.length) await database.db.insert(candidateFiles).values(files);
}
const seedMs = Math.round(performance.now() - seeded);

const app = await buildApp({ database, webDist: '/nonexistent' });
const get = async (url: string) => {
  const res = await app.inject({ url, headers: { authorization } });
  if (res.statusCode !== 200) throw new Error(`GET ${url} → ${res.statusCode} ${res.body}`);
  return res.json() as { items: unknown[]; total: number; nextCursor: string | null };
};

async function measure(label: string, run: () => Promise<unknown>, runs = RUNS) {
  await run(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(`${label.padEnd(62)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

console.log(`${database.kind}: ${COUNT} candidates (seeded in ${seedMs} ms), ${RUNS} runs each\n`);
let cursor = '';
for (let page = 0; page < 10; page++) cursor = (await get(`/api/v1/candidates?limit=20${cursor ? `&cursor=${cursor}` : ''}`)).nextCursor ?? '';
const common = await get('/api/v1/candidates?q=kubernetes&limit=20');
const rare = await get('/api/v1/candidates?q=zanzibar&limit=20');
console.log(`matches: "kubernetes" ${common.total}, "zanzibar" ${rare.total}\n`);
await measure('GET /api/v1/candidates (first page, newest)', () => get('/api/v1/candidates?limit=20'));
await measure('GET /api/v1/candidates (page 11 by cursor)', () => get(`/api/v1/candidates?limit=20&cursor=${cursor}`));
await measure('GET /api/v1/candidates?status=offer', () => get('/api/v1/candidates?status=offer&limit=20'));
await measure(`GET ?q=kubernetes (${common.total} matches, 20 CV snippets)`, () => get('/api/v1/candidates?q=kubernetes&limit=20'));
await measure(`GET ?q=zanzibar (${rare.total} matches)`, () => get('/api/v1/candidates?q=zanzibar&limit=20'));
await measure('GET ?q=lovelace kube (a name and a CV prefix)', () => get('/api/v1/candidates?q=lovelace%20kube&limit=20'));
await measure('GET ?q=ku (a two-letter prefix)', () => get('/api/v1/candidates?q=ku&limit=20'));

const lines = Array.from({ length: 45 }, () => cvText(90));
const pdf = makePdf(lines);
const docx = makeDocx(Array.from({ length: 60 }, () => cvText(100)));
console.log('');
await measure(`read a one-page PDF CV (${pdf.byteLength} bytes)`, () => prepareCv('cv.pdf', pdf), 20);
await measure(`read a DOCX CV (${docx.byteLength} bytes, 60 paragraphs)`, () => prepareCv('cv.docx', docx), 20);
await app.close();
await database.close();
