import { CANDIDATE_STATUS_LABELS, type CandidateStatus } from '../../../shared/candidate.schema';
import { Badge } from '../../components/Badge';

const TONE = { active: 'blue', offer: 'amber', hired: 'green', rejected: 'red', withdrawn: 'neutral' } as const;

export function StatusBadge({ status }: { status: CandidateStatus }) {
  return <Badge tone={TONE[status]}>{CANDIDATE_STATUS_LABELS[status]}</Badge>;
}

/** "1.2 MB", "340 KB": file sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
