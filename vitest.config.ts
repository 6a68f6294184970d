// `npm test`: core and shared units, the server's suites on embedded PostgreSQL (PGlite) and, when
// TEST_DATABASE_URL is set, the same database suites again on that PostgreSQL server; plus the
// web app's component tests in jsdom. Browser tests are separate (vitest.e2e.config.ts).
import { defineConfig } from 'vitest/config';

const serverProject = (name: 'embedded' | 'postgres', env: Record<string, string>) => ({
  test: {
    name,
    environment: 'node' as const,
    include: ['src/core/**/*.test.ts', 'src/shared/**/*.test.ts', 'src/server/**/*.test.ts'],
    globalSetup: [`src/server/test/global-setup.${name}.ts`],
    env,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      serverProject('embedded', { CANDOR_TEST_DB: 'embedded' }),
      ...(process.env.TEST_DATABASE_URL ? [serverProject('postgres', { CANDOR_TEST_DB: 'postgres' })] : []),
      {
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/web/**/*.test.tsx', 'src/web/**/*.test.ts'],
          setupFiles: ['src/web/test/setup.ts'],
        },
      },
    ],
  },
});
