// Opaque keyset cursors. A cursor names the last row of a page by its sort key and id, so the
// next page starts strictly after it: rows inserted meanwhile cannot shift or repeat items.
import { z } from 'zod';
import { AppError } from './errors';

const cursorSchema = z.object({
  s: z.enum(['relevance', 'title', 'newest']),
  k: z.union([z.string(), z.number()]),
  id: z.uuid(),
});
export type CursorPosition = z.output<typeof cursorSchema>;

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor for the same sort; anything else is a 400 naming `cursor`. */
export function decodeCursor(cursor: string, sort: CursorPosition['s']): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = cursorSchema.safeParse(parsed);
  const invalid = (message: string) =>
    new AppError('invalid_cursor', message, { errors: [{ in: 'query', name: 'cursor', message }] });
  if (!result.success) throw invalid('The cursor is not one this API issued; start again without it.');
  if (result.data.s !== sort) throw invalid(`The cursor belongs to sort "${result.data.s}", not "${sort}".`);
  return result.data;
}
