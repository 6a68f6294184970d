// Reads packs from disk. Parsing and validation are core's; this file only does the I/O.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parsePackTree } from '../../../core/pack/pack-tree';
import { readPackFile } from '../../../core/pack/pack-file';
import { readMarkdownBank } from '../../../core/pack/foreign-markdown';
import { basename } from 'node:path';
import type { PackIssue } from '../../../core/pack/question-file';
import type { PackContent } from '../../../shared/pack.schema';
import type { QuestionContent } from '../../../shared/question.schema';

export interface PackOnDisk {
  dir: string;
  pack?: PackContent;
  questions: QuestionContent[];
  issues: PackIssue[];
}

const MAX_FILES = 20_000;
const displayPath = (p: string) => relative(process.cwd(), p) || p;

/** Files read at once: one at a time left the disk idle between awaits (a second per 10,000 files). */
const READ_CONCURRENCY = 32;

async function readTree(dir: string): Promise<Map<string, string>> {
  const paths: string[] = [];
  const walk = async (sub: string) => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(path);
      else if (entry.isFile() && /\.(md|ya?ml)$/.test(entry.name) && paths.length < MAX_FILES) paths.push(path);
    }
  };
  await walk('');
  const texts = new Array<string>(paths.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < paths.length; i = next++) texts[i] = await readFile(join(dir, paths[i]!), 'utf8');
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, reader));
  return new Map(paths.map((path, i) => [path, texts[i]!]));
}

/** Reads a pack folder. `strict` (the default) applies content-style.md, as for bundled packs. */
export async function readPackDir(dir: string, options: { strict?: boolean } = {}): Promise<PackOnDisk> {
  return parseDirTree(dir, await readTree(dir), options.strict ?? true);
}

const parseDirTree = (dir: string, tree: Map<string, string>, strict: boolean): PackOnDisk => ({
  dir,
  ...parsePackTree(tree, { strict, root: displayPath(dir) }),
});

/** A pack from a folder, zip, JSON or CSV path, read by the rules for imports. */
export async function readPackSource(path: string, options: { packId?: string } = {}): Promise<{ pack?: PackContent; issues: PackIssue[] }> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return { issues: [{ file: displayPath(path), line: 1, message: 'no such file or folder' }] };
  if (info.isDirectory()) {
    const tree = await readTree(path);
    if (!tree.has('pack.yaml')) return readMarkdownBank(tree, options.packId ?? basename(path), displayPath(path));
    return parseDirTree(path, tree, false);
  }
  return readPackFile(displayPath(path), new Uint8Array(await readFile(path)), { strict: false, packId: options.packId });
}

/** The pack folders under a directory: each subfolder that has a pack.yaml. */
export async function listPackDirs(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => join(root, e.name));
  const withManifest = await Promise.all(dirs.map(async (d) => ((await stat(join(d, 'pack.yaml')).catch(() => undefined)) ? d : undefined)));
  return withManifest.filter((d): d is string => Boolean(d)).sort();
}
