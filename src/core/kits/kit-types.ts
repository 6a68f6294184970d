import type { DIFFICULTIES } from '../../shared/question.schema';

export type Difficulty = (typeof DIFFICULTIES)[number];
