/** A kebab-case slug from any text: "What is an N+1 query?" → "what-is-an-n-1-query". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '');
}

/** The slug, or the slug with -2, -3… when already taken; records the one returned. */
export function uniqueSlug(slug: string, taken: Set<string>): string {
  const base = slug || 'question';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}
