import type { ReactNode } from 'react';

const DIFFICULTY_TONE = { easy: 'green', medium: 'amber', hard: 'red' } as const;

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'blue' | 'green' | 'amber' | 'red'; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function DifficultyBadge({ difficulty }: { difficulty: 'easy' | 'medium' | 'hard' }) {
  return <Badge tone={DIFFICULTY_TONE[difficulty]}>{difficulty}</Badge>;
}

export const typeLabel = (type: string) => (type === 'system-design' ? 'system design' : type);
