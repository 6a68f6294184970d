// Deny by default. Every route declares in its config the access it needs: 'public', 'signed-in'
// or an action from core's permission table. A route that declares nothing is closed to everyone
// (and the authorization-matrix test fails on it). This hook also resolves who is asking — an API
// token or a session cookie — and refuses cross-site writes made with a cookie (CSRF).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors';
import { can } from '../../core/auth/permissions';
import type { Action } from '../../shared/auth.schema';
import type { App } from '../routing/app-types';
import type { Actor } from '../routing/actor';
import { resolveSession, type AuthDeps } from '../features/auth/auth.service';
import { authenticateToken } from '../features/tokens/token.service';
import { AUTH_CHANGED_CHANNEL, TokenCache } from '../features/tokens/token-cache';

export type Access = 'public' | 'signed-in' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export interface RouteAccess {
  method: string;
  url: string;
  access: Access | undefined;
}

/** Routes registered by plugins rather than by Candor: the API docs and the web app's assets. */
const PLUGIN_PUBLIC_PREFIXES = ['/api/docs', '/assets/'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_COOKIE = 'candor.session_token=';

/**
 * A cookie-authenticated write must come from Candor's own pages. Browsers send Sec-Fetch-Site
 * (and Origin) on every fetch; a cross-site form or script cannot forge either.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site) return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin ?? request.headers.referer;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host === new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return false;
  }
}

async function resolveActor(request: FastifyRequest, reply: FastifyReply, deps: AuthDeps, tokens: TokenCache): Promise<Actor | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const [scheme, secret] = authorization.split(' ');
    const token = scheme?.toLowerCase() === 'bearer' && secret ? await authenticateToken(deps.db, secret.trim(), request.ip, tokens) : undefined;
    if (!token) throw new AppError('unauthenticated', 'The API token is not valid or was revoked. Send Authorization: Bearer <token>.');
    return { ...token, via: 'token', sessionId: null };
  }
  const cookie = request.headers.cookie;
  if (!cookie?.includes(SESSION_COOKIE)) return null;
  const { value, setCookie } = await resolveSession(deps, cookie);
  if (setCookie.length) reply.header('set-cookie', setCookie);
  return value && { ...value, via: 'session', tokenId: null, scope: 'write' };
}

export async function registerAccessControl(app: App, deps: AuthDeps): Promise<RouteAccess[]> {
  const routes: RouteAccess[] = [];
  const tokens = new TokenCache();
  // Token revocations and role changes, here or in another instance, arrive as NOTIFY at commit.
  app.authChanged.subscribe(() => tokens.clear());
  const unlisten = await app.database.listen(AUTH_CHANGED_CHANNEL, () => app.authChanged.emit());
  app.addHook('onClose', async () => unlisten());
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (!route.config?.access && PLUGIN_PUBLIC_PREFIXES.some((p) => route.url.startsWith(p))) route.config = { ...route.config, access: 'public' };
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, access: route.config?.access });
  });

  app.addHook('onRequest', async (request, reply) => {
    const access: Access | undefined = request.is404 ? 'public' : request.routeOptions.config.access;
    if (!access) throw new AppError('forbidden', 'This route declares no access rule, so it is closed to everyone.');
    request.actor = await resolveActor(request, reply, deps, tokens);
    if (!request.is404 && !SAFE_METHODS.has(request.method) && request.actor?.via !== 'token' && !isSameOrigin(request))
      throw new AppError('csrf_rejected', 'This request did not come from a Candor page. Reload the page and try again; scripts should use an API token.');
    if (access === 'public') return;
    const actor = request.actor;
    if (!actor) throw new AppError('unauthenticated', 'Sign in first.');
    if (access === 'signed-in') return;
    if (!actor.role) throw new AppError('forbidden', 'You are not a member of any workspace yet. Ask an admin for an invitation.');
    if (!can(actor.role, access, actor.scope))
      throw new AppError('forbidden', actor.scope === 'read' && can(actor.role, access) ? 'This API token is read-only.' : `Your role (${actor.role}) does not allow this.`);
  });
  return routes;
}
