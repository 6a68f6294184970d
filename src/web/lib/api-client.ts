// One fetch wrapper for the whole app: JSON in, JSON out, and every failure turned into an ApiError
// carrying the server's problem+json (code, detail, request id) so pages can say what went wrong.
import type { z } from 'zod';
import { problemSchema, type Problem } from '../../shared/problem.schema';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? (status === 0 ? 'The server could not be reached. Check your connection and try again.' : `The server answered ${status}.`));
    this.name = 'ApiError';
  }
}

export async function apiGet<T extends z.ZodType>(path: string, schema: T, signal?: AbortSignal): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, undefined);
  }
  if (!response.ok) {
    const parsed = problemSchema.safeParse(await response.json().catch(() => undefined));
    throw new ApiError(response.status, parsed.success ? parsed.data : undefined);
  }
  return schema.parse(await response.json());
}
