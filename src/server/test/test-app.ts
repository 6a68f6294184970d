// An app on a fresh test database, driven with inject(): the API as a client sees it, in process.
import { Writable } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildAppOptions } from '../http/app';
import type { Role, TokenScope } from '../../shared/auth.schema';
import { createFirstOwner } from '../features/auth/setup.service';
import { createUser } from '../features/auth/auth.service';
import { createToken } from '../features/tokens/token.service';
import { addMember, createWorkspace } from '../features/workspaces/workspace.service';
import { createLogger } from '../logger';
import type { App } from '../routing/app-types';
import type { QuestionContentInput } from '../../shared/question.schema';
import { openTestDatabase } from './test-database';

/** A person with an account in a test workspace, and an API token acting as them. */
export interface TestUser {
  userId: string;
  email: string;
  password: string;
  role: Role;
  workspaceId: string;
  /** `Authorization: Bearer …` of a write-scoped token acting as this user. */
  auth: { authorization: string };
}

export interface TestApp {
  app: App;
  database: Awaited<ReturnType<typeof openTestDatabase>>;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  /** The owner of the test workspace, made through first-run setup. */
  owner: TestUser;
  workspaceId: string;
  /** inject() as the owner (with their API token) unless the options carry their own authorization or cookie. */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Another member of a workspace (the test workspace by default). */
  addUser(role: Role, options?: { workspaceId?: string; scope?: TokenScope }): Promise<TestUser>;
  /** A second workspace with its own owner, to check that workspaces cannot see each other. */
  addWorkspace(name?: string): Promise<TestUser>;
  /** Signs in through the API and returns the Cookie header value of the new session. */
  signIn(user: Pick<TestUser, 'email' | 'password'>): Promise<string>;
  close(): Promise<void>;
}

/** The Origin a browser on the test app's pages sends: cookie-authenticated writes need it (CSRF). */
export const TEST_ORIGIN = 'http://localhost';
export const TEST_PASSWORD = 'correct horse battery staple';
let userCounter = 0;

/** `beforeReady` may add routes (a test-only failing route, say) before the app starts. */
export async function createTestApp(
  options: { webDist?: string; beforeReady?: (app: App) => void } & Pick<BuildAppOptions, 'mailer' | 'publicUrl' | 'sessionIdleMinutes' | 'sessionMaxHours'> = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const app = await buildApp({
    database,
    logger: createLogger('info', sink),
    webDist: options.webDist ?? '/nonexistent',
    mailer: options.mailer,
    publicUrl: options.publicUrl,
    sessionIdleMinutes: options.sessionIdleMinutes,
    sessionMaxHours: options.sessionMaxHours,
  });
  options.beforeReady?.(app);
  await app.ready();
  const { db } = database;

  const tokenFor = async (workspaceId: string, userId: string, scope: TokenScope = 'write') =>
    `Bearer ${(await createToken(db, { workspaceId, userId, name: 'test', scope, createdBy: null })).secret}`;
  const newEmail = (role: string) => `${role}-${process.pid}-${++userCounter}@example.com`;

  const ownerEmail = newEmail('owner');
  const { userId, workspace } = await db.transaction((tx) =>
    createFirstOwner(tx, { name: 'Olive Owner', email: ownerEmail, password: TEST_PASSWORD, workspaceName: 'Test team', bundledPacksDir: null }),
  );
  const owner: TestUser = { userId, email: ownerEmail, password: TEST_PASSWORD, role: 'owner', workspaceId: workspace.id, auth: { authorization: await tokenFor(workspace.id, userId) } };

  const addUser: TestApp['addUser'] = async (role, { workspaceId = workspace.id, scope = 'write' } = {}) => {
    const email = newEmail(role);
    const user = await createUser(db, { name: `${role} person`, email, password: TEST_PASSWORD });
    await addMember(db, { workspaceId, userId: user.id, role });
    return { userId: user.id, email, password: TEST_PASSWORD, role, workspaceId, auth: { authorization: await tokenFor(workspaceId, user.id, scope) } };
  };

  return {
    app,
    database,
    logs,
    owner,
    workspaceId: workspace.id,
    inject: (opts) => {
      const headers = { ...(opts.headers ?? {}) } as Record<string, string>;
      if (!('authorization' in headers) && !('cookie' in headers)) headers.authorization = owner.auth.authorization;
      return app.inject({ ...opts, headers });
    },
    addUser,
    async addWorkspace(name = 'Other team') {
      const email = newEmail('other-owner');
      const user = await createUser(db, { name: 'Other owner', email, password: TEST_PASSWORD });
      const created = await createWorkspace(db, { name, ownerUserId: user.id });
      return { userId: user.id, email, password: TEST_PASSWORD, role: 'owner' as const, workspaceId: created.id, auth: { authorization: await tokenFor(created.id, user.id) } };
    },
    async signIn(user) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { origin: TEST_ORIGIN }, payload: { email: user.email, password: user.password } });
      if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
      return [response.headers['set-cookie']].flat().map((c) => String(c).split(';')[0]).join('; ');
    },
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
