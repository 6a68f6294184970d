// The answer box: type, or speak where the browser can transcribe, then edit the transcript and
// submit. Where speech recognition is missing the Speak button is replaced by a note, and typing
// works the same. An optional self-rating feeds the review schedule with the grade.
import { useId, useState, type FormEvent } from 'react';
import { MAX_ANSWER_LENGTH, SELF_RATINGS } from '../../../shared/practice.schema';
import { FormAlert } from '../../components/Field';
import { useSpeechRecognition } from './use-speech-recognition';

export interface AnswerSubmission {
  answer: string;
  input: 'typed' | 'spoken';
  selfRating?: number;
}

interface Props {
  label: string;
  onSubmit: (submission: AnswerSubmission) => void;
  pending: boolean;
  error?: string;
  /** Follow-ups leave the review schedule alone, so they ask no self-rating. */
  askSelfRating?: boolean;
  submitLabel?: string;
}

export function AnswerForm({ label, onSubmit, pending, error, askSelfRating = true, submitLabel = 'Submit answer' }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [spoken, setSpoken] = useState(false);
  const [selfRating, setSelfRating] = useState<number | undefined>(undefined);
  const speech = useSpeechRecognition(setText);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (speech.listening) speech.stop();
    onSubmit({ answer: text, input: spoken ? 'spoken' : 'typed', ...(selfRating ? { selfRating } : {}) });
  };

  const toggleSpeech = () => {
    if (speech.listening) return speech.stop();
    setSpoken(true);
    speech.start(text);
  };

  return (
    <form className="answer-form form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-answer`} className="field-label">
          {label}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {speech.supported ? 'Type it, or press Speak and say it: the transcript appears here and you can edit it before submitting.' : 'Type your answer as you would say it in the interview.'}
        </p>
        <textarea
          id={`${id}-answer`}
          className="input answer-input"
          rows={9}
          maxLength={MAX_ANSWER_LENGTH}
          value={text}
          readOnly={speech.listening}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
        />
      </div>

      <div className="speech-row">
        {speech.supported ? (
          <button type="button" className={`button button-secondary${speech.listening ? ' is-listening' : ''}`} aria-pressed={speech.listening} onClick={toggleSpeech}>
            <span className="speech-dot" aria-hidden="true" />
            {speech.listening ? 'Stop' : 'Speak'}
          </button>
        ) : (
          <p className="muted small speech-unavailable">Speech input is not available in this browser. Typing works as usual.</p>
        )}
        <span role="status" className="muted small">
          {speech.listening ? 'Listening… press Stop to edit the transcript.' : ''}
        </span>
      </div>
      {speech.error && (
        <p className="field-error" role="alert">
          {speech.error}
        </p>
      )}

      {askSelfRating && (
        <fieldset className="self-rating">
          <legend className="field-label">How well did you know it?</legend>
          <p className="field-hint">Optional. The review schedule uses the lower of this and the grade.</p>
          <div className="choice-row">
            <label className="choice">
              <input type="radio" name={`${id}-self`} checked={selfRating === undefined} onChange={() => setSelfRating(undefined)} />
              <span>Let the grade decide</span>
            </label>
            {SELF_RATINGS.map((r) => (
              <label key={r.value} className="choice" title={r.hint}>
                <input type="radio" name={`${id}-self`} checked={selfRating === r.value} onChange={() => setSelfRating(r.value)} />
                <span>{r.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <FormAlert message={error} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Grading…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
