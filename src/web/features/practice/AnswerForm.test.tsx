import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerForm, type AnswerSubmission } from './AnswerForm';

afterEach(() => vi.unstubAllGlobals());

/** A stand-in for the browser's SpeechRecognition: the test says what it "heard". */
class FakeRecognition {
  static last: FakeRecognition | undefined;
  continuous = false;
  interimResults = false;
  lang = '';
  onresult: ((e: unknown) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  started = false;
  constructor() {
    FakeRecognition.last = this;
  }
  start() {
    this.started = true;
  }
  stop() {
    this.started = false;
    this.onend?.();
  }
  abort() {
    this.stop();
  }
  hear(phrases: [string, boolean][]) {
    const results = phrases.map(([transcript, isFinal]) => ({ isFinal, 0: { transcript } }));
    this.onresult?.({ resultIndex: 0, results: Object.assign(results, { length: results.length }) });
  }
}

function renderForm() {
  const submitted: AnswerSubmission[] = [];
  render(<AnswerForm label="Your answer" pending={false} onSubmit={(s) => submitted.push(s)} />);
  return { submitted, box: screen.getByLabelText('Your answer') as HTMLTextAreaElement };
}

describe('AnswerForm', () => {
  it('says speech input is unavailable when the browser has no speech recognition, and typing still works', () => {
    const { submitted, box } = renderForm();
    expect(screen.getByText('Speech input is not available in this browser. Typing works as usual.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /speak/i })).toBeNull();
    fireEvent.change(box, { target: { value: 'A typed answer.' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Hard' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(submitted).toEqual([{ answer: 'A typed answer.', input: 'typed', selfRating: 2 }]);
  });

  it('fills the box from speech (webkitSpeechRecognition), read-only while listening, editable after Stop', () => {
    vi.stubGlobal('webkitSpeechRecognition', FakeRecognition);
    const { submitted, box } = renderForm();
    fireEvent.change(box, { target: { value: 'Typed first.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speak' }));
    const rec = FakeRecognition.last!;
    expect(rec.started).toBe(true);
    expect(rec.continuous && rec.interimResults).toBe(true);
    expect(box.readOnly).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop' }).getAttribute('aria-pressed')).toBe('true');

    act(() => rec.hear([['use an idempotency', false]]));
    expect(box.value).toBe('Typed first. use an idempotency');
    act(() => rec.hear([['use an idempotency key', true], [' stored with the response', false]]));
    expect(box.value).toBe('Typed first. use an idempotency key stored with the response');

    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(box.readOnly).toBe(false);
    fireEvent.change(box, { target: { value: `${box.value}, replayed on retry.` } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(submitted).toEqual([{ answer: 'Typed first. use an idempotency key stored with the response, replayed on retry.', input: 'spoken' }]);
  });

  it('explains a refused microphone and keeps the typed text', () => {
    vi.stubGlobal('SpeechRecognition', FakeRecognition);
    const { box } = renderForm();
    fireEvent.change(box, { target: { value: 'Kept.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speak' }));
    act(() => {
      FakeRecognition.last!.onerror?.({ error: 'not-allowed' });
      FakeRecognition.last!.onend?.();
    });
    expect(screen.getByRole('alert').textContent).toMatch(/not allowed to use the microphone/);
    expect(box.value).toBe('Kept.');
    expect(box.readOnly).toBe(false);
  });
});
