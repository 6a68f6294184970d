// Interviews, scorecards, debriefs and calibration: the API's shapes, shared by server and web.
import { z } from 'zod';
import { anchorsSchema, followUpSchema, keyPointSchema, redFlagSchema } from './question.schema';

const isoDate = z.string().describe('ISO 8601 timestamp');
const uuid = z.uuid();

export const INTERVIEW_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export const RECOMMENDATIONS = ['strong_no', 'no', 'maybe', 'yes', 'strong_yes'] as const;
export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no: 'Strong No',
  no: 'No',
  maybe: 'Maybe',
  yes: 'Yes',
  strong_yes: 'Strong Yes',
};
export const DECISIONS = ['hire', 'no_hire', 'hold'] as const;
export const interviewStatusSchema = z.enum(INTERVIEW_STATUSES);
export const recommendationSchema = z.enum(RECOMMENDATIONS);
export const decisionValueSchema = z.enum(DECISIONS);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type DecisionValue = z.infer<typeof decisionValueSchema>;

export const personSchema = z.object({ userId: z.string(), name: z.string(), email: z.string() });
export type Person = z.infer<typeof personSchema>;

// ── Interviews ────────────────────────────────────────────────────────────────────────────────

export const scheduleInterviewSchema = z.object({
  candidateId: uuid,
  kitId: uuid,
  interviewerIds: z.array(z.string().min(1)).min(1, 'name at least one interviewer').max(8),
  scheduledAt: z.iso.datetime({ offset: true }).describe('when it starts (ISO 8601)'),
  notes: z.string().trim().max(5_000).default(''),
});
export type ScheduleInterviewInput = z.input<typeof scheduleInterviewSchema>;

export const updateInterviewSchema = z
  .object({
    interviewerIds: scheduleInterviewSchema.shape.interviewerIds,
    scheduledAt: scheduleInterviewSchema.shape.scheduledAt,
    notes: z.string().trim().max(5_000),
  })
  .partial()
  .strict();

/** A question as it was when the interview was scheduled: the snapshot the screen and debrief show. */
export const interviewQuestionSchema = z.object({
  position: z.number().int(),
  sectionIndex: z.number().int(),
  questionId: z.string().nullable().describe('the bank question; null once it was deleted for good'),
  questionVersion: z.number().int(),
  notes: z.string().describe("the kit's note to interviewers for this question"),
  slug: z.string(),
  title: z.string(),
  type: z.string(),
  category: z.string(),
  difficulty: z.string(),
  minutes: z.number().int(),
  prompt: z.string(),
  approach: z.string(),
  referenceAnswer: z.string(),
  keyPoints: z.array(keyPointSchema),
  anchors: anchorsSchema.nullable(),
  followUps: z.array(followUpSchema),
  redFlags: z.array(redFlagSchema),
});
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;

export const interviewSectionSchema = z.object({ index: z.number().int(), title: z.string(), minutes: z.number().int(), positions: z.array(z.number().int()) });

export const interviewSummarySchema = z.object({
  id: uuid,
  candidate: z.object({ id: uuid, name: z.string() }),
  kitId: z.string().nullable(),
  kitName: z.string(),
  minutes: z.number().int(),
  scheduledAt: isoDate,
  status: interviewStatusSchema,
  interviewers: z.array(personSchema),
  questionCount: z.number().int(),
  /** The caller's own scorecard status, when they are one of the interviewers. */
  myScorecard: z.enum(['draft', 'submitted']).nullable(),
});
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

export const interviewSchema = interviewSummarySchema.extend({
  notes: z.string(),
  startedAt: isoDate.nullable(),
  completedAt: isoDate.nullable(),
  cancelledAt: isoDate.nullable(),
  version: z.number().int(),
  sections: z.array(interviewSectionSchema),
  questions: z.array(interviewQuestionSchema),
});
export type Interview = z.infer<typeof interviewSchema>;

export const listInterviewsQuerySchema = z.object({
  status: interviewStatusSchema.optional(),
  candidateId: uuid.optional(),
  mine: z.enum(['true', 'false']).optional().describe('only interviews the caller is an interviewer on'),
});
export const interviewListSchema = z.object({ items: z.array(interviewSummarySchema) });

// ── Scorecards ────────────────────────────────────────────────────────────────────────────────

export const scorecardItemSchema = z.object({
  position: z.number().int().min(0),
  score: z.number().int().min(1).max(5).nullable(),
  notAsked: z.boolean(),
  keyPoints: z.array(z.string().max(80)).max(12).describe('ids of the key points the candidate made'),
  notes: z.string().max(10_000),
});
export type ScorecardItem = z.infer<typeof scorecardItemSchema>;

/** A draft edit: items are merged by position; omitted fields are left alone. */
export const scorecardPatchSchema = z
  .object({
    items: z.array(scorecardItemSchema.partial().required({ position: true })).max(100),
    recommendation: recommendationSchema.nullable(),
    summary: z.string().max(20_000),
  })
  .partial()
  .strict();
export type ScorecardPatch = z.infer<typeof scorecardPatchSchema>;

export const amendScorecardSchema = scorecardPatchSchema.extend({
  reason: z.string().trim().min(3, 'say why the scorecard is amended').max(2_000),
});

export const scorecardRevisionSchema = z.object({ revision: z.number().int(), reason: z.string(), createdAt: isoDate, createdBy: z.string().nullable() });

export const scorecardSchema = z.object({
  id: uuid,
  interviewId: uuid,
  candidateId: uuid,
  interviewer: personSchema,
  status: z.enum(['draft', 'submitted']),
  items: z.array(scorecardItemSchema),
  recommendation: recommendationSchema.nullable(),
  summary: z.string(),
  revision: z.number().int(),
  version: z.number().int(),
  submittedAt: isoDate.nullable(),
  updatedAt: isoDate,
  revisions: z.array(scorecardRevisionSchema),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const scorecardListSchema = z.object({
  items: z.array(scorecardSchema),
  /** Submitted scorecards of others withheld by the independence rule until the caller submits. */
  hidden: z.number().int(),
});

// ── Debrief and decision ──────────────────────────────────────────────────────────────────────

export const decisionInputSchema = z.object({ decision: decisionValueSchema, rationale: z.string().trim().min(10, 'give the reasons (10 characters or more)').max(10_000) });
export const decisionSchema = z.object({ id: uuid, decision: decisionValueSchema, rationale: z.string(), decidedBy: personSchema.nullable(), decidedAt: isoDate });

export const debriefCellSchema = z.object({
  userId: z.string(),
  score: z.number().int().nullable(),
  notAsked: z.boolean(),
  keyPoints: z.array(z.string()),
  notes: z.string(),
});

export const debriefRowSchema = z.object({
  interviewId: uuid,
  position: z.number().int(),
  title: z.string(),
  category: z.string(),
  keyPoints: z.array(z.object({ id: z.string(), text: z.string() })),
  cells: z.array(debriefCellSchema),
  mean: z.number().nullable(),
  /** Highest minus lowest score given. */
  spread: z.number().nullable(),
  /** Spread of 2 or more: worth discussing. */
  disagreement: z.boolean(),
});

export const debriefSchema = z.object({
  candidate: z.object({ id: uuid, name: z.string(), roleApplied: z.string(), status: z.string() }),
  interviews: z.array(z.object({ id: uuid, kitName: z.string(), scheduledAt: isoDate, status: interviewStatusSchema })),
  scorecards: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      interviewId: uuid,
      recommendation: recommendationSchema.nullable(),
      summary: z.string(),
      revision: z.number().int(),
      submittedAt: isoDate.nullable(),
      meanScore: z.number().nullable(),
    }),
  ),
  rows: z.array(debriefRowSchema),
  aggregate: z.object({
    meanScore: z.number().nullable(),
    scoredAnswers: z.number().int(),
    recommendations: z.record(z.string(), z.number().int()),
    /** Recommendations on a 1–5 scale (Strong No = 1 … Strong Yes = 5), averaged. */
    meanRecommendation: z.number().nullable(),
    disagreements: z.number().int(),
  }),
  /** Scorecards withheld from the caller until they submit their own, and why. */
  hidden: z.object({ count: z.number().int(), reason: z.string().nullable() }),
  /** Interviewers who have not submitted yet. */
  pending: z.array(personSchema),
  decision: decisionSchema.nullable(),
  decisionHistory: z.array(decisionSchema),
});
export type Debrief = z.infer<typeof debriefSchema>;

// ── Calibration ───────────────────────────────────────────────────────────────────────────────

export const agreementSchema = z.object({
  alpha: z.number().nullable().describe("Krippendorff's alpha (ordinal), missing ratings allowed"),
  icc: z.number().nullable().describe('ICC(2,1): absolute agreement of single ratings'),
  iccInterval: z.tuple([z.number(), z.number()]).nullable(),
  units: z.number().int().describe('questions rated by at least two interviewers'),
  raters: z.number().int(),
});

export const calibrationSchema = z.object({
  teamMean: z.number().nullable(),
  interviewers: z.array(
    z.object({ userId: z.string(), name: z.string(), scorecards: z.number().int(), ratings: z.number().int(), mean: z.number().nullable(), leniency: z.number().nullable(), spread: z.number().nullable() }),
  ),
  questions: z.array(
    z.object({
      questionId: z.string().nullable(),
      slug: z.string(),
      title: z.string(),
      timesAsked: z.number().int(),
      mean: z.number().nullable(),
      variance: z.number().nullable(),
      discrimination: z.number().nullable().describe('correlation of its scores with the final decision (hire = 1, no hire = 0)'),
      leakRisk: z.boolean().describe('asked so often it may have leaked'),
    }),
  ),
  agreement: agreementSchema.extend({ perKit: z.array(agreementSchema.extend({ kitName: z.string() })) }),
  /** Candidates left out because the caller has not yet submitted their own scorecard for them. */
  withheldCandidates: z.number().int(),
});
export type Calibration = z.infer<typeof calibrationSchema>;

export const workspaceSettingsSchema = z.object({
  showScorecardsBeforeSubmit: z.boolean().describe('let interviewers see others\u2019 scorecards before submitting their own (off by default)'),
});
