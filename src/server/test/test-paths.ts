import { join } from 'node:path';

export const TEMPLATE_DIR = join(process.cwd(), '.tmp');
export const TEMPLATE_FILE = join(TEMPLATE_DIR, 'pglite-template.tar');
export const PG_TEMPLATE_DB = 'candor_test_template';

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
