// One practice answer: graded by the grader against the bank question, stored as the user's own,
// and fed to the review schedule. Its result is the only place a user is shown a question's
// reference answer, key points and anchors: after they have tried it themselves.
import { AppError } from '../../../core/errors';
import { gradeAnswer, type GradeResult } from '../../../core/grader/index';
import { graderQuestionOf } from '../../../core/grader/bank-question';
import type { Question } from '../../../shared/question.schema';
import { createAttemptBodySchema, type AttemptResult, type CreateAttemptBody } from '../../../shared/practice.schema';
import type { Db } from '../../db/client';
import { getQuestion } from '../questions/question.service';
import { getOwnSession, type Owner } from './practice.service';
import { presentAttempt, type FollowUpContext, type StoredGrade } from './practice-presenters';
import * as repo from './practice.repo';
import { ratingFor, reviewQuestion } from './review.service';

const invalid = (name: string, message: string, detail: string) => new AppError('validation_failed', detail, { errors: [{ in: 'body', name, message }] });

/**
 * An answer to an earlier attempt's follow-up is graded together with that attempt's answer, as an
 * interviewer scores the whole exchange: the follow-up exists to let the candidate add what the
 * first answer missed. The earlier attempt must be the user's own and about the same question.
 */
async function followUpContext(db: Db, owner: Owner, body: { followUpOf?: string; questionId: string; answer: string }) {
  if (!body.followUpOf) return null;
  const earlier = await repo.findOwnAttempt(db, owner.userId, owner.workspaceId, body.followUpOf);
  if (!earlier) throw new AppError('not_found', `No attempt of yours has the id "${body.followUpOf}".`);
  if (earlier.questionId !== body.questionId) throw invalid('followUpOf', 'is about another question', 'The follow-up belongs to another question.');
  const prompt = (earlier.grade as StoredGrade).followUp;
  if (typeof prompt !== 'string') throw invalid('followUpOf', 'has no follow-up', 'That attempt has no follow-up to answer.');
  if (!body.answer.trim()) throw invalid('answer', 'is empty', 'Write or say your answer to the follow-up first.');
  const separator = '\n\n';
  const context: FollowUpContext = { of: earlier.id, offset: earlier.answer.length + separator.length, prompt };
  return { context, answer: earlier.answer + separator + body.answer, sessionId: earlier.sessionId };
}

function revealFor(question: Question, grade: GradeResult): AttemptResult['reveal'] {
  const score = grade.gradable ? grade.score : null;
  return {
    referenceAnswer: question.referenceAnswer,
    keyPoints: question.keyPoints.map(({ id, text, weight }) => ({ id, text, weight })),
    anchor: score !== null && question.anchors ? { score, text: question.anchors[score as 1 | 2 | 3 | 4 | 5] } : null,
  };
}

/**
 * Grades and stores an answer, then reviews the question's card: the rating is the lower of the
 * grade's and the user's own (review.service.ts). A follow-up answer leaves the schedule alone: the
 * schedule measures what the user recalls unprompted.
 */
export async function recordAttempt(db: Db, input: Owner & { body: CreateAttemptBody; now?: Date }): Promise<AttemptResult> {
  const body = createAttemptBodySchema.parse(input.body);
  const now = input.now ?? new Date();
  const question = await getQuestion(db, input.workspaceId, body.questionId);
  const followUp = await followUpContext(db, input, body);
  const sessionId = body.sessionId ?? followUp?.sessionId ?? null;
  if (sessionId) {
    const session = await getOwnSession(db, input, sessionId);
    if (!session.questionIds.includes(question.id)) throw invalid('questionId', 'is not in this session', 'That question is not part of this session.');
  }
  const answer = followUp?.answer ?? body.answer;
  const grade = gradeAnswer(graderQuestionOf(question), answer);
  const stored: StoredGrade = { ...grade, ...(followUp ? { context: followUp.context } : {}) };
  const row = await repo.insertAttempt(db, {
    workspaceId: input.workspaceId,
    userId: input.userId,
    sessionId,
    questionId: question.id,
    questionVersion: question.version,
    category: question.category,
    answer,
    input: body.input,
    grade: stored,
    score: grade.gradable ? grade.score : null,
    selfRating: body.selfRating ?? null,
    createdAt: now,
  });
  const review = followUp
    ? null
    : await reviewQuestion(db, { userId: input.userId, workspaceId: input.workspaceId, questionId: question.id, rating: ratingFor(grade, body.selfRating), now });
  return { attempt: presentAttempt({ ...row, questionTitle: question.title }), reveal: revealFor(question, grade), review };
}
