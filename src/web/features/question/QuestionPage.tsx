// One question. With question.read it is the interviewer's full view; with only question.practice,
// the candidate's practice view from the practice endpoint.
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState, ErrorState, Spinner } from '../../components/States';
import { useCan } from '../../lib/session';
import { useHotkeys } from '../../lib/use-hotkeys';
import { useQuestion } from './api/get-question';
import { usePracticeQuestion } from './api/get-practice-question';
import { FullQuestionView } from './FullQuestionView';
import { PracticeQuestionView } from './PracticeQuestionView';

export function QuestionPage() {
  const { slug = '' } = useParams();
  const can = useCan();
  const full = can('question.read');
  const practice = !full && can('question.practice');
  const fullQuery = useQuestion(slug, { enabled: full });
  const practiceQuery = usePracticeQuestion(slug, { enabled: practice });
  const query = full ? fullQuery : practiceQuery;
  const navigate = useNavigate();
  useHotkeys({ Escape: () => navigate(-1) });
  useEffect(() => {
    document.title = query.data ? `${query.data.title} · Candor` : 'Candor';
  }, [query.data]);

  return (
    <main id="main" className="page question-page">
      <p className="breadcrumb">
        <Link to={practice ? '/questions' : '/'}>← {practice ? 'Practice questions' : 'Question bank'}</Link>
      </p>
      {!full && !practice ? (
        <EmptyState title="No questions for your role">Your role in this workspace cannot read questions.</EmptyState>
      ) : full && fullQuery.data ? (
        <FullQuestionView question={fullQuery.data} />
      ) : practice && practiceQuery.data ? (
        <PracticeQuestionView question={practiceQuery.data} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <Spinner label="Loading the question" />
      )}
    </main>
  );
}
