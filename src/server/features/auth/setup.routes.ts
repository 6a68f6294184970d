// HTTP adapter for first-run setup: the page behind the one-time link printed at start.
import { z } from 'zod';
import { meSchema, setupBodySchema, setupStatusSchema } from '../../../shared/auth.schema';
import type { App } from '../../routing/app-types';
import { problemResponses } from '../../routing/responses';
import { setCookies } from '../../routing/cookies';
import * as authService from './auth.service';
import { createFirstOwner, setupStatus } from './setup.service';

export async function setupRoutes(app: App) {
  const { authDeps } = app;
  const { db } = authDeps;

  app.get(
    '/api/v1/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['account'],
        summary: 'Whether first-run setup is needed, and whether a setup token is valid',
        querystring: z.object({ token: z.string().max(200).optional() }),
        response: { 200: setupStatusSchema },
      },
    },
    async (request, reply) => reply.header('Cache-Control', 'no-store').send(await setupStatus(db, request.query.token)),
  );

  app.post(
    '/api/v1/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['account'],
        summary: 'Create the first owner and workspace',
        description: 'Needs the token from the link Candor prints at start while no user exists. Signs the new owner in.',
        body: setupBodySchema,
        response: { 201: meSchema, ...problemResponses(400, 403, 410) },
      },
    },
    async (request, reply) => {
      const { token, ...input } = request.body;
      await db.transaction((tx) => createFirstOwner(tx, { ...input, setupToken: token, bundledPacksDir: app.bundledPacksDir, ip: request.ip }));
      app.questionsChanged.emit();
      const { setCookie } = await authService.signIn(authDeps, { email: input.email, password: input.password, ip: request.ip, userAgent: request.headers['user-agent'] });
      setCookies(reply, setCookie);
      return reply.code(201).send(await authService.meOfNewSession(authDeps, setCookie));
    },
  );
}
