// Reads a pack folder from disk. Parsing and validation are core's; this file only does the I/O.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { parseQuestionFile, type PackIssue } from '../../../core/pack/question-file';
import { packManifestSchema, type PackManifest } from '../../../shared/pack.schema';
import type { QuestionContent } from '../../../shared/question.schema';

export interface PackOnDisk {
  dir: string;
  manifest?: PackManifest;
  questions: QuestionContent[];
  issues: PackIssue[];
}

const exists = async (path: string) => readFile(path).then(() => true, () => false);

/** Reads pack.yaml and questions/*.md; every problem found is in `issues`, with file and line. */
export async function readPackDir(dir: string): Promise<PackOnDisk> {
  const issues: PackIssue[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;
  const manifestPath = join(dir, 'pack.yaml');
  let manifest: PackManifest | undefined;
  if (!(await exists(manifestPath))) {
    issues.push({ file: rel(manifestPath), line: 1, message: 'missing pack.yaml (id, name, version, description, license, authors)' });
  } else {
    const doc = parseDocument(await readFile(manifestPath, 'utf8'));
    if (doc.errors.length) {
      for (const e of doc.errors) issues.push({ file: rel(manifestPath), line: e.linePos?.[0]?.line ?? 1, message: `YAML: ${e.message.split('\n')[0]}` });
    } else {
      const result = packManifestSchema.safeParse(doc.toJS());
      if (result.success) manifest = result.data;
      else for (const i of result.error.issues) issues.push({ file: rel(manifestPath), line: 1, message: `${i.path.join('.') || 'pack'}: ${i.message}` });
    }
  }

  const questionsDir = join(dir, 'questions');
  const files = (await readdir(questionsDir).catch(() => [] as string[])).filter((f) => f.endsWith('.md')).sort();
  if (!files.length) issues.push({ file: rel(questionsDir), line: 1, message: 'no question files (questions/<slug>.md)' });
  const questions: QuestionContent[] = [];
  for (const file of files) {
    const path = join(questionsDir, file);
    const parsed = parseQuestionFile(rel(path), await readFile(path, 'utf8'), { strict: true, expectedSlug: basename(file, '.md') });
    issues.push(...parsed.issues);
    if (parsed.question) questions.push(parsed.question);
  }
  return { dir, manifest, questions, issues };
}

/** The pack folders under a directory: each subfolder that has a pack.yaml. */
export async function listPackDirs(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => join(root, e.name));
  const withManifest = await Promise.all(dirs.map(async (d) => ((await exists(join(d, 'pack.yaml'))) ? d : undefined)));
  return withManifest.filter((d): d is string => Boolean(d)).sort();
}
