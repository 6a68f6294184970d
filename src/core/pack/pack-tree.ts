// A pack as a tree of files (a folder on disk, or a zip) → PackContent, with every problem
// reported by file and line. Pure: the caller reads the files.
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { kitFileSchema, packManifestSchema, type KitFile, type PackContent, type PackManifest } from '../../shared/pack.schema';
import type { QuestionContent } from '../../shared/question.schema';
import { kitIssues } from './kit-rules';
import { displayPath, lineOfPath, parseQuestionFile, type PackIssue } from './question-file';

export interface ParsedPack {
  pack?: PackContent;
  /** Questions that parsed, even when the pack as a whole has issues (for reports). */
  questions: QuestionContent[];
  issues: PackIssue[];
}

/** A YAML file validated by a schema; `lineOf` finds the line of a path for later checks. */
function parseYamlFile<T extends z.ZodType>(file: string, text: string, schema: T, issues: PackIssue[]) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const lineOf = (path: (string | number)[]) => lineOfPath(doc, counter, path);
  if (doc.errors.length) {
    for (const e of doc.errors) issues.push({ file, line: e.linePos?.[0]?.line ?? 1, message: `YAML: ${e.message.split('\n')[0]}` });
    return { lineOf };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { value: result.data as z.output<T>, lineOf };
  for (const i of result.error.issues)
    issues.push({ file, line: lineOf(i.path as (string | number)[]), message: `${displayPath(i.path as (string | number)[])}: ${i.message}` });
  return { lineOf };
}

const baseName = (path: string) => path.split('/').pop()!.replace(/\.[^.]+$/, '');

/**
 * Parses pack.yaml, questions/*.md and kits/*.yaml. `strict` applies content-style.md to the
 * questions (for packs shipped with Candor); imports of other teams' packs use the API's rules.
 */
export function parsePackTree(files: ReadonlyMap<string, string>, options: { strict: boolean; root?: string }): ParsedPack {
  const issues: PackIssue[] = [];
  const at = (path: string) => (options.root ? `${options.root}/${path}` : path);
  let manifest: PackManifest | undefined;
  const manifestText = files.get('pack.yaml');
  if (manifestText === undefined) issues.push({ file: at('pack.yaml'), line: 1, message: 'missing pack.yaml (id, name, version, description, license, authors)' });
  else manifest = parseYamlFile(at('pack.yaml'), manifestText, packManifestSchema, issues).value;

  const questions: QuestionContent[] = [];
  const questionFiles = [...files.keys()].filter((p) => /^questions\/[^/]+\.md$/.test(p)).sort();
  if (!questionFiles.length) issues.push({ file: at('questions/'), line: 1, message: 'no question files (questions/<slug>.md)' });
  const seen = new Map<string, string>();
  for (const path of questionFiles) {
    const parsed = parseQuestionFile(at(path), files.get(path)!, { strict: options.strict, expectedSlug: baseName(path) });
    issues.push(...parsed.issues);
    if (!parsed.question) continue;
    const other = seen.get(parsed.question.slug);
    if (other) issues.push({ file: at(path), line: 2, message: `slug "${parsed.question.slug}" is also used by ${other}` });
    seen.set(parsed.question.slug, path);
    questions.push(parsed.question);
  }

  const minutesBySlug = new Map(questions.map((q) => [q.slug, q.minutes]));
  const kits: KitFile[] = [];
  for (const path of [...files.keys()].filter((p) => /^kits\/[^/]+\.ya?ml$/.test(p)).sort()) {
    const { value: kit, lineOf } = parseYamlFile(at(path), files.get(path)!, kitFileSchema, issues);
    if (!kit) continue;
    for (const issue of kitIssues(kit, minutesBySlug, baseName(path)))
      issues.push({ file: at(path), line: lineOf(issue.path), message: `${displayPath(issue.path)}: ${issue.message}` });
    kits.push(kit);
  }
  if (issues.length || !manifest) return { questions, issues };
  return { pack: { manifest, questions, kits }, questions, issues };
}
