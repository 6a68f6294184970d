// PackContent → files: the markdown folder format (what parsePackTree reads back to the same
// content hashes), JSON and CSV.
import { Document, isSeq, isScalar, visit } from 'yaml';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { KitFile, PackContent } from '../../shared/pack.schema';
import type { QuestionContent } from '../../shared/question.schema';
import { SECTION_FIELDS } from './question-file';

/** YAML in the style people write by hand: short lists of plain values inline, no folding. */
function toYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, node) {
      if (isSeq(node) && node.items.length && node.items.every((i) => isScalar(i) && String(i.value).length <= 40)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function questionToMarkdown(q: QuestionContent): string {
  const front = {
    slug: q.slug,
    title: q.title,
    type: q.type,
    category: q.category,
    difficulty: q.difficulty,
    tags: q.tags,
    minutes: q.minutes,
    key_points: q.keyPoints.map((k) => ({ id: k.id, text: k.text, weight: k.weight, evidence: k.evidence, follow_up: k.followUp })),
    ...(q.anchors ? { anchors: q.anchors } : {}),
    follow_ups: q.followUps.map((f) => ({ prompt: f.prompt, key_points: f.keyPoints })),
    red_flags: q.redFlags.map((r) => (r.evidence.length ? { text: r.text, evidence: r.evidence } : { text: r.text })),
  };
  const sections = Object.entries(SECTION_FIELDS)
    .map(([heading, field]) => `## ${heading}\n\n${q[field]}\n`)
    .join('\n');
  return `---\n${toYaml(front)}---\n\n${sections}`;
}

/** Kits in the order people write them (the database's jsonb keeps its own key order). */
const kitToYaml = (kit: KitFile) =>
  toYaml({
    slug: kit.slug,
    name: kit.name,
    description: kit.description,
    minutes: kit.minutes,
    sections: kit.sections.map((s) => ({ title: s.title, minutes: s.minutes, ...(s.notes ? { notes: s.notes } : {}), questions: s.questions })),
  });

/** The folder format as a map of relative paths to file contents. */
export function packToTree(pack: PackContent): Map<string, string> {
  const files = new Map<string, string>();
  files.set('pack.yaml', toYaml(pack.manifest));
  for (const q of pack.questions) files.set(`questions/${q.slug}.md`, questionToMarkdown(q));
  for (const kit of pack.kits) files.set(`kits/${kit.slug}.yaml`, kitToYaml(kit));
  return files;
}

export const PACK_JSON_FORMAT = 'candor-pack/1';

export function packToJson(pack: PackContent): string {
  return `${JSON.stringify({ format: PACK_JSON_FORMAT, pack: pack.manifest, questions: pack.questions, kits: pack.kits }, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'slug', 'title', 'type', 'category', 'difficulty', 'tags', 'minutes', 'prompt', 'why_asked', 'approach',
  'reference_answer', 'key_points', 'anchors', 'follow_ups', 'red_flags',
] as const;

/** One row per question; structured fields as JSON so a spreadsheet round-trip loses nothing. */
export function packToCsv(pack: PackContent): string {
  return stringifyCsv(
    pack.questions.map((q) => [
      q.slug, q.title, q.type, q.category, q.difficulty, q.tags.join(', '), q.minutes, q.prompt, q.whyAsked, q.approach,
      q.referenceAnswer, JSON.stringify(q.keyPoints), q.anchors ? JSON.stringify(q.anchors) : '', JSON.stringify(q.followUps), JSON.stringify(q.redFlags),
    ]),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}
