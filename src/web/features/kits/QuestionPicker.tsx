// Adds questions from the bank to a chosen section: search as you type, then Add. Questions already
// in the kit say so instead of offering Add.
import { useId, useState } from 'react';
import type { QuestionSummary } from '../../../shared/question-list.schema';
import type { KitQuestionSummary } from '../../../shared/kit.schema';
import { DifficultyBadge } from '../../components/Badge';
import { ErrorState, Spinner } from '../../components/States';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useQuestionSearch } from './api/search-questions';
import type { KitDraft } from './kit-draft';
import { findQuestion } from './kit-draft';

interface Props {
  draft: KitDraft;
  onAdd: (sectionKey: string, question: KitQuestionSummary) => void;
}

const toSummary = (q: QuestionSummary): KitQuestionSummary => ({
  id: q.id,
  slug: q.slug,
  title: q.title,
  category: q.category,
  difficulty: q.difficulty,
  type: q.type,
  minutes: q.minutes,
  deleted: false,
});

export function QuestionPicker({ draft, onAdd }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text, 200);
  const [chosenKey, setChosenKey] = useState<string>('');
  // The chosen section, or the first one once it is gone (removed) or before any choice.
  const target = draft.sections.find((s) => s.key === chosenKey) ?? draft.sections[0];
  const search = useQuestionSearch(q);
  const items = search.data?.items ?? [];

  return (
    <section className="panel kit-picker" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Add questions from the bank</h2>
      {!target ? (
        <p className="muted">Add a section first: questions go into sections.</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-section`} className="field-label">
              Add to section
            </label>
            <select id={`${id}-section`} className="input" value={target.key} onChange={(e) => setChosenKey(e.target.value)}>
              {draft.sections.map((s, i) => (
                <option key={s.key} value={s.key}>
                  {i + 1}. {s.title || 'Untitled section'}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-q`} className="field-label">
              Search questions
            </label>
            <input id={`${id}-q`} className="input" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. idempotency, postgres, caching" autoComplete="off" />
          </div>
          {search.isPending ? (
            <Spinner label="Searching" />
          ) : search.isError ? (
            <ErrorState error={search.error} onRetry={() => search.refetch()} />
          ) : items.length === 0 ? (
            <p className="muted">No question matches “{q}”.</p>
          ) : (
            <ul className="picker-results" aria-label="Matching questions" aria-busy={search.isFetching}>
              {items.map((item) => {
                const inKit = Boolean(findQuestion(draft, item.id));
                return (
                  <li key={item.id} className="picker-result">
                    <div className="picker-result-main">
                      <span className="picker-result-title">{item.title}</span>
                      <span className="kit-question-meta small">
                        <span>{item.minutes} min</span>
                        <DifficultyBadge difficulty={item.difficulty} />
                        <span className="muted">{item.category}</span>
                      </span>
                    </div>
                    {inKit ? (
                      <span className="muted small">In the kit</span>
                    ) : (
                      <button type="button" className="button button-small button-secondary" aria-label={`Add: ${item.title}`} onClick={() => onAdd(target.key, toSummary(item))}>
                        Add
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {search.data && search.data.total > items.length && (
            <p className="muted small">
              Showing {items.length} of {search.data.total}: search to narrow them down.
            </p>
          )}
        </>
      )}
    </section>
  );
}
