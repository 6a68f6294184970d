// One question in a kit section: a drag handle (pointer, or Space then the arrow keys), Move up /
// Move down buttons for the same moves without dragging, its facts, and notes for interviewers.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Badge, DifficultyBadge, typeLabel } from '../../components/Badge';
import type { DraftQuestion } from './kit-draft';

export type MoveDirection = -1 | 1;

interface Props {
  item: DraftQuestion;
  position: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: MoveDirection) => void;
  onRemove: () => void;
  onNotes: (notes: string) => void;
}

export function KitQuestionRow({ item, position, canMoveUp, canMoveDown, onMove, onRemove, onNotes }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.questionId });
  // Open when there are notes; opened by the user, the field takes focus.
  const [notesOpen, setNotesOpen] = useState<'no' | 'shown' | 'opened'>(item.notes !== '' ? 'shown' : 'no');
  const notesId = useId();
  const q = item.question;
  const title = q?.title ?? 'A question that no longer exists';

  return (
    <li
      ref={setNodeRef}
      className={`kit-question${isDragging ? ' is-dragging' : ''}${q?.deleted || !q ? ' is-deleted' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-question-id={item.questionId}
    >
      <button ref={setActivatorNodeRef} type="button" className="drag-handle" {...attributes} {...listeners} aria-label={`Reorder: ${title}`}>
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="kit-question-main">
        <p className="kit-question-title">
          <span className="kit-question-position" aria-hidden="true">
            {position}.
          </span>{' '}
          {q && !q.deleted ? (
            <Link to={`/questions/${q.slug}`} target="_blank" rel="noreferrer">
              {title}
            </Link>
          ) : (
            title
          )}
        </p>
        {q && (
          <p className="kit-question-meta small">
            <span>{q.minutes} min</span>
            <DifficultyBadge difficulty={q.difficulty} />
            <span className="muted">{q.category}</span>
            <span className="muted">{typeLabel(q.type)}</span>
            {q.deleted && <Badge tone="red">deleted from the bank</Badge>}
          </p>
        )}
        {notesOpen !== 'no' && (
          <div className="kit-question-notes">
            <label htmlFor={notesId} className="field-label small">
              Notes for interviewers
            </label>
            <textarea id={notesId} className="input" rows={2} maxLength={2000} value={item.notes} autoFocus={notesOpen === 'opened'} onChange={(e) => onNotes(e.target.value)} />
          </div>
        )}
        <div className="kit-question-foot">
          {notesOpen === 'no' && (
            <button type="button" className="link-button small" onClick={() => setNotesOpen('opened')} aria-label={`Add notes: ${title}`}>
              Add notes
            </button>
          )}
          <div className="kit-question-actions">
            <button type="button" className="button button-small button-secondary" data-move="up" disabled={!canMoveUp} onClick={() => onMove(-1)} aria-label={`Move up: ${title}`}>
              <span aria-hidden="true">↑</span> <span className="wide-only">Move up</span>
              <span className="narrow-only">Up</span>
            </button>
            <button type="button" className="button button-small button-secondary" data-move="down" disabled={!canMoveDown} onClick={() => onMove(1)} aria-label={`Move down: ${title}`}>
              <span aria-hidden="true">↓</span> <span className="wide-only">Move down</span>
              <span className="narrow-only">Down</span>
            </button>
            <button type="button" className="button button-small button-danger-quiet" onClick={onRemove} aria-label={`Remove: ${title}`}>
              Remove
            </button>
          </div>
        </div>
      </div>
    </li>
  );
}
