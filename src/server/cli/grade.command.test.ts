// `candor grade` run as teams run it: the real binary as a child process, JSON lines on stdin,
// a bank loaded by `candor user create` into a real database for the lines that name a slug.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeOutput } from '../../core/grader/grade-line';
import { lockDataDir } from '../db/data-dir-lock';
import { createEmptyPostgresDatabase, testDatabaseKind } from '../test/test-database';

const run = promisify(execFile);
const KEYS = ['score', 'gradable', 'covered', 'missed', 'follow_up', 'reason'];
let env: NodeJS.ProcessEnv;
let dataDir: string;
let cleanup: () => Promise<void>;

function candor(args: string[], stdin: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const child = run(process.execPath, ['bin/candor.js', ...args], { env: { ...env, ...extraEnv }, cwd: process.cwd() });
  child.child.stdin!.end(stdin);
  return child.then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const lines = (...values: unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n') + '\n';
const outputs = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as GradeOutput);

const STACK = { question: 'How does a stack differ from a queue?', reference_answer: 'A stack is last in first out, so the most recently pushed element is removed first, while a queue is first in first out.' };
const IDEMPOTENT =
  'The app generates a UUID once per payment and sends it as an Idempotency-Key header, reusing it on every retry. ' +
  'The server inserts the key under a unique constraint with ON CONFLICT DO NOTHING before charging, stores the status code and body, ' +
  'and replays the saved response to any retry; a different body with the same key gets 422, and a retry while the first is still in progress gets 409.';

beforeAll(async () => {
  const pgDatabase = await createEmptyPostgresDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'candor-grade-'));
  env = { ...process.env, CANDOR_DATA_DIR: dataDir, DATABASE_URL: pgDatabase?.url ?? '', CANDOR_LOAD_PACKS: 'true', CANDOR_PACKS_DIR: 'content/packs', LOG_LEVEL: 'silent' };
  cleanup = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await pgDatabase?.drop();
  };
  // The first owner's workspace gets the bundled packs: the bank the slug lines read.
  const setup = await candor(['user', 'create', '--email', 'owner@example.com', '--role', 'owner', '--workspace-name', 'Grading'], 'a long enough password\n');
  expect(setup.code, setup.stderr).toBe(0);
}, 180_000);
afterAll(() => cleanup());

describe('candor grade', () => {
  it('grades question lines without opening any database, every line with exactly the contract keys in order', async () => {
    // A database that cannot be reached: the command must not need one for these lines.
    const result = await candor(['grade'], lines({ ...STACK, answer: 'LIFO: the last element pushed is the first popped; a queue is FIFO.' }, { ...STACK, answer: '' }, { ...STACK, answer: 'fine' }), {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/unreachable',
    });
    expect(result.code, result.stderr).toBe(0);
    const [good, empty, fine] = outputs(result.stdout);
    for (const line of [good, empty, fine]) expect(Object.keys(line!)).toEqual(KEYS);
    expect(good).toMatchObject({ gradable: true, follow_up: null });
    expect(good!.score!).toBeGreaterThanOrEqual(4);
    expect(empty).toEqual({ score: null, gradable: false, covered: [], missed: [], follow_up: null, reason: 'The answer is empty.' });
    expect(fine).toMatchObject({ score: null, gradable: false });
  }, 60_000);

  it('reads bank questions by slug, quotes the answer exactly, and reports invalid lines with a non-zero exit', async () => {
    const input = lines(
      { slug: 'api-idempotency-keys', answer: IDEMPOTENT },
      'this is not json',
      { slug: 'no-such-question', answer: 'anything' },
      { answer: 'a line with no question' },
      { ...STACK, answer: 'Stacks pop the newest item first.', key_points: ['newest item leaves first', { text: 'queue removes the oldest item first', weight: 3, evidence: ['oldest first'] }] },
      { slug: 'api-idempotency-keys', answer: 'I don’t know' },
    );
    const result = await candor(['grade'], input);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('3 lines were not valid input');
    const out = outputs(result.stdout);
    expect(out).toHaveLength(6);
    for (const line of out) expect(Object.keys(line)).toEqual(KEYS);

    const [bank, notJson, unknownSlug, noQuestion, keyPoints, dontKnow] = out as [GradeOutput, GradeOutput, GradeOutput, GradeOutput, GradeOutput, GradeOutput];
    expect(bank.gradable).toBe(true);
    expect(bank.score!).toBeGreaterThanOrEqual(3.5);
    expect(bank.covered.map((c) => c.id)).toEqual(expect.arrayContaining(['client-key', 'atomic-claim', 'store-response']));
    for (const c of bank.covered) {
      expect(Object.keys(c)).toEqual(['id', 'text', 'spans', 'quotes']);
      expect(c.quotes).toEqual(c.spans.map(([s, e]) => IDEMPOTENT.slice(s, e)));
    }
    expect(bank.missed.length).toBeGreaterThan(0);
    for (const m of bank.missed) expect(Object.keys(m)).toEqual(['id', 'text']);
    expect(typeof bank.follow_up).toBe('string');

    expect(notJson).toEqual({ score: null, gradable: false, covered: [], missed: [], follow_up: null, reason: 'invalid input: the line is not JSON' });
    expect(unknownSlug.reason).toBe('invalid input: no question in the bank has the slug "no-such-question"');
    expect(noQuestion.reason).toMatch(/^invalid input: /);
    expect(keyPoints.missed.map((m) => m.id)).toEqual(['kp-2']);
    expect(keyPoints.covered[0]!.id).toBe('kp-1');
    expect(dontKnow).toMatchObject({ score: null, gradable: false });
  }, 60_000);

  it('writes each line as soon as it is graded, before the input ends', async () => {
    const child = spawn(process.execPath, ['bin/candor.js', 'grade'], { env, cwd: process.cwd() });
    const reader = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    try {
      child.stdin!.write(lines({ ...STACK, answer: 'A stack is LIFO and a queue is FIFO.' }));
      const first = JSON.parse((await reader.next()).value as string) as GradeOutput;
      expect(first.gradable).toBe(true);
      // The input is still open: the second answer is only sent once the first came back.
      child.stdin!.write(lines({ slug: 'db-n-plus-one', answer: 'It is the N+1 problem: one query for the orders, then a query per row for customers and items.' }));
      const second = JSON.parse((await reader.next()).value as string) as GradeOutput;
      expect(second.covered.map((c) => c.id)).toContain('identify');
    } finally {
      child.stdin!.end();
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 60_000);

  it.runIf(testDatabaseKind() === 'embedded')('says what to do when the running server holds the embedded database, and still grades question lines', async () => {
    const release = lockDataDir(dataDir);
    try {
      const result = await candor(['grade'], lines({ slug: 'db-n-plus-one', answer: 'N+1 queries' }, { ...STACK, answer: 'LIFO versus FIFO.' }));
      expect(result.code).toBe(1);
      const [slug, question] = outputs(result.stdout);
      expect(slug!.reason).toMatch(/^invalid input: the question bank could not be read: .*in use by another Candor process/);
      expect(result.stderr).toContain('Stop the server and run the command again, or send each line with the question instead');
      expect(question!.gradable).toBe(true);
    } finally {
      release();
    }
  }, 60_000);
});
