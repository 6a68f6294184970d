// The browser tests need the built web app: build it once per run, as `npm start` would. Vitest
// sets NODE_ENV=test, and Vite honours an existing NODE_ENV, which would build React's
// development bundle: the tests must see what users get.
import { build } from 'vite';

export default async function setup() {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
