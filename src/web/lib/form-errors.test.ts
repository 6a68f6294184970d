import { describe, expect, it } from 'vitest';
import { setupBodySchema } from '../../shared/auth.schema';
import { ApiError } from './api-client';
import { describeFormError, tooManyAttempts, validateFields } from './form-errors';

const problem = (status: number, code: string, detail: string, errors?: { in: string; name: string; message: string }[]) =>
  new ApiError(status, { type: 't', title: 't', status, detail, code, requestId: 'r', ...(errors ? { errors } : {}) });

describe('describeFormError', () => {
  const labels = { email: 'Email', password: 'Password' };

  it('puts each named field error beside its field, prefixed by its label', () => {
    const error = problem(400, 'validation_failed', 'Invalid.', [{ in: 'body', name: 'password', message: 'must be at least 10 characters' }]);
    expect(describeFormError(error, labels)).toEqual({ fields: { password: 'Password must be at least 10 characters' } });
  });

  it('keeps errors about unknown fields in the form message', () => {
    const error = problem(400, 'validation_failed', 'Invalid.', [{ in: 'query', name: 'token', message: 'is required' }]);
    expect(describeFormError(error, labels)).toEqual({ fields: {}, message: 'Invalid. (token is required)' });
  });

  it('uses a message chosen for the code, and the detail otherwise', () => {
    expect(describeFormError(problem(401, 'invalid_credentials', 'Nope.'), labels, { invalid_credentials: 'Wrong email or password.' }).message).toBe('Wrong email or password.');
    expect(describeFormError(problem(409, 'last_owner', 'A workspace needs an owner.'), labels).message).toBe('A workspace needs an owner.');
  });

  it('says how long to wait when rate limited', () => {
    const error = new ApiError(429, { type: 't', title: 't', status: 429, detail: 'd', code: 'rate_limited', requestId: 'r' }, 300);
    expect(describeFormError(error, labels).message).toBe('Too many attempts, try again in 5 minutes.');
  });
});

describe('tooManyAttempts', () => {
  it('rounds up to whole minutes', () => {
    expect(tooManyAttempts(20)).toBe('Too many attempts, try again in 1 minute.');
    expect(tooManyAttempts(61)).toBe('Too many attempts, try again in 2 minutes.');
    expect(tooManyAttempts(undefined)).toBe('Too many attempts, try again in a few minutes.');
  });
});

describe('validateFields', () => {
  it('checks with the shared schema and calls empty fields required', () => {
    const labels = { name: 'Your name', email: 'Email', password: 'Password', workspaceName: 'Workspace name' };
    const result = validateFields(setupBodySchema, { token: 't', name: '', email: 'nope', password: 'short', workspaceName: 'Acme' }, labels);
    expect(result.fields).toEqual({
      name: 'Your name is required',
      email: 'Email is not an email address',
      password: 'Password must be at least 10 characters',
    });
  });
});
