import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/server/db/schema.ts', './src/server/db/auth-schema.ts', './src/server/db/hiring-schema.ts', './src/server/db/practice-schema.ts'],
  out: './src/server/db/migrations',
});
