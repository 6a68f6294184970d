// Starts Candor as a user would get it (embedded database, bundled pack, built web app) on a free
// port, and a headless Chromium with the flags this machine needs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openDatabase, type Database } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createFirstOwner } from '../src/server/features/auth/setup.service';
import { createToken } from '../src/server/features/tokens/token.service';
import { buildApp } from '../src/server/http/app';
import type { App } from '../src/server/routing/app-types';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Credentials {
  email: string;
  password: string;
}

/** The owner the harness sets up, with the bundled pack in their workspace. */
export const OWNER: Credentials & { name: string } = { name: 'Olive Owner', email: 'olive@example.com', password: 'correct horse battery staple' };

export interface Harness {
  baseUrl: string;
  app: App;
  database: Database;
  browser: Browser;
  /** inject() as the owner, with an API token (set-up harnesses only). */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  /**
   * A fresh context and page that records console errors and uncaught exceptions, signed in as
   * the owner unless `as` names someone else or is null (signed out).
   */
  newPage(options?: { width?: number; height?: number; as?: Credentials | null }): Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
  close(): Promise<void>;
}

/** With `setUp: false` the install is fresh: no account yet, as after `npm install && npm start`. */
export async function startHarness({ setUp = true }: { setUp?: boolean } = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const database = await openDatabase({ kind: 'embedded' });
  await migrateDatabase(database);
  const bundledPacksDir = join(process.cwd(), 'content/packs');
  let authorization = '';
  if (setUp)
    authorization = await database.db.transaction(async (tx) => {
      const { userId, workspace } = await createFirstOwner(tx, { ...OWNER, workspaceName: 'Acme hiring', bundledPacksDir });
      return `Bearer ${(await createToken(tx, { workspaceId: workspace.id, userId, name: 'e2e', scope: 'write', createdBy: null })).secret}`;
    });
  const app = await buildApp({ database, webDist: join(process.cwd(), 'dist/web'), bundledPacksDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    baseUrl,
    app,
    database,
    browser,
    inject: (options) => app.inject({ ...options, headers: { authorization, ...(options.headers ?? {}) } }),
    async newPage({ width = 1280, height = 900, as = OWNER } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, baseURL: baseUrl });
      if (as) {
        // The context's request API shares the browser's cookie jar: this signs the page in.
        const response = await context.request.post('/api/v1/auth/sign-in', { data: as, headers: { origin: baseUrl } });
        if (!response.ok()) throw new Error(`sign-in as ${as.email} failed: ${response.status()} ${await response.text()}`);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('dialog', (d) => {
        errors.push(`dialog opened: ${d.message()}`);
        void d.dismiss();
      });
      return { page, context, errors };
    },
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}
