// Every error leaves as application/problem+json with a stable code. Known failures (our AppError,
// Fastify's body and validation errors) keep their meaning; anything else becomes a generic 500
// carrying the request id, logged with its stack, never sending the stack to the client.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError, type ErrorCode, type FieldError } from '../../core/errors';
import { sendProblem } from '../routing/problem';

const FASTIFY_CODES: Record<string, { code: ErrorCode; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed_json', detail: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'malformed_json', detail: 'The request declares a JSON body but sends none.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', detail: 'The request body is larger than the 1 MiB limit.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', detail: 'Send the body as application/json.' },
  FST_REQ_FILE_TOO_LARGE: { code: 'payload_too_large', detail: 'The uploaded file is larger than the 25 MiB limit for packs.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'unsupported_media_type', detail: 'Send the pack as multipart/form-data with a field named file.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'validation_failed', detail: 'The Content-Length header does not match the body.' },
};

const CONTEXT_NAMES: Record<string, string> = { querystring: 'query', body: 'body', params: 'path', headers: 'header' };

function validationErrors(error: FastifyError & { validationContext?: string }): FieldError[] {
  const where = CONTEXT_NAMES[error.validationContext ?? ''] ?? 'request';
  return (error.validation ?? []).map((v) => {
    let path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    // A repeated query parameter is still one parameter to the client: "difficulty", not "difficulty.0".
    if (where === 'query') path = path.replace(/\.\d+$/, '');
    const missing = (v.params as { issue?: { path?: (string | number)[] } })?.issue?.path?.join('.');
    return { in: where, name: path || missing || '(root)', message: (v.message ?? 'is invalid').replace(/^Invalid input: /, '') };
  });
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(error)) {
    if (error.code === 'internal_error') request.log.error({ err: error }, 'internal error');
    return sendProblem(request, reply, error.code, error.message, error.details);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = validationErrors(error as FastifyError & { validationContext?: string });
    const noun = (e: FieldError) => (e.in === 'body' ? 'field' : e.in === 'header' ? 'header' : `${e.in} parameter`);
    const detail = errors.map((e) => `${noun(e)} "${e.name}": ${e.message}`).join('; ');
    return sendProblem(request, reply, 'validation_failed', `Invalid ${detail}.`, { errors });
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return sendProblem(request, reply, known.code, known.detail);
  if (error.statusCode === 404) return sendProblem(request, reply, 'not_found', 'Not found.');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    request.log.warn({ err: { code: error.code, message: error.message } }, 'client error');
    return sendProblem(request, reply, 'validation_failed', 'The request could not be processed as sent.');
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, 'internal_error', `Something went wrong on our side. Quote request id ${request.id} when reporting it.`);
}
