// One fetch wrapper for the whole app: JSON in, JSON out, and every failure turned into an ApiError
// carrying the server's problem+json (code, detail, request id) so pages can say what went wrong.
import { z } from 'zod';
import { problemSchema, type Problem } from '../../shared/problem.schema';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    /** Seconds to wait before asking again, from Retry-After (429 and 503). */
    readonly retryAfter?: number,
  ) {
    super(problem?.detail ?? (status === 0 ? 'The server could not be reached. Check your connection and try again.' : `The server answered ${status}.`));
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.problem?.code;
  }
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  const parsed = problemSchema.safeParse(await response.json().catch(() => undefined));
  return new ApiError(response.status, parsed.success ? parsed.data : undefined, parseRetryAfter(response.headers.get('retry-after')));
}

async function request(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, undefined);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/**
 * The response itself, for calls that read or send headers (ETag, If-Match, Idempotency-Key).
 * Failures are ApiErrors, as with apiGet and apiSend.
 */
export const apiFetch = (path: string, init: RequestInit = {}): Promise<Response> => request(path, init);

/** The schema of a 204 answer, for apiSend. */
export const noContent = z.undefined();

async function parseBody<T extends z.ZodType>(response: Response, schema: T): Promise<z.output<T>> {
  const text = response.status === 204 ? '' : await response.text();
  return schema.parse(text === '' ? undefined : JSON.parse(text));
}

export async function apiGet<T extends z.ZodType>(path: string, schema: T, signal?: AbortSignal): Promise<z.output<T>> {
  return schema.parse(await (await request(path, { signal })).json());
}

/**
 * Sends a JSON body (or none) with a method that changes something. The session cookie travels
 * by itself: the app and the API share an origin, which the server checks on every write.
 */
export async function apiSend<T extends z.ZodType>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, schema: T): Promise<z.output<T>> {
  // No content-type without a body: a JSON content-type with an empty body is a 400.
  const init: RequestInit = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  return parseBody(await request(path, init), schema);
}

/** POSTs a multipart form (file uploads) and parses the JSON answer. */
export async function apiPostForm<T extends z.ZodType>(path: string, form: FormData, schema: T): Promise<z.output<T>> {
  return schema.parse(await (await request(path, { method: 'POST', body: form })).json());
}

/** True for a 401 that means "no valid session" (not a wrong password on a sign-in form). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code !== 'invalid_credentials';
}
