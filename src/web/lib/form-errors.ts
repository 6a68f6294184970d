// Turns what went wrong into messages beside the fields they concern. The server names invalid
// fields in problem.errors ("password", "must be at least 10 characters"); the same zod schemas
// check the form before it is sent, so both read alike: "Password must be at least 10 characters".
import type { z } from 'zod';
import { ApiError } from './api-client';

export interface FormErrors {
  fields: Record<string, string>;
  /** What is not about one field: wrong password, too many attempts, a conflict, no connection. */
  message?: string;
}

export const NO_ERRORS: FormErrors = { fields: {} };

/** `labels` maps field names to their visible labels, which start each field's message. */
export type FieldLabels = Record<string, string>;

const sentence = (label: string | undefined, message: string) => (label && /^[a-z]/.test(message) ? `${label} ${message}` : message);

export function tooManyAttempts(seconds: number | undefined): string {
  if (seconds === undefined) return 'Too many attempts, try again in a few minutes.';
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many attempts, try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export function describeFormError(error: unknown, labels: FieldLabels, byCode: Record<string, string> = {}): FormErrors {
  if (!(error instanceof ApiError)) return { fields: {}, message: error instanceof Error ? error.message : 'Something went wrong.' };
  if (error.code === 'rate_limited' || error.status === 429) return { fields: {}, message: tooManyAttempts(error.retryAfter) };
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const e of error.problem?.errors ?? []) {
    const name = e.name.replace(/^(body\.|\/)/, '');
    if (name in labels && !fields[name]) fields[name] = sentence(labels[name], e.message);
    else rest.push(`${e.name} ${e.message}`);
  }
  const known = error.code ? byCode[error.code] : undefined;
  if (known) return { fields, message: known };
  if (Object.keys(fields).length && !rest.length) return { fields };
  return { fields, message: rest.length ? `${error.message} (${rest.join('; ')})` : error.message };
}

/** Checks values with a shared body schema before sending; an empty field is "required". */
export function validateFields(schema: z.ZodType, values: Record<string, unknown>, labels: FieldLabels): FormErrors {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name in labels && typeof value === 'string' && value.trim() === '') fields[name] = sentence(labels[name], 'is required');
  }
  const result = schema.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (name in labels && !fields[name]) fields[name] = sentence(labels[name], issue.message);
    }
  }
  return { fields };
}

export const hasErrors = (errors: FormErrors) => Boolean(errors.message) || Object.keys(errors.fields).length > 0;
