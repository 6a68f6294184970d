// One section of a kit: its title, time box and notes, its questions in order (a drop target even
// when empty), and its planned minutes against the time box.
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId, type ReactNode } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction';
import { sectionPlanned, type DraftSection } from './kit-draft';

interface Props {
  section: DraftSection;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (patch: Partial<Pick<DraftSection, 'title' | 'minutes' | 'notes'>>) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  children: ReactNode;
}

export function KitSectionCard({ section, index, count, errors, onChange, onMove, onRemove, children }: Props) {
  // Only an empty section is a drop target of its own; in one with questions, its questions are.
  // Otherwise the first arrow key of a keyboard drag would land on the section it started in.
  const { setNodeRef, isOver } = useDroppable({ id: section.key, disabled: section.questions.length > 0 });
  const id = useId();
  const planned = sectionPlanned(section);
  const over = planned > section.minutes;
  const name = section.title || `Section ${index + 1}`;
  const err = (field: string) => errors[`sections.${index}.${field}`];

  return (
    <section className="kit-section" aria-labelledby={`${id}-h`}>
      <div className="kit-section-head">
        <h2 id={`${id}-h`} className="kit-section-heading">
          <span className="muted">Section {index + 1}:</span> {name}
        </h2>
        <p className={`kit-section-plan small${over ? ' text-warning' : ''}`}>
          {planned} of {Number.isFinite(section.minutes) ? section.minutes : '?'} min planned{over ? ` — ${planned - section.minutes} over` : ''}
        </p>
      </div>
      <div className="kit-section-fields">
        <div className={`field kit-field-title${err('title') ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-title`} className="field-label">
            Title
          </label>
          <input
            id={`${id}-title`}
            className="input"
            value={section.title}
            maxLength={120}
            aria-invalid={err('title') ? true : undefined}
            aria-describedby={err('title') ? `${id}-title-error` : undefined}
            onChange={(e) => onChange({ title: e.target.value })}
          />
          {err('title') && (
            <p id={`${id}-title-error`} className="field-error">
              {err('title')}
            </p>
          )}
        </div>
        <div className={`field kit-field-minutes${err('minutes') ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-minutes`} className="field-label">
            Time box (min)
          </label>
          <input
            id={`${id}-minutes`}
            className="input"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={Number.isFinite(section.minutes) ? section.minutes : ''}
            aria-invalid={err('minutes') ? true : undefined}
            aria-describedby={err('minutes') ? `${id}-minutes-error` : undefined}
            onChange={(e) => onChange({ minutes: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
          />
          {err('minutes') && (
            <p id={`${id}-minutes-error`} className="field-error">
              {err('minutes')}
            </p>
          )}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`} className="field-label">
          Notes for interviewers <span className="muted small">(optional)</span>
        </label>
        <textarea id={`${id}-notes`} className="input" rows={2} maxLength={2000} value={section.notes} onChange={(e) => onChange({ notes: e.target.value })} />
      </div>

      <SortableContext id={section.key} items={section.questions.map((q) => q.questionId)} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className={`kit-question-list${isOver ? ' is-over' : ''}`} aria-label={`Questions in ${name}`}>
          {children}
          {section.questions.length === 0 && <li className="kit-question-empty muted small">No questions yet: add some from the bank, or drag one here.</li>}
        </ol>
      </SortableContext>

      <div className="kit-section-actions">
        <button type="button" className="button button-small button-secondary" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move section up: ${name}`}>
          <span className="wide-only">Move section up</span>
          <span className="narrow-only">↑ Section</span>
        </button>
        <button type="button" className="button button-small button-secondary" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move section down: ${name}`}>
          <span className="wide-only">Move section down</span>
          <span className="narrow-only">↓ Section</span>
        </button>
        {section.questions.length ? (
          <ConfirmAction
            label="Remove section"
            accessibleLabel={`Remove section: ${name}`}
            question={`Remove it and its ${section.questions.length} question${section.questions.length === 1 ? '' : 's'}?`}
            confirmLabel="Remove"
            onConfirm={onRemove}
          />
        ) : (
          <button type="button" className="button button-small button-danger-quiet" onClick={onRemove} aria-label={`Remove section: ${name}`}>
            Remove section
          </button>
        )}
      </div>
    </section>
  );
}
