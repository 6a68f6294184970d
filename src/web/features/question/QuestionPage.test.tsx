import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, stubApi } from '../../test/api-stub';
import { practiceQuestion } from '../../test/fixtures';
import { renderAt, testQueryClient } from '../../test/render';
import { QuestionPage } from './QuestionPage';

afterEach(() => vi.unstubAllGlobals());

describe('QuestionPage for a role that may only practise', () => {
  it('reads the practice endpoint and shows the prompt, why it is asked and hints, but no answers', async () => {
    const api = stubApi({ 'GET /api/v1/practice/questions/idempotent-payments': json(200, practiceQuestion) });
    const client = testQueryClient();
    client.setQueryData(['me'], meFixture({ role: 'candidate', permissions: ['question.practice'] }));
    renderAt(<QuestionPage />, { at: '/questions/idempotent-payments', path: '/questions/:slug', client });

    expect(await screen.findByRole('heading', { level: 1, name: practiceQuestion.title })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Prompt' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Why interviewers ask this' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Hints' })).toBeTruthy();
    expect(screen.getByText('Think about idempotency keys.')).toBeTruthy();
    for (const name of ['Reference answer', 'Key points', 'Scoring anchors', 'Follow-ups', 'Red flags']) {
      expect(screen.queryByRole('heading', { name })).toBeNull();
    }
    expect(api.requests.map((r) => r.path)).toEqual(['/api/v1/practice/questions/idempotent-payments']);
  });
});
