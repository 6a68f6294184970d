// The one table from error codes to HTTP statuses, and the RFC 9457 body every error is sent as.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode, FieldError } from '../../core/errors';
import type { Problem } from '../../shared/problem.schema';

export const PROBLEM_STATUS: Record<ErrorCode, { status: number; title: string }> = {
  validation_failed: { status: 400, title: 'Invalid request' },
  malformed_json: { status: 400, title: 'Malformed JSON' },
  invalid_cursor: { status: 400, title: 'Invalid cursor' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  invalid_credentials: { status: 401, title: 'Wrong email or password' },
  forbidden: { status: 403, title: 'Not allowed' },
  csrf_rejected: { status: 403, title: 'Cross-site request refused' },
  not_found: { status: 404, title: 'Not found' },
  route_not_found: { status: 404, title: 'No such route' },
  slug_taken: { status: 409, title: 'Slug already taken' },
  invalid_state: { status: 409, title: 'Not possible in the current state' },
  already_member: { status: 409, title: 'Already a member' },
  last_owner: { status: 409, title: 'A workspace needs an owner' },
  setup_unavailable: { status: 410, title: 'Setup is not available' },
  invitation_expired: { status: 410, title: 'The invitation can no longer be used' },
  precondition_failed: { status: 412, title: 'Precondition failed' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  file_unreadable: { status: 422, title: 'The file cannot be read' },
  idempotency_key_reused: { status: 422, title: 'Idempotency key reused' },
  unknown_question: { status: 422, title: 'Unknown question' },
  pack_invalid: { status: 422, title: 'The pack has problems' },
  precondition_required: { status: 428, title: 'Precondition required' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Internal server error' },
  service_unavailable: { status: 503, title: 'Service unavailable' },
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemBody(request: FastifyRequest, code: ErrorCode, detail: string, errors?: FieldError[]): Problem {
  const { status, title } = PROBLEM_STATUS[code];
  return {
    // A URN names the problem type without pretending to be a page that can be fetched.
    type: `urn:candor:problem:${code.replaceAll('_', '-')}`,
    title,
    status,
    detail,
    code,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...(errors?.length ? { errors } : {}),
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
) {
  const body = problemBody(request, code, detail, extra.errors);
  for (const [name, value] of Object.entries(extra.headers ?? {})) reply.header(name, value);
  // Serialised here: the route's response schema describes its success bodies, not this one.
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(body);
}
