// Lint keeps the layer rule of ARCHITECTURE.md true:
// shared ← core ← server/features ← server/{http,jobs,cli} ← server/main; web → shared only.
import tseslint from 'typescript-eslint';

const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  restrict(['src/shared/**'], [
    { group: ['**/core/**', '**/server/**', '**/web/**'], message: 'shared imports nothing else (layer rule).' },
  ]),
  restrict(['src/core/**'], [
    { group: ['**/server/**', '**/web/**'], message: 'core is pure: it imports only shared (layer rule).' },
    { group: ['node:fs', 'node:fs/*', 'node:net', 'node:http', 'pg', '@electric-sql/*', 'fastify', 'drizzle-orm', 'drizzle-orm/*'], message: 'core does no I/O.' },
  ]),
  // Tests of core may read fixture files; the layer rule still holds for them.
  restrict(['src/core/**/*.test.ts'], [
    { group: ['**/server/**', '**/web/**'], message: 'core is pure: it imports only shared (layer rule).' },
  ]),
  restrict(['src/server/features/**'], [
    { group: ['**/http/**', '**/jobs/**', '**/cli/**', '**/web/**', '**/main'], message: 'features sit below http, jobs and cli (layer rule).' },
    { group: ['../*/*.repo', '../../features/*/*.repo'], message: 'a feature may call another feature\'s service, not its repository.' },
  ]),
  restrict(['src/server/http/**', 'src/server/jobs/**', 'src/server/cli/**'], [
    { group: ['**/*.repo'], message: 'adapters call services, never repositories.' },
    { group: ['**/web/**'], message: 'the server does not import the web app.' },
  ]),
  restrict(['src/web/**'], [
    { group: ['**/server/**', '**/core/**'], message: 'the web app imports only shared (layer rule).' },
  ]),
  {
    files: ['src/server/cli/**', 'bench/**', 'scripts/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
