import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FeedbackView } from './FeedbackView';
import { ANSWER, attemptResult } from './practice-test-data';

const renderFeedback = (result = attemptResult()) => render(<FeedbackView result={result} actions={<button type="button">Retry this question</button>} />);

describe('FeedbackView', () => {
  it('marks exactly the words at the grader’s offsets, as <mark> elements, and keeps the rest as text', () => {
    const { container } = renderFeedback();
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['idempotency key', 'unique constraint']);
    expect(marks.map((m) => m.dataset.points)).toEqual(['client-key', 'atomic-claim']);
    expect(container.querySelector('.answer-text')!.textContent).toBe(ANSWER);
  });

  it('links a mark and its key point both ways: hover and focus light both, activating one focuses the other', () => {
    const { container } = renderFeedback();
    const point = screen.getByRole('button', { name: 'The key is claimed under a unique constraint' });
    const mark = screen.getByRole('button', { name: /^unique constraint — shows: The key is claimed/ });

    fireEvent.mouseEnter(point);
    expect(mark.closest('mark')!.className).toContain('is-linked');
    expect(container.querySelector('mark[data-points="client-key"]')!.className).not.toContain('is-linked');
    fireEvent.mouseLeave(point);
    expect(mark.closest('mark')!.className).not.toContain('is-linked');

    fireEvent.focus(mark);
    expect(point.closest('li')!.className).toContain('is-linked');
    fireEvent.click(mark);
    expect(document.activeElement).toBe(point);
    fireEvent.click(point);
    expect(document.activeElement).toBe(mark);
  });

  it('lists the missed points, the anchor for the score, the follow-up, when it comes back, and the reference answer', () => {
    renderFeedback();
    expect(screen.getByText('Score 3 of 5 · Maybe')).toBeTruthy();
    const missed = screen.getByRole('heading', { name: 'Missed points (1)' }).parentElement!;
    expect(within(missed).getByText('The response is stored and replayed')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What a 3 sounds like for this question' }).nextSibling!.textContent).toBe('Key, unique constraint, replay.');
    expect(screen.getByText('What exactly does a retry get back?')).toBeTruthy();
    expect(screen.getByText(/Back for review/).querySelector('time')!.getAttribute('datetime')).toBe('2030-01-01T10:10:00.000Z');
    expect(screen.getByRole('heading', { name: 'Reference answer' })).toBeTruthy();
    expect(screen.getByText('response').tagName).toBe('STRONG');
  });

  it('shows an answer’s markup as text, never as HTML', () => {
    const answer = '<img src=x onerror="alert(1)"> uses an idempotency key';
    const { container } = renderFeedback(
      attemptResult({ answer }, { covered: [{ id: 'client-key', text: 'The client sends a key', weight: 3, spans: [{ start: 39, end: 54 }] }] }),
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.answer-text')!.textContent).toBe(answer);
    expect(container.querySelector('mark')!.textContent).toBe('idempotency key');
  });

  it('shows the answer to a follow-up apart from the first answer, with the question asked between', () => {
    const first = 'First answer.';
    const answer = `${first}\n\nIt replays the stored response.`;
    const { container } = renderFeedback(
      attemptResult(
        { answer, followUpOf: '00000000-0000-4000-8000-0000000000b0', followUpOffset: first.length + 2, followUpPrompt: 'What does a retry get?' },
        { covered: [{ id: 'store-response', text: 'Stored and replayed', weight: 2, spans: [{ start: 30, end: 45 }] }] },
      ),
    );
    const parts = container.querySelectorAll('.answer-text');
    expect(parts[0]!.textContent).toBe(`${first}\n\n`);
    expect(parts[1]!.textContent).toBe('It replays the stored response.');
    expect(container.querySelector('.follow-up-asked')!.textContent).toContain('What does a retry get?');
    expect(container.querySelector('mark')!.textContent).toBe('stored response');
  });

  it('says why an answer was not graded, with nothing marked and no anchor', () => {
    const result = attemptResult({ score: null, answer: '' }, { gradable: false, score: null, notGradable: 'empty', reason: 'The answer is empty.', covered: [], missed: [], followUp: null });
    result.reveal.anchor = null;
    const { container } = renderFeedback(result);
    expect(screen.getByText('Not graded.')).toBeTruthy();
    expect(screen.getByText('There was no answer to grade.')).toBeTruthy();
    expect(container.querySelector('mark')).toBeNull();
    expect(screen.queryByText(/sounds like for this question/)).toBeNull();
    // Nothing was graded, so nothing was made or missed.
    expect(screen.queryByRole('heading', { name: /Missed points|Key points you made/ })).toBeNull();
  });
});
