// A bank question as the grader reads it. Question (the API shape) and QuestionContent (a pack
// file's) both fit, so the CLI, the benchmark and the evaluation read questions one way.
import type { QuestionContent } from '../../shared/question.schema';
import type { GraderQuestion } from './grader-types';

type BankQuestion = Pick<QuestionContent, 'prompt' | 'referenceAnswer' | 'keyPoints' | 'anchors' | 'redFlags' | 'followUps'>;

export function graderQuestionOf(q: BankQuestion): GraderQuestion {
  return {
    prompt: q.prompt,
    referenceAnswer: q.referenceAnswer,
    keyPoints: q.keyPoints.map((kp) => ({ id: kp.id, text: kp.text, weight: kp.weight, evidence: kp.evidence, followUp: kp.followUp })),
    anchors: q.anchors,
    redFlags: q.redFlags.map((f) => ({ text: f.text, evidence: f.evidence })),
    followUps: q.followUps.map((f) => ({ prompt: f.prompt, keyPoints: f.keyPoints })),
  };
}
