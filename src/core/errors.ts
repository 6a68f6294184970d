// The one error type. Services and core throw AppError with a code from this closed set;
// server/http/problem.ts maps each code to an HTTP status and an RFC 9457 body.

export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_rejected',
  'already_member',
  'last_owner',
  'setup_unavailable',
  'invitation_expired',
  'malformed_json',
  'invalid_cursor',
  'not_found',
  'route_not_found',
  'slug_taken',
  'invalid_state',
  'precondition_failed',
  'precondition_required',
  'payload_too_large',
  'unsupported_media_type',
  'file_unreadable',
  'idempotency_key_reused',
  'unknown_question',
  'pack_invalid',
  'rate_limited',
  'service_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** where the bad value came from: query, body, params, header, file */
  in: string;
  /** the parameter, field path or header name */
  name: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
