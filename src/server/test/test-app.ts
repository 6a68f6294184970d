// An app on a fresh test database, driven with inject(): the API as a client sees it, in process.
import { Writable } from 'node:stream';
import { buildApp } from '../http/app';
import { createLogger } from '../logger';
import type { App } from '../routing/app-types';
import type { QuestionContentInput } from '../../shared/question.schema';
import { openTestDatabase } from './test-database';

export interface TestApp {
  app: App;
  database: Awaited<ReturnType<typeof openTestDatabase>>;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/** `beforeReady` may add routes (a test-only failing route, say) before the app starts. */
export async function createTestApp(options: { webDist?: string; beforeReady?: (app: App) => void } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const app = await buildApp({ database, logger: createLogger('info', sink), webDist: options.webDist ?? '/nonexistent' });
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    database,
    logs,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

let counter = 0;
/** A valid question; `slug` is unique per call so tests isolate by data. */
export function sampleQuestion(overrides: Partial<QuestionContentInput> = {}): QuestionContentInput {
  counter++;
  return {
    slug: `sample-question-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    title: `Sample question number ${counter}`,
    type: 'technical',
    category: 'API Design',
    difficulty: 'medium',
    tags: ['sample'],
    minutes: 10,
    prompt: 'How would you make **this** endpoint safe to retry?',
    whyAsked: 'Retries are unavoidable.',
    approach: 'Start from what the client knows.',
    referenceAnswer: 'Use an idempotency key stored with the response.',
    keyPoints: [{ id: 'client-key', text: 'Client sends a key', weight: 3, evidence: ['idempotency key', 'unique request id'], followUp: 'Who makes the key?' }],
    anchors: { 1: 'No idea.', 2: 'Vague.', 3: 'Key and replay.', 4: 'Adds transactions.', 5: 'Adds concurrency.' },
    followUps: [{ prompt: 'What if two retries race?', keyPoints: ['client-key'] }],
    redFlags: [{ text: 'Dedupe on amount', evidence: ['same amount'] }],
    ...overrides,
  };
}
