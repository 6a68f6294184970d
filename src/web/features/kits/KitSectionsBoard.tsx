// The kit's sections and their questions, reorderable three ways that all end in the same draft
// edits: dragging with a pointer, dragging with the keyboard (focus a handle, Space, arrow keys,
// Space), and the Move up / Move down buttons. Every move is announced in words.
import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useEffect, useRef, useState } from 'react';
import {
  canStep,
  describePlace,
  findQuestion,
  moveQuestionTo,
  moveSection,
  removeQuestion,
  removeSection,
  sectionOfKey,
  setQuestionNotes,
  stepQuestion,
  updateSection,
  type KitDraft,
  type QuestionPlace,
} from './kit-draft';
import { KitQuestionRow } from './KitQuestionRow';
import { KitSectionCard } from './KitSectionCard';

interface Props {
  draft: KitDraft;
  onChange: (draft: KitDraft) => void;
  /** Speaks through the page's live region. */
  announce: (message: string) => void;
  errors: Record<string, string>;
}

export function KitSectionsBoard({ draft, onChange, announce, errors }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // The draft as of the latest render, for dnd-kit's callbacks, and as it was when a drag began (Escape restores it).
  const latest = useRef(draft);
  latest.current = draft;
  const beforeDrag = useRef<KitDraft | null>(null);
  // After a move across sections the row is a new element: put focus back on the control that moved it.
  const [refocus, setRefocus] = useState<{ questionId: string; move: 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (!refocus) return;
    const row = document.querySelector(`[data-question-id="${refocus.questionId}"]`);
    const preferred = row?.querySelector<HTMLButtonElement>(`button[data-move="${refocus.move}"]:not(:disabled)`);
    (preferred ?? row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)') ?? row?.querySelector<HTMLButtonElement>('.drag-handle'))?.focus();
    setRefocus(null);
  }, [refocus]);

  const titleOf = (id: UniqueIdentifier) => {
    const place = findQuestion(latest.current, String(id));
    return place ? (latest.current.sections[place.section]!.questions[place.index]!.question?.title ?? 'The question') : 'The question';
  };

  /** Where a drop on `overId` (a question or a section) puts the dragged question. */
  const placeFor = (overId: UniqueIdentifier): QuestionPlace | undefined => {
    const d = latest.current;
    const section = sectionOfKey(d, String(overId));
    if (section >= 0) return { section, index: d.sections[section]!.questions.length };
    return findQuestion(d, String(overId));
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const from = findQuestion(latest.current, String(active.id));
    const to = placeFor(over.id);
    // Within a section the sortable strategy animates the move; only a change of section moves it now.
    if (!from || !to || from.section === to.section) return;
    // A pointer below the middle of the question it is over goes after it.
    const dragged = active.rect.current.translated;
    const below = dragged && sectionOfKey(latest.current, String(over.id)) < 0 && dragged.top > over.rect.top + over.rect.height / 2;
    onChange(moveQuestionTo(latest.current, String(active.id), below ? { ...to, index: to.index + 1 } : to));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    beforeDrag.current = null;
    if (!over) return;
    const to = placeFor(over.id);
    if (to) onChange(moveQuestionTo(latest.current, String(active.id), to));
  };

  const positionText = (overId: UniqueIdentifier) => {
    const place = placeFor(overId);
    if (!place) return 'unknown';
    const s = latest.current.sections[place.section]!;
    return `${place.index + 1} in “${s.title || `section ${place.section + 1}`}”`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up “${titleOf(active.id)}”. Use the arrow keys to move it, Space to drop it, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `“${titleOf(active.id)}” is over position ${positionText(over.id)}.` : `“${titleOf(active.id)}” is not over a section.`),
    onDragEnd: ({ active }) => `Dropped. ${describePlace(latest.current, String(active.id))}`,
    onDragCancel: ({ active }) => `Cancelled: “${titleOf(active.id)}” is back where it was.`,
  };

  const step = (questionId: string, direction: -1 | 1) => {
    const result = stepQuestion(draft, questionId, direction);
    if (!result) return;
    onChange(result.draft);
    announce(describePlace(result.draft, questionId));
    setRefocus({ questionId, move: direction < 0 ? 'up' : 'down' });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={() => (beforeDrag.current = latest.current)}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        if (beforeDrag.current) onChange(beforeDrag.current);
        beforeDrag.current = null;
      }}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: 'To move a question with the keyboard, press Space, then the up and down arrow keys, and Space again to drop it. Escape cancels. The Move up and Move down buttons do the same one step at a time.',
        },
      }}
    >
      {draft.sections.map((section, index) => (
        <KitSectionCard
          key={section.key}
          section={section}
          index={index}
          count={draft.sections.length}
          errors={errors}
          onChange={(patch) => onChange(updateSection(draft, section.key, patch))}
          onMove={(direction) => {
            onChange(moveSection(draft, section.key, direction));
            announce(`Section “${section.title || index + 1}” is now section ${index + 1 + direction} of ${draft.sections.length}.`);
          }}
          onRemove={() => {
            onChange(removeSection(draft, section.key));
            announce(`Removed section “${section.title || index + 1}”.`);
          }}
        >
          {section.questions.map((item, i) => (
            <KitQuestionRow
              key={item.questionId}
              item={item}
              position={i + 1}
              canMoveUp={canStep(draft, item.questionId, -1)}
              canMoveDown={canStep(draft, item.questionId, 1)}
              onMove={(direction) => step(item.questionId, direction)}
              onRemove={() => {
                onChange(removeQuestion(draft, item.questionId));
                announce(`Removed “${item.question?.title ?? 'the question'}” from the kit.`);
              }}
              onNotes={(notes) => onChange(setQuestionNotes(draft, item.questionId, notes))}
            />
          ))}
        </KitSectionCard>
      ))}
    </DndContext>
  );
}
