// One uploaded or named file → a pack, by its kind: a zip of a pack folder, Candor's JSON, or a
// CSV of questions. Pure (bytes in), so the CLI and the HTTP API read packs the same way.
import { unzipSync, strFromU8 } from 'fflate';
import type { PackIssue } from './question-file';
import { parsePackTree } from './pack-tree';
import { readPackJson, readQuestionsCsv, type ReadResult } from './pack-readers';
import { readMarkdownBank } from './foreign-markdown';

const nameOf = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
const MAX_ZIP_ENTRIES = 20_000;

/** The folder inside a zip that holds pack.yaml (zips often wrap everything in one top folder). */
function rootOf(paths: string[]): string {
  const manifest = paths.filter((p) => /(^|\/)pack\.yaml$/.test(p)).sort((a, b) => a.length - b.length)[0];
  return manifest ? manifest.slice(0, -'pack.yaml'.length) : '';
}

function readPackZip(file: string, bytes: Uint8Array, options: { strict: boolean; packId?: string }): ReadResult {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') && !f.name.startsWith('__MACOSX/') });
  } catch (e) {
    return { issues: [{ file, line: 1, message: `not a readable zip: ${(e as Error).message}` }] };
  }
  const paths = Object.keys(entries);
  if (paths.length > MAX_ZIP_ENTRIES) return { issues: [{ file, line: 1, message: `the zip holds ${paths.length} files; at most ${MAX_ZIP_ENTRIES}` }] };
  const root = rootOf(paths);
  if (!paths.some((p) => /(^|\/)pack\.yaml$/.test(p))) {
    const all = new Map(paths.filter((p) => /\.(md|markdown)$/i.test(p)).map((p) => [p, strFromU8(entries[p]!)]));
    return readMarkdownBank(all, options.packId ?? nameOf(file), file);
  }
  const tree = new Map<string, string>();
  for (const path of paths) if (path.startsWith(root)) tree.set(path.slice(root.length), strFromU8(entries[path]!));
  const parsed = parsePackTree(tree, { strict: options.strict, root: `${file}:${root.replace(/\/$/, '')}`.replace(/:$/, '') });
  return { ...(parsed.pack ? { pack: parsed.pack } : {}), issues: parsed.issues };
}

/** Reads a pack from one file's bytes, by its extension; `packId` names a CSV's pack. */
export function readPackFile(file: string, bytes: Uint8Array, options: { strict?: boolean; packId?: string } = {}): ReadResult {
  const lower = file.toLowerCase();
  const text = () => strFromU8(bytes);
  if (lower.endsWith('.zip')) return readPackZip(file, bytes, { strict: options.strict ?? false, packId: options.packId });
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return readMarkdownBank(new Map([['README.md', text()]]), options.packId ?? nameOf(file), file);
  if (lower.endsWith('.json')) return readPackJson(file, text());
  if (lower.endsWith('.csv')) return readQuestionsCsv(file, text(), options.packId ?? file.replace(/^.*\//, '').replace(/\.csv$/i, ''));
  const issue: PackIssue = { file, line: 1, message: `cannot read "${file}": give a pack folder, or a .zip, .json, .csv or .md file` };
  return { issues: [issue] };
}
