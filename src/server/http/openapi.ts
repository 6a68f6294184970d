// The OpenAPI 3.1 document is generated from the route schemas; /api/docs renders it with the
// swagger-ui assets that ship inside the npm package (nothing is fetched from elsewhere).
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { App } from '../routing/app-types';

export async function registerOpenApi(app: App, version: string) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Candor API',
        version,
        description:
          'The question bank of Candor. Errors are RFC 9457 application/problem+json with a stable `code`. ' +
          'Every response carries X-Request-Id.',
      },
      servers: [{ url: '/' }],
      tags: [
        { name: 'questions', description: 'The question bank' },
        { name: 'packs', description: 'Question packs: import and list' },
        { name: 'candidates', description: 'Candidates and their CVs' },
        { name: 'health', description: 'Liveness and readiness' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null, deepLinking: true },
  });
  app.get('/api/v1/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
