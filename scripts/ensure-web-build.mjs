// `npm start` runs this first: builds the web app when dist/web is missing or older than its
// sources, so a fresh clone starts with one command and a restart skips the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const output = join(root, 'dist/web/index.html');
const inputs = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'].map((p) => join(root, p));

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const builtAt = existsSync(output) ? statSync(output).mtimeMs : 0;
if (builtAt && Math.max(...inputs.map(newest)) <= builtAt) process.exit(0);

console.error(builtAt ? 'The web app changed: rebuilding it…' : 'Building the web app (first start only)…');
const { build } = await import('vite');
await build({ root: join(root, 'src/web'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
