// Serves the built web app (dist/web): hashed assets cached for a year, and index.html for the
// app's own pages. Unknown API paths never fall through to HTML: they get a problem+json 404.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../routing/app-types';
import { sendProblem } from '../routing/problem';

/** The web app's own routes; anything else that asks for HTML gets index.html with a 404 status. */
const PAGE_ROUTES = [/^\/$/, /^\/questions(\/[^/]+)?\/?$/, /^\/practice(\/progress|\/shared)?\/?$/, /^\/practice\/sessions\/[^/]+(\/report)?\/?$/, /^\/import\/?$/, /^\/kits(\/[^/]+)?\/?$/, /^\/account\/?$/, /^\/interviews(\/new|\/[0-9a-f-]{36}(\/live|\/edit)?)?\/?$/, /^\/candidates(\/new|\/[0-9a-f-]{36})?\/?$/, /^\/candidates\/[0-9a-f-]{36}\/debrief(\/print)?\/?$/, /^\/calibration\/?$/, /^\/settings(\/[a-z-]+)?\/?$/];
/** Pages anyone may load: signing in, first-run setup, accepting an invitation. */
const PUBLIC_PAGES = [/^\/sign-in\/?$/, /^\/setup\/?$/, /^\/join\/[^/]+\/?$/];

// The app is React: it renders user content as text or through a sanitising markdown renderer, and
// this policy makes sure nothing injected could run even if that failed.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function registerWebApp(app: App, webDist: string) {
  const indexPath = join(webDist, 'index.html');
  const hasBuild = existsSync(indexPath);
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: join(webDist, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
    });
  }
  const indexHtml = hasBuild ? readFileSync(indexPath, 'utf8') : undefined;

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    const isApi = path.startsWith('/api/') || path === '/api';
    if (request.method !== 'GET' || isApi || !wantsHtml)
      return sendProblem(request, reply, 'route_not_found', `There is no route ${request.method} ${path}.`);
    if (!indexHtml)
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built. Run `npm run build:web` (npm start does this for you), then reload.');
    const isPublic = PUBLIC_PAGES.some((r) => r.test(path));
    const known = isPublic || PAGE_ROUTES.some((r) => r.test(path));
    // Everything but the public pages is behind sign-in: send visitors to sign in, then back.
    if (known && !isPublic && !request.actor) return reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`, 302);
    return reply
      .code(known ? 200 : 404)
      .header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(indexHtml);
  });
}
