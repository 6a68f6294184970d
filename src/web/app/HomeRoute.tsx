// The address "/": the question bank for those who read it; candidates land on practice. A link
// with a search (a tag on a question page) still opens the questions they may read.
import { Navigate, useLocation } from 'react-router';
import { BankPage } from '../features/bank/BankPage';
import { useCan } from '../lib/session';

export function HomeRoute() {
  const can = useCan();
  const { search } = useLocation();
  if (!can('question.read') && can('practice.answer') && !search) return <Navigate to="/practice" replace />;
  return <BankPage />;
}
