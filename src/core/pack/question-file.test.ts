import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionFile } from './question-file';

const sample = readFileSync(join(process.cwd(), 'content/packs/backend/questions/api-idempotency-keys.md'), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('parseQuestionFile', () => {
  it('reads a bundled question: metadata, camelCase fields and the four sections', () => {
    const { question, issues } = parseQuestionFile('q.md', sample, { strict: true, expectedSlug: 'api-idempotency-keys' });
    expect(issues).toEqual([]);
    expect(question).toMatchObject({ slug: 'api-idempotency-keys', type: 'technical', category: 'API Design' });
    expect(question!.keyPoints.length).toBeGreaterThanOrEqual(4);
    expect(question!.keyPoints[0]).toHaveProperty('followUp');
    expect(question!.prompt).toMatch(/POST \/payments/);
    expect(question!.referenceAnswer.length).toBeGreaterThan(500);
    expect(question!.anchors).toHaveProperty('5');
  });

  it('accepts CRLF line endings', () => {
    expect(parseQuestionFile('q.md', sample.replace(/\n/g, '\r\n')).issues).toEqual([]);
  });

  it('points YAML syntax errors at their file line', () => {
    const broken = sample.replace(/^minutes: .*$/m, 'minutes: [10');
    const { issues, question } = parseQuestionFile('q.md', broken);
    expect(question).toBeUndefined();
    expect(issues[0]!.message).toMatch(/^YAML:/);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(lineOf(broken, 'minutes: [10'));
  });

  it('points schema errors at the offending field', () => {
    const broken = sample.replace(/^difficulty: .*$/m, 'difficulty: brutal');
    const { issues } = parseQuestionFile('q.md', broken);
    expect(issues).toEqual([{ file: 'q.md', line: lineOf(broken, 'difficulty: brutal'), message: expect.stringMatching(/^difficulty: /) }]);
  });

  it('points a bad key point weight at its line, in snake_case', () => {
    const broken = sample.replace(/^(\s+weight:) 3$/m, '$1 7');
    const { issues } = parseQuestionFile('q.md', broken);
    expect(issues[0]).toMatchObject({ line: lineOf(broken, 'weight: 7'), message: expect.stringMatching(/^key_points\[0\]\.weight/) });
  });

  it('reports missing, unknown and misordered sections', () => {
    expect(parseQuestionFile('q.md', sample.replace('## Approach', '## Hints')).issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/unknown section "## Hints"/), expect.stringMatching(/missing section "## Approach"/)]),
    );
    const swapped = sample.replace('## Why asked', '## TEMP').replace('## Approach', '## Why asked').replace('## TEMP', '## Approach');
    expect(parseQuestionFile('q.md', swapped).issues.map((i) => i.message)).toContainEqual(expect.stringMatching(/must come in this order/));
  });

  it('ignores ## inside code fences', () => {
    const fenced = sample.replace('## Reference answer\n', '## Reference answer\n\n```md\n## Not a section\n```\n');
    expect(parseQuestionFile('q.md', fenced).issues).toEqual([]);
  });

  it('refuses a file without front matter', () => {
    expect(parseQuestionFile('q.md', '# Just markdown').issues[0]!.message).toMatch(/missing YAML front matter/);
  });

  it('applies content-style rules only when strict', () => {
    const thin = sample.replace(/## Reference answer[\s\S]*$/, '## Reference answer\n\nToo short.\n');
    expect(parseQuestionFile('q.md', thin).issues).toEqual([]);
    const strict = parseQuestionFile('q.md', thin, { strict: true, expectedSlug: 'another-slug' }).issues.map((i) => i.message);
    expect(strict).toEqual(expect.arrayContaining([expect.stringMatching(/reference answer has 2 words/), expect.stringMatching(/slug: must equal the file name "another-slug"/)]));
  });
});

describe('the fast and the line-aware parsers agree', async () => {
  const { readdirSync } = await import('node:fs');
  const { parseWithLines } = await import('./question-file');
  const dir = join(process.cwd(), 'content/packs/backend/questions');
  it.each(readdirSync(dir))('%s', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const options = { strict: true, expectedSlug: name.replace(/\.md$/, '') };
    const slow = parseWithLines(name, text, options);
    expect(slow.issues).toEqual([]);
    expect(parseQuestionFile(name, text, options)).toEqual(slow);
  });
});
