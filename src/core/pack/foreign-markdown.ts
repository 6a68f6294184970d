// Question banks as found in public repositories, without Candor's front matter:
//  - one README of questions, each a heading or list item followed by a <details> answer, grouped
//    under category headings;
//  - a folder of one-question files: the first heading is the question, the rest the answer, the
//    folder the category.
// Each question gets sensible defaults (technical, medium unless the text says otherwise,
// 10 minutes); whatever cannot be read is refused with the reason, never half-imported.
import { packManifestSchema, type PackContent } from '../../shared/pack.schema';
import { questionContentSchema, type QuestionContent } from '../../shared/question.schema';
import type { PackIssue } from './question-file';
import type { ReadResult } from './pack-readers';
import { slugify, uniqueSlug } from './slugs';

interface Draft {
  question: string;
  answer: string;
  category: string;
  file: string;
  line: number;
}

const DIFFICULTY_HINT = /\((easy|medium|hard|junior|mid|senior)\)|\[(easy|medium|hard)\]|\b(easy|medium|hard):/i;
const HINTS: Record<string, QuestionContent['difficulty']> = { easy: 'easy', junior: 'easy', medium: 'medium', mid: 'medium', hard: 'hard', senior: 'hard' };

function cleanQuestion(text: string) {
  return text
    .replace(/^#+\s*/, '')
    .replace(/^(\d+[.)]|[-*+])\s+/, '')
    .replace(/^(q(uestion)?\s*\d*[:.])\s*/i, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

/** Drafts from a README whose answers sit in <details> blocks. */
function draftsFromDetailsReadme(file: string, text: string): Draft[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const drafts: Draft[] = [];
  let category = '';
  let lastCandidate: { text: string; line: number; headingLevel?: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (/^\s*<details/i.test(line)) {
      const start = i;
      const body: string[] = [];
      const inline = line.replace(/^\s*<details[^>]*>/i, '');
      if (inline.trim()) body.push(inline);
      while (i + 1 < lines.length && !/<\/details>/i.test(lines[i]!)) body.push(lines[++i]!);
      const answer = body
        .join('\n')
        .replace(/<\/details>[\s\S]*$/i, '')
        .replace(/<summary>[\s\S]*?<\/summary>/i, '')
        .trim();
      // A question sometimes sits in the summary itself ("<summary>What is X?</summary>").
      const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(body.join('\n'))?.[1]?.replace(/<[^>]+>/g, '').trim();
      const useSummary = summary && !/^(answer|show answer|solution|click|reveal)\b/i.test(summary);
      // When the summary holds the question, a heading just above it was a category after all.
      if (useSummary && lastCandidate?.headingLevel && lastCandidate.headingLevel <= 3) category = cleanQuestion(lastCandidate.text);
      const question = useSummary ? summary : lastCandidate?.text;
      if (question && answer) drafts.push({ question: cleanQuestion(question), answer, category, file, line: (useSummary ? start : lastCandidate!.line) + 1 });
      lastCandidate = undefined;
      continue;
    }
    if (heading) {
      // A heading followed (after blank lines) by a <details> block is a question; otherwise a category.
      let j = i + 1;
      while (j < lines.length && !lines[j]!.trim()) j++;
      if (j < lines.length && /^\s*<details/i.test(lines[j]!)) lastCandidate = { text: heading[2]!, line: i, headingLevel: heading[1]!.length };
      else if (heading[1]!.length <= 3) {
        category = heading[2]!.replace(/[*_`]/g, '').replace(/^\d+[.)]\s*/, '').trim();
        lastCandidate = undefined;
      }
      continue;
    }
    if (line.trim()) lastCandidate = { text: line.trim(), line: i };
  }
  return drafts;
}

/** A draft from one file of a one-question-per-file folder. */
function draftFromQuestionFile(file: string, text: string, category: string): Draft | undefined {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  const index = lines.findIndex((l) => /^#{1,3}\s+\S/.test(l));
  if (index === -1) return undefined;
  const answer = lines
    .slice(index + 1)
    .join('\n')
    .replace(/^#{1,3}\s*(answer|solution)\s*$/im, '')
    .trim();
  return answer ? { question: cleanQuestion(lines[index]!), answer, category, file, line: index + 1 } : undefined;
}

function toPack(drafts: Draft[], packId: string): ReadResult {
  const issues: PackIssue[] = [];
  const taken = new Set<string>();
  const questions: QuestionContent[] = [];
  for (const d of drafts) {
    const hint = DIFFICULTY_HINT.exec(d.question);
    const difficulty = hint ? HINTS[(hint[1] ?? hint[2] ?? hint[3])!.toLowerCase()]! : 'medium';
    const prompt = d.question.replace(DIFFICULTY_HINT, '').trim();
    const title = prompt.length <= 120 ? prompt : `${prompt.slice(0, 117).replace(/\s+\S*$/, '')}…`;
    const category = d.category || 'General';
    const parsed = questionContentSchema.safeParse({
      slug: uniqueSlug(slugify(title), taken),
      title: title.length >= 5 ? title : `Question: ${title}`,
      type: 'technical',
      category: category.slice(0, 60),
      difficulty,
      tags: [slugify(category)].filter((t) => t && t !== 'general'),
      minutes: 10,
      prompt,
      referenceAnswer: d.answer,
    });
    if (parsed.success) questions.push(parsed.data);
    else issues.push({ file: d.file, line: d.line, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  }
  if (issues.length) return { issues };
  const manifest = packManifestSchema.parse({ id: slugify(packId) || 'imported', name: packId, version: '1.0.0', description: 'Imported from a markdown question bank.' });
  const pack: PackContent = { manifest, questions, kits: [] };
  return { pack, issues };
}

/** A markdown bank as a tree of files (a folder or zip without pack.yaml). */
export function readMarkdownBank(tree: ReadonlyMap<string, string>, packId: string, root = ''): ReadResult {
  const at = (p: string) => (root ? `${root}/${p}` : p);
  const markdown = [...tree.keys()].filter((p) => p.toLowerCase().endsWith('.md')).sort();
  const readmes = markdown.filter((p) => /(^|\/)readme\.md$/i.test(p));
  let drafts = readmes.flatMap((p) => draftsFromDetailsReadme(at(p), tree.get(p)!));
  if (!drafts.length) {
    drafts = markdown
      .filter((p) => !/(^|\/)(readme|contributing|license|changelog|code_of_conduct)\.md$/i.test(p))
      .map((p) => {
        const folder = p.includes('/') ? p.split('/').slice(-2, -1)[0]!.replace(/[-_]+/g, ' ') : '';
        return draftFromQuestionFile(at(p), tree.get(p)!, folder.replace(/\b\w/g, (c) => c.toUpperCase()));
      })
      .filter((d): d is Draft => Boolean(d));
  }
  if (!drafts.length)
    return {
      issues: [
        {
          file: root || 'upload',
          line: 1,
          message:
            'no questions found: expected a Candor pack (pack.yaml), a README whose questions are followed by <details> answers, ' +
            'or a folder of markdown files that each start with a question heading followed by its answer',
        },
      ],
    };
  return toPack(drafts, packId);
}
