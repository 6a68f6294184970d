// How interview states read on screen, with a tone for their badge (never the only cue: the word is shown).
import type { InterviewStatus } from '../../../shared/interview.schema';

export const STATUS_LABELS: Record<InterviewStatus, string> = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const STATUS_TONES = { scheduled: 'blue', in_progress: 'amber', completed: 'green', cancelled: 'neutral' } as const;

export const names = (people: { name: string }[]) => people.map((p) => p.name).join(', ');
