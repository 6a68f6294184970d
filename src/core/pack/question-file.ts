// Reads one question file of a pack (YAML front matter + four markdown sections) into question
// content, reporting every problem with the line it is on so `candor pack lint` can point at it.
import { LineCounter, parseDocument, isMap, type Document } from 'yaml';
import { load as loadYamlFast, CORE_SCHEMA } from 'js-yaml';
import { questionContentSchema, type QuestionContent } from '../../shared/question.schema';
import { questionStyleIssues } from './question-style';

export interface PackIssue {
  file: string;
  line: number;
  message: string;
}

export const SECTION_FIELDS = {
  Prompt: 'prompt',
  'Why asked': 'whyAsked',
  Approach: 'approach',
  'Reference answer': 'referenceAnswer',
} as const;
type SectionField = (typeof SECTION_FIELDS)[keyof typeof SECTION_FIELDS];

/** snake_case in files, camelCase in the domain: the only renames between the two. */
const RENAMES: Record<string, string> = {
  key_points: 'keyPoints',
  follow_up: 'followUp',
  follow_ups: 'followUps',
  red_flags: 'redFlags',
  why_asked: 'whyAsked',
  reference_answer: 'referenceAnswer',
};
const UNRENAMES = Object.fromEntries(Object.entries(RENAMES).map(([k, v]) => [v, k]));

function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [RENAMES[k] ?? k, camelKeys(v)]));
  return value;
}

interface Split {
  frontMatter: string;
  body: string;
  bodyStartLine: number;
}

function splitFrontMatter(text: string): Split | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const end = text.indexOf('\n---', 3);
  if (end === -1) return undefined;
  const afterFence = text.indexOf('\n', end + 4);
  const frontMatter = text.slice(4, end + 1);
  const body = afterFence === -1 ? '' : text.slice(afterFence + 1);
  const bodyStartLine = text.slice(0, afterFence + 1).split('\n').length;
  return { frontMatter, body, bodyStartLine };
}

function parseSections(body: string, bodyStartLine: number, file: string, issues: PackIssue[]) {
  const values: Partial<Record<SectionField, string>> = {};
  const lines: Partial<Record<SectionField, number>> = {};
  const order: string[] = [];
  let current: SectionField | undefined;
  let buffer: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current) values[current] = buffer.join('\n').trim();
    buffer = [];
  };
  body.split('\n').forEach((text, i) => {
    if (/^(```|~~~)/.test(text)) inFence = !inFence;
    const heading = !inFence && /^## +(.+?)\s*$/.exec(text);
    if (!heading) {
      if (current) buffer.push(text);
      else if (text.trim() && !inFence)
        issues.push({ file, line: bodyStartLine + i, message: 'text before the first section; start the body with "## Prompt"' });
      return;
    }
    flush();
    const name = heading[1] as keyof typeof SECTION_FIELDS;
    const field = SECTION_FIELDS[name];
    if (!field) {
      issues.push({ file, line: bodyStartLine + i, message: `unknown section "## ${heading[1]}"; sections are ${Object.keys(SECTION_FIELDS).join(', ')}` });
      current = undefined;
      return;
    }
    if (values[field] !== undefined) issues.push({ file, line: bodyStartLine + i, message: `section "## ${name}" appears twice` });
    current = field;
    lines[field] = bodyStartLine + i;
    order.push(name);
  });
  flush();
  const expected = Object.keys(SECTION_FIELDS);
  const present = expected.filter((s) => order.includes(s));
  if (order.length === present.length && present.join() !== order.join())
    issues.push({ file, line: bodyStartLine, message: `sections must come in this order: ${expected.join(', ')}` });
  return { values, lines };
}

/** The 1-based line (within the YAML text) of a path, or of its nearest existing parent. */
export function lineOfPath(doc: Document, counter: LineCounter, path: (string | number)[]): number {
  // Walk down as far as the path exists in the YAML, so a missing field points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth).map((p) => (typeof p === 'string' ? (UNRENAMES[p] ?? p) : p)), true) as
      | { range?: [number, number, number] }
      | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

export interface ParsedQuestionFile {
  question?: QuestionContent;
  issues: PackIssue[];
}

/**
 * Parses a question file; `question` is set only when there are no issues. Lines are 1-based.
 * With `strict`, the content-style rules apply too and the slug must match `expectedSlug`.
 */
export function parseQuestionFile(
  file: string,
  rawText: string,
  options: { strict?: boolean; expectedSlug?: string } = {},
): ParsedQuestionFile {
  return parseFast(file, rawText, options) ?? parseWithLines(file, rawText, options);
}

/**
 * The fast path: js-yaml is about ten times quicker than yaml but knows no node positions. A file
 * it reads that also passes every check is done; anything else goes to parseWithLines, which is
 * the authority on problems and their lines. Both read YAML 1.2's core schema.
 */
function parseFast(file: string, rawText: string, options: { strict?: boolean; expectedSlug?: string }): ParsedQuestionFile | undefined {
  const split = splitFrontMatter(rawText.replace(/\r\n?/g, '\n'));
  if (!split) return undefined;
  let meta: unknown;
  try {
    meta = loadYamlFast(split.frontMatter, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return undefined;
  const issues: PackIssue[] = [];
  const { values } = parseSections(split.body, split.bodyStartLine, file, issues);
  const camel = camelKeys(meta) as Record<string, unknown>;
  if (issues.length || Object.values(SECTION_FIELDS).some((f) => f in camel || values[f] === undefined)) return undefined;
  const result = questionContentSchema.safeParse({ ...camel, ...values });
  if (!result.success) return undefined;
  if (options.strict && questionStyleIssues(result.data, options.expectedSlug).length) return undefined;
  return { question: result.data, issues: [] };
}

/** The thorough path, exported for the test that holds both paths to the same answers. */
export function parseWithLines(file: string, rawText: string, options: { strict?: boolean; expectedSlug?: string }): ParsedQuestionFile {
  const text = rawText.replace(/\r\n?/g, '\n');
  const issues: PackIssue[] = [];
  const split = splitFrontMatter(text);
  if (!split) return { issues: [{ file, line: 1, message: 'missing YAML front matter: the file must start with a line "---" and close it with another' }] };

  const counter = new LineCounter();
  const doc = parseDocument(split.frontMatter, { lineCounter: counter, uniqueKeys: true });
  for (const err of [...doc.errors, ...doc.warnings]) {
    // yaml counts lines from 1 within the front matter, which starts on the file's line 2.
    issues.push({ file, line: (err.linePos?.[0]?.line ?? 1) + 1, message: `YAML: ${err.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return { issues };
  if (!isMap(doc.contents)) return { issues: [{ file, line: 2, message: 'the front matter must be a YAML mapping of fields' }] };

  const meta = camelKeys(doc.toJS()) as Record<string, unknown>;
  const { values, lines } = parseSections(split.body, split.bodyStartLine, file, issues);
  const candidate = { ...meta, ...values };
  for (const [name, field] of Object.entries(SECTION_FIELDS)) {
    if (field in meta) issues.push({ file, line: 1 + lineOfPath(doc, counter, [field]), message: `"${UNRENAMES[field] ?? field}" belongs in the "## ${name}" section, not the front matter` });
    if (values[field] === undefined) issues.push({ file, line: split.bodyStartLine, message: `missing section "## ${name}"` });
  }

  const result = questionContentSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [head] = issue.path;
      const sectionLine = lines[head as SectionField];
      const line = sectionLine ?? 1 + lineOfPath(doc, counter, issue.path as (string | number)[]);
      issues.push({ file, line, message: `${displayPath(issue.path as (string | number)[])}: ${issue.message}` });
    }
  }
  if (result.success && options.strict) {
    for (const style of questionStyleIssues(result.data, options.expectedSlug)) {
      const sectionLine = lines[style.path[0] as SectionField];
      const line = sectionLine ?? 1 + lineOfPath(doc, counter, style.path);
      issues.push({ file, line, message: `${displayPath(style.path)}: ${style.message}` });
    }
  }
  return issues.length ? { issues: sortIssues(issues) } : { question: result.data, issues };
}

function sortIssues(issues: PackIssue[]) {
  return [...issues].sort((a, b) => a.line - b.line);
}

export function displayPath(path: (string | number)[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${UNRENAMES[p] ?? p}`))
    .join('') || 'question';
}

