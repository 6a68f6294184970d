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

async function toApiError(response: Response): Promise<ApiError> {
  const parsed = problemSchema.safeParse(await response.json().catch(() => undefined));
  return new ApiError(response.status, parsed.success ? parsed.data : undefined);
}

/** POSTs a multipart form (file uploads) and parses the JSON answer. */
export async function apiPostForm<T extends z.ZodType>(path: string, form: FormData, schema: T): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body: form, headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError(0, undefined);
  }
  if (!response.ok) throw await toApiError(response);
  return schema.parse(await response.json());
}

export async function apiGet<T extends z.ZodType>(path: string, schema: T, signal?: AbortSignal): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, undefined);
  }
  if (!response.ok) throw await toApiError(response);
  return schema.parse(await response.json());
}
