// Practice: sessions, attempts with their grades, the review schedule and progress — the shapes the
// practice API sends and accepts, shared by its routes and the web app. Key points, the reference
// answer and the anchors appear only in an attempt's result (`reveal`), never in a session's
// questions, which are practice views.
import { z } from 'zod';
import { difficultySchema, practiceQuestionSchema } from './question.schema';

export const PRACTICE_MODES = ['mock', 'review'] as const;
export const practiceModeSchema = z.enum(PRACTICE_MODES);
export type PracticeMode = z.output<typeof practiceModeSchema>;

export const ANSWER_INPUTS = ['typed', 'spoken'] as const;
export const MAX_SESSION_LENGTH = 20;
export const MAX_ANSWER_LENGTH = 20_000;

/** ts-fsrs ratings a person gives themselves: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const SELF_RATINGS = [
  { value: 1, label: 'Again', hint: 'I could not answer it' },
  { value: 2, label: 'Hard', hint: 'I got there with effort' },
  { value: 3, label: 'Good', hint: 'I knew it' },
  { value: 4, label: 'Easy', hint: 'I knew it cold' },
] as const;
export const selfRatingSchema = z.number().int().min(1).max(4);

const isoDate = z.string().describe('ISO 8601 timestamp');

export const practiceSettingsSchema = z.object({
  pack: z.string().trim().min(1).max(80).nullable().default(null).describe('a pack id (questions loaded from it), or null for the whole bank'),
  difficulties: z.array(difficultySchema).max(3).default([]).describe('empty: every difficulty'),
  categories: z.array(z.string().trim().min(1).max(60)).max(20).default([]).describe('empty: every category'),
  length: z.number().int().min(1).max(MAX_SESSION_LENGTH).describe('how many questions'),
});
export type PracticeSettings = z.output<typeof practiceSettingsSchema>;

export const createSessionBodySchema = practiceSettingsSchema.extend({ mode: practiceModeSchema });
export type CreateSessionBody = z.input<typeof createSessionBodySchema>;

/** A half-open range [start, end) of UTF-16 code units in the answer, as JavaScript slices it. */
export const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type AnswerSpan = z.output<typeof spanSchema>;

export const gradeSchema = z.object({
  gradable: z.boolean(),
  score: z.number().int().min(1).max(5).nullable(),
  reason: z.string(),
  notGradable: z.string().optional(),
  covered: z.array(z.object({ id: z.string(), text: z.string(), weight: z.number(), spans: z.array(spanSchema) })),
  missed: z.array(z.object({ id: z.string(), text: z.string(), weight: z.number() })),
  redFlags: z.array(z.object({ text: z.string(), spans: z.array(spanSchema) })),
  followUp: z.string().nullable(),
  confidence: z.number(),
  derivedKeyPoints: z.boolean(),
});
export type Grade = z.output<typeof gradeSchema>;

export const practiceAttemptSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid().nullable(),
  questionId: z.uuid(),
  questionTitle: z.string(),
  category: z.string(),
  answer: z.string().describe('what was graded: for a follow-up, the first answer and then the answer to the follow-up'),
  input: z.enum(ANSWER_INPUTS),
  score: z.number().int().nullable(),
  selfRating: z.number().int().nullable(),
  grade: gradeSchema,
  /** Set when this attempt answered the follow-up of an earlier one. */
  followUpOf: z.uuid().nullable(),
  /** Where the answer to the follow-up starts in `answer` (UTF-16 offset); null for a first answer. */
  followUpOffset: z.number().int().nullable(),
  followUpPrompt: z.string().nullable(),
  createdAt: isoDate,
});
export type PracticeAttempt = z.output<typeof practiceAttemptSchema>;

export const createAttemptBodySchema = z.object({
  questionId: z.uuid(),
  sessionId: z.uuid().optional(),
  answer: z.string().max(MAX_ANSWER_LENGTH),
  input: z.enum(ANSWER_INPUTS).default('typed'),
  selfRating: selfRatingSchema.optional().describe('how it went, by your own judgement: 1 Again, 2 Hard, 3 Good, 4 Easy'),
  followUpOf: z.uuid().optional().describe('an earlier attempt of yours whose follow-up this answers: both answers are graded together'),
});
export type CreateAttemptBody = z.input<typeof createAttemptBodySchema>;

export const reviewStateSchema = z.enum(['new', 'learning', 'review', 'relearning']);

export const reviewCardSchema = z.object({
  questionId: z.uuid(),
  due: isoDate,
  state: reviewStateSchema,
  reps: z.number().int(),
  lapses: z.number().int(),
  scheduledDays: z.number().int(),
  lastReview: isoDate.nullable(),
});

/** An attempt's result: the grade, what the attempt reveals, and the new review schedule. */
export const attemptResultSchema = z.object({
  attempt: practiceAttemptSchema,
  reveal: z.object({
    referenceAnswer: z.string(),
    keyPoints: z.array(z.object({ id: z.string(), text: z.string(), weight: z.number() })),
    /** The anchor whose score the grade gave, or null when not gradable or the question has none. */
    anchor: z.object({ score: z.number().int(), text: z.string() }).nullable(),
  }),
  review: reviewCardSchema
    .extend({ rating: z.number().int().min(1).max(4).describe('the ts-fsrs rating applied: 1 Again, 2 Hard, 3 Good, 4 Easy') })
    .nullable()
    .describe('the card after this attempt; null for a follow-up, which does not move the schedule'),
});
export type AttemptResult = z.output<typeof attemptResultSchema>;

export const categorySummarySchema = z.object({
  category: z.string(),
  attempts: z.number().int(),
  graded: z.number().int(),
  meanScore: z.number().nullable(),
});

export const practiceSessionSummarySchema = z.object({
  id: z.uuid(),
  mode: practiceModeSchema,
  settings: practiceSettingsSchema,
  minutes: z.number().int(),
  questionCount: z.number().int(),
  attemptCount: z.number().int(),
  meanScore: z.number().nullable(),
  startedAt: isoDate,
  finishedAt: isoDate.nullable(),
  sharedAt: isoDate.nullable(),
});
export type PracticeSessionSummary = z.output<typeof practiceSessionSummarySchema>;

/** A session as its owner opens it: its questions as practice views (no answers). */
export const practiceSessionSchema = practiceSessionSummarySchema.extend({
  questions: z.array(practiceQuestionSchema),
  answeredQuestionIds: z.array(z.uuid()),
});
export type PracticeSession = z.output<typeof practiceSessionSchema>;

/** The report: attempts with grades and a per-category summary; for others only when shared. */
export const practiceReportSchema = practiceSessionSchema.extend({
  owner: z.object({ id: z.string(), name: z.string() }),
  isOwner: z.boolean(),
  attempts: z.array(practiceAttemptSchema),
  categories: z.array(categorySummarySchema),
});
export type PracticeReport = z.output<typeof practiceReportSchema>;

export const practiceSessionListSchema = z.object({ items: z.array(practiceSessionSummarySchema) });

/** A report its owner shared: what the hiring team sees in their list, with who practised. */
export const sharedPracticeReportSchema = practiceSessionSummarySchema.extend({ owner: z.object({ name: z.string(), email: z.string() }) });
export type SharedPracticeReport = z.output<typeof sharedPracticeReportSchema>;
export const sharedPracticeReportListSchema = z.object({ items: z.array(sharedPracticeReportSchema) });

export const dueReviewSchema = z.object({
  questionId: z.uuid(),
  slug: z.string(),
  title: z.string(),
  category: z.string(),
  difficulty: difficultySchema,
  due: isoDate,
  state: reviewStateSchema,
});
export type DueReview = z.output<typeof dueReviewSchema>;

export const reviewsSchema = z.object({
  dueNow: z.number().int(),
  dueToday: z.number().int().describe('due within the next 24 hours, including now'),
  dueThisWeek: z.number().int().describe('due within the next 7 days, including now'),
  total: z.number().int().describe('questions on the schedule'),
  items: z.array(dueReviewSchema).describe('the cards due soonest, at most 50'),
});
export type Reviews = z.output<typeof reviewsSchema>;

export const PROGRESS_BUCKETS = ['day', 'week'] as const;

export const progressQuerySchema = z.object({
  bucket: z.enum(PROGRESS_BUCKETS).default('day'),
  tz: z
    .string()
    .max(64)
    .default('UTC')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'is not an IANA time zone')
    .describe('the time zone days and weeks are counted in (IANA name)'),
});
export type ProgressQuery = z.output<typeof progressQuerySchema>;

export const progressSchema = z.object({
  bucket: z.enum(PROGRESS_BUCKETS),
  tz: z.string(),
  categories: z.array(
    categorySummarySchema.extend({
      points: z.array(z.object({ period: z.string().describe('the first day of the day or week, YYYY-MM-DD'), meanScore: z.number(), graded: z.number().int() })),
    }),
  ),
  dueReviews: z.number().int(),
});
export type Progress = z.output<typeof progressSchema>;

export const practiceOptionsSchema = z.object({
  packs: z.array(z.object({ id: z.string(), name: z.string(), questions: z.number().int() })),
  categories: z.array(z.object({ value: z.string(), count: z.number().int() })),
  difficulties: z.array(z.object({ value: difficultySchema, count: z.number().int() })),
});
export type PracticeOptions = z.output<typeof practiceOptionsSchema>;
