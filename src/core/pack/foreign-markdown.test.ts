import { describe, expect, it } from 'vitest';
import { readMarkdownBank } from './foreign-markdown';

const readme = `# Backend interview questions

A collection for practice.

## Databases

### 1. What is an index? (Easy)

<details>
<summary>Answer</summary>

A data structure, usually a **B-tree**, that finds rows without scanning the table.

</details>

2. **Explain the N+1 problem.**

<details><summary>Show answer</summary>
One query for the list, then one per row. Batch them.
</details>

## Caching

<details>
<summary>When would you use write-through caching? (hard)</summary>

When reads must never see stale data after a write.

</details>
`;

describe('readMarkdownBank', () => {
  it('reads a README of <details> answers, with categories from headings and difficulty hints', () => {
    const { pack, issues } = readMarkdownBank(new Map([['README.md', readme]]), 'interview-questions');
    expect(issues).toEqual([]);
    expect(pack!.questions.map((q) => [q.title, q.category, q.difficulty])).toEqual([
      ['What is an index?', 'Databases', 'easy'],
      ['Explain the N+1 problem.', 'Databases', 'medium'],
      ['When would you use write-through caching?', 'Caching', 'hard'],
    ]);
    expect(pack!.questions[0]!.referenceAnswer).toMatch(/^A data structure, usually a \*\*B-tree\*\*/);
    expect(pack!.questions[1]!.referenceAnswer).toBe('One query for the list, then one per row. Batch them.');
    expect(pack!.questions[0]!.tags).toEqual(['databases']);
  });

  it('reads a folder of one-question files, the folder naming the category', () => {
    const { pack, issues } = readMarkdownBank(
      new Map([
        ['security/csrf.md', '# What is CSRF?\n\nA forged cross-site request riding on cookies.\n'],
        ['message-queues/dlq.md', '## What is a dead-letter queue?\n\n### Answer\n\nWhere poison messages go.\n'],
        ['README.md', '# My questions\n\nNo details blocks here.\n'],
      ]),
      'folder-bank',
    );
    expect(issues).toEqual([]);
    expect(pack!.questions.map((q) => [q.title, q.category, q.referenceAnswer])).toEqual([
      ['What is a dead-letter queue?', 'Message Queues', 'Where poison messages go.'],
      ['What is CSRF?', 'Security', 'A forged cross-site request riding on cookies.'],
    ]);
  });

  it('refuses markdown with no recognisable questions, saying what it expected', () => {
    const { pack, issues } = readMarkdownBank(new Map([['README.md', '# Notes\n\nJust prose.\n']]), 'x');
    expect(pack).toBeUndefined();
    expect(issues[0]!.message).toMatch(/no questions found: expected a Candor pack/);
  });
});
