// The grader's contract: what it reads and what it answers. The grader is pure and deterministic;
// the practice API, the `candor grade` CLI and the benchmark all call `gradeAnswer` with these shapes.

/** A key point as the grader sees it: from the bank, or derived from a reference answer. */
export interface GraderKeyPoint {
  id: string;
  text: string;
  /** 1–3: how much the point counts. */
  weight: number;
  /** Phrasings that show the point was made. */
  evidence: string[];
  /** What to ask when the point is missing. */
  followUp?: string;
}

export interface GraderQuestion {
  prompt: string;
  referenceAnswer: string;
  /** Empty when the question has only a reference answer: the grader derives the points from it. */
  keyPoints: GraderKeyPoint[];
  /** Score descriptors 1–5, when the question has them. */
  anchors?: Record<1 | 2 | 3 | 4 | 5, string> | null;
  redFlags?: { text: string; evidence: string[] }[];
  followUps?: { prompt: string; keyPoints: string[] }[];
}

/** A half-open range [start, end) of UTF-16 code units in the answer, as JavaScript slices it. */
export interface Span {
  start: number;
  end: number;
}

export interface CoveredPoint {
  id: string;
  text: string;
  weight: number;
  /** Where in the answer the point was made: the candidate's own words. */
  spans: Span[];
}

export interface MissedPoint {
  id: string;
  text: string;
  weight: number;
}

export type NotGradableReason = 'empty' | 'too_short' | 'gibberish' | 'question_repeated' | 'off_topic' | 'no_sentences' | 'non_answer';

export interface GradeResult {
  gradable: boolean;
  /** 1–5, or null when not gradable. */
  score: number | null;
  /** The same grade before rounding to a whole score (one decimal), or null when not gradable. */
  exactScore?: number | null;
  /** Why this score, or why it could not be given, in one or two plain sentences. */
  reason: string;
  /** Set when not gradable. */
  notGradable?: NotGradableReason;
  covered: CoveredPoint[];
  missed: MissedPoint[];
  redFlags: { text: string; spans: Span[] }[];
  /** The follow-up an interviewer would ask next, aimed at the heaviest missed point. */
  followUp: string | null;
  /** 0–1: how sure the grader is of its score (low for short answers and derived key points). */
  confidence: number;
  /** Whether the key points were derived from the reference answer rather than written by hand. */
  derivedKeyPoints: boolean;
}
