// The kit builder's working copy and every edit to it, as pure functions: the page, the drag and
// drop handlers and the Move up/down buttons all change the kit through these, and tests check them
// without a browser. Question ids are unique within a kit, so they double as drag-and-drop ids.
import type { Kit, KitInput, KitQuestionSummary } from '../../../shared/kit.schema';

export interface DraftQuestion {
  questionId: string;
  notes: string;
  question: KitQuestionSummary | null;
}

export interface DraftSection {
  /** Stable while the section is edited or moved; never sent to the server. */
  key: string;
  title: string;
  minutes: number;
  notes: string;
  questions: DraftQuestion[];
}

export interface KitDraft {
  name: string;
  description: string;
  minutes: number;
  notes: string;
  sections: DraftSection[];
}

let sectionCounter = 0;
export const newSectionKey = () => `section-${++sectionCounter}`;

export function emptyDraft(): KitDraft {
  return { name: '', description: '', minutes: 60, notes: '', sections: [{ key: newSectionKey(), title: 'Questions', minutes: 50, notes: '', questions: [] }] };
}

export function draftFromKit(kit: Pick<Kit, 'name' | 'description' | 'minutes' | 'notes' | 'sections'>): KitDraft {
  return {
    name: kit.name,
    description: kit.description,
    minutes: kit.minutes,
    notes: kit.notes,
    sections: kit.sections.map((s) => ({
      key: newSectionKey(),
      title: s.title,
      minutes: s.minutes,
      notes: s.notes,
      questions: s.questions.map((q) => ({ questionId: q.questionId, notes: q.notes, question: q.question })),
    })),
  };
}

/** The body for POST /api/v1/kits or PATCH /api/v1/kits/:id. */
export function draftToInput(draft: KitDraft): KitInput {
  return {
    name: draft.name,
    description: draft.description,
    minutes: draft.minutes,
    notes: draft.notes,
    sections: draft.sections.map((s) => ({ title: s.title, minutes: s.minutes, notes: s.notes, questions: s.questions.map((q) => ({ questionId: q.questionId, notes: q.notes })) })),
  };
}

export interface QuestionPlace {
  section: number;
  index: number;
}

export function findQuestion(draft: KitDraft, questionId: string): QuestionPlace | undefined {
  for (const [section, s] of draft.sections.entries()) {
    const index = s.questions.findIndex((q) => q.questionId === questionId);
    if (index >= 0) return { section, index };
  }
  return undefined;
}

export const sectionOfKey = (draft: KitDraft, key: string) => draft.sections.findIndex((s) => s.key === key);

const withSections = (draft: KitDraft, sections: DraftSection[]): KitDraft => ({ ...draft, sections });

/** Moves a question to `to` (index clamped to the target section); the draft unchanged when it is not in the kit. */
export function moveQuestionTo(draft: KitDraft, questionId: string, to: QuestionPlace): KitDraft {
  const from = findQuestion(draft, questionId);
  if (!from || !draft.sections[to.section]) return draft;
  const sections = draft.sections.map((s) => ({ ...s, questions: [...s.questions] }));
  const [moved] = sections[from.section]!.questions.splice(from.index, 1);
  const target = sections[to.section]!.questions;
  target.splice(Math.max(0, Math.min(to.index, target.length)), 0, moved!);
  return withSections(draft, sections);
}

/**
 * One step up or down. At the edge of a section the question crosses into the neighbouring one
 * (to its end going up, its start going down), so the buttons reach every place drag and drop can.
 * Returns undefined when there is nowhere to go.
 */
export function stepQuestion(draft: KitDraft, questionId: string, direction: -1 | 1): { draft: KitDraft; place: QuestionPlace } | undefined {
  const from = findQuestion(draft, questionId);
  if (!from) return undefined;
  const length = draft.sections[from.section]!.questions.length;
  const within = from.index + direction;
  let place: QuestionPlace;
  if (within >= 0 && within < length) place = { section: from.section, index: within };
  else {
    const section = from.section + direction;
    if (!draft.sections[section]) return undefined;
    place = { section, index: direction < 0 ? draft.sections[section]!.questions.length : 0 };
  }
  return { draft: moveQuestionTo(draft, questionId, place), place };
}

export function canStep(draft: KitDraft, questionId: string, direction: -1 | 1): boolean {
  return stepQuestion(draft, questionId, direction) !== undefined;
}

export function addQuestion(draft: KitDraft, sectionKey: string, question: KitQuestionSummary): KitDraft {
  if (findQuestion(draft, question.id)) return draft;
  return withSections(
    draft,
    draft.sections.map((s) => (s.key === sectionKey ? { ...s, questions: [...s.questions, { questionId: question.id, notes: '', question }] } : s)),
  );
}

export function removeQuestion(draft: KitDraft, questionId: string): KitDraft {
  return withSections(draft, draft.sections.map((s) => ({ ...s, questions: s.questions.filter((q) => q.questionId !== questionId) })));
}

export function setQuestionNotes(draft: KitDraft, questionId: string, notes: string): KitDraft {
  return withSections(draft, draft.sections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.questionId === questionId ? { ...q, notes } : q)) })));
}

export function addSection(draft: KitDraft, title = 'New section'): KitDraft {
  return withSections(draft, [...draft.sections, { key: newSectionKey(), title, minutes: 10, notes: '', questions: [] }]);
}

export function updateSection(draft: KitDraft, key: string, patch: Partial<Pick<DraftSection, 'title' | 'minutes' | 'notes'>>): KitDraft {
  return withSections(draft, draft.sections.map((s) => (s.key === key ? { ...s, ...patch } : s)));
}

export function removeSection(draft: KitDraft, key: string): KitDraft {
  return withSections(draft, draft.sections.filter((s) => s.key !== key));
}

export function moveSection(draft: KitDraft, key: string, direction: -1 | 1): KitDraft {
  const from = sectionOfKey(draft, key);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= draft.sections.length) return draft;
  const sections = [...draft.sections];
  [sections[from], sections[to]] = [sections[to]!, sections[from]!];
  return withSections(draft, sections);
}

export const sectionPlanned = (s: DraftSection) => s.questions.reduce((n, q) => n + (q.question?.minutes ?? 0), 0);

/** Planned minutes against the duration and each time box, as the builder shows them while editing. */
export function draftTotals(draft: KitDraft) {
  const planned = draft.sections.reduce((n, s) => n + sectionPlanned(s), 0);
  const boxed = draft.sections.reduce((n, s) => n + (Number.isFinite(s.minutes) ? s.minutes : 0), 0);
  const overrunSections = draft.sections.filter((s) => sectionPlanned(s) > s.minutes).map((s) => s.title || 'Untitled section');
  return { planned, boxed, questionCount: draft.sections.reduce((n, s) => n + s.questions.length, 0), overrun: Math.max(0, planned - draft.minutes), overrunSections };
}

/** "“Idempotency keys” moved to position 2 of 3 in “API and auth”." for the live region. */
export function describePlace(draft: KitDraft, questionId: string): string {
  const place = findQuestion(draft, questionId);
  if (!place) return '';
  const section = draft.sections[place.section]!;
  const title = section.questions[place.index]!.question?.title ?? 'The question';
  return `“${title}” is now ${place.index + 1} of ${section.questions.length} in “${section.title || `section ${place.section + 1}`}”.`;
}
