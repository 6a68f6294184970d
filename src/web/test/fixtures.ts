// Answers shaped like the server's, for component tests.
export const emptyFacets = { category: [], difficulty: [], type: [], tag: [] };

export function questionList(titles: string[]) {
  return {
    items: titles.map((title, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      title,
      type: 'technical',
      category: 'Databases',
      difficulty: 'medium',
      tags: [],
      minutes: 10,
      version: 1,
      snippet: null,
    })),
    total: titles.length,
    nextCursor: null,
    facets: emptyFacets,
  };
}

export const practiceQuestion = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'idempotent-payments',
  title: 'Making a payment endpoint safe to retry',
  type: 'technical',
  category: 'APIs',
  difficulty: 'medium',
  tags: ['idempotency'],
  minutes: 15,
  prompt: 'How would you make **POST /payments** safe to retry?',
  whyAsked: 'Retries happen.',
  approach: 'Think about idempotency keys.',
  version: 3,
};
