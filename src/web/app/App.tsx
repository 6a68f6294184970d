import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router';
import { BankPage } from '../features/bank/BankPage';
import { SignInPage } from '../features/auth/SignInPage';
import { EmptyState, PageLoading } from '../components/States';
import { RequirePermission } from './RequirePermission';
import { HomeRoute } from './HomeRoute';
import { SignedInLayout } from './SignedInLayout';
import { watchSession } from '../lib/session';
import { useSessionGuard } from './use-session-guard';

// The question page carries the markdown renderer and code highlighting: loaded when first needed.
// So are the pages most visits never open.
const ImportPage = lazy(() => import('../features/packs/ImportPage').then((m) => ({ default: m.ImportPage })));
const CandidatesPage = lazy(() => import('../features/candidates/CandidatesPage').then((m) => ({ default: m.CandidatesPage })));
const NewCandidatePage = lazy(() => import('../features/candidates/NewCandidatePage').then((m) => ({ default: m.NewCandidatePage })));
const CandidatePage = lazy(() => import('../features/candidates/CandidatePage').then((m) => ({ default: m.CandidatePage })));
const QuestionPage = lazy(() => import('../features/question/QuestionPage').then((m) => ({ default: m.QuestionPage })));
const SetupPage = lazy(() => import('../features/auth/SetupPage').then((m) => ({ default: m.SetupPage })));
const JoinPage = lazy(() => import('../features/auth/JoinPage').then((m) => ({ default: m.JoinPage })));
const AccountPage = lazy(() => import('../features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const PracticeHomePage = lazy(() => import('../features/practice/PracticeHomePage').then((m) => ({ default: m.PracticeHomePage })));
const PracticeSessionPage = lazy(() => import('../features/practice/SessionPage').then((m) => ({ default: m.SessionPage })));
const PracticeReportPage = lazy(() => import('../features/practice/SessionReportPage').then((m) => ({ default: m.SessionReportPage })));
const SharedReportsPage = lazy(() => import('../features/practice/SharedReportsPage').then((m) => ({ default: m.SharedReportsPage })));
const ProgressPage = lazy(() => import('../features/practice/ProgressPage').then((m) => ({ default: m.ProgressPage })));
const InterviewsPage = lazy(() => import('../features/interviews/InterviewsPage').then((m) => ({ default: m.InterviewsPage })));
const EditInterviewPage = lazy(() => import('../features/interviews/schedule/EditInterviewPage').then((m) => ({ default: m.EditInterviewPage })));
const ScheduleInterviewPage = lazy(() => import('../features/interviews/schedule/ScheduleInterviewPage').then((m) => ({ default: m.ScheduleInterviewPage })));
const LiveInterviewPage = lazy(() => import('../features/interviews/live/LiveInterviewPage').then((m) => ({ default: m.LiveInterviewPage })));
const DebriefPage = lazy(() => import('../features/debrief/DebriefPage').then((m) => ({ default: m.DebriefPage })));
const DebriefPrintPage = lazy(() => import('../features/debrief/DebriefPrintPage').then((m) => ({ default: m.DebriefPrintPage })));
const CalibrationPage = lazy(() => import('../features/calibration/CalibrationPage').then((m) => ({ default: m.CalibrationPage })));
const KitsPage = lazy(() => import('../features/kits/KitsPage').then((m) => ({ default: m.KitsPage })));
const KitBuilderPage = lazy(() => import('../features/kits/KitBuilderPage').then((m) => ({ default: m.KitBuilderPage })));
const AssemblePage = lazy(() => import('../features/kits/AssemblePage').then((m) => ({ default: m.AssemblePage })));

export function createQueryClient() {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change by asking again; a network blip might.
        retry: (count, error) => count < 2 && !(error instanceof Error && 'status' in error && Number(error.status) >= 400 && Number(error.status) < 500),
      },
    },
  });
  watchSession(client);
  return client;
}

const queryClient = createQueryClient();

/** A page whose code loads on first visit, with a spinner meanwhile. */
const lazyPage = (page: ReactNode, label: string) => (
  <Suspense
    fallback={<PageLoading label={label} />}
  >
    {page}
  </Suspense>
);

function NotFoundPage() {
  return (
    <main id="main" className="page">
      <EmptyState title="There is no page here" action={<Link to="/">Go to the question bank</Link>}>
        The address may be mistyped, or the page may have moved.
      </EmptyState>
    </main>
  );
}

export function AppRoutes() {
  useSessionGuard();
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/setup" element={lazyPage(<SetupPage />, 'Loading')} />
      <Route path="/join/:token" element={lazyPage(<JoinPage />, 'Loading')} />
      <Route element={<SignedInLayout />}>
        <Route path="/" element={<HomeRoute />} />
        <Route path="/questions" element={<BankPage />} />
        <Route path="/questions/:slug" element={lazyPage(<QuestionPage />, 'Loading the question')} />
        <Route
          path="/import"
          element={
            <RequirePermission anyOf={['pack.import']}>{lazyPage(<ImportPage />, 'Loading')}</RequirePermission>
          }
        />
        <Route path="/kits" element={<RequirePermission anyOf={['kit.read']}>{lazyPage(<KitsPage />, 'Loading kits')}</RequirePermission>} />
        <Route path="/kits/new" element={<RequirePermission anyOf={['kit.write']}>{lazyPage(<KitBuilderPage />, 'Loading the kit builder')}</RequirePermission>} />
        <Route path="/kits/assemble" element={<RequirePermission anyOf={['kit.write']}>{lazyPage(<AssemblePage />, 'Loading')}</RequirePermission>} />
        <Route path="/kits/:id" element={<RequirePermission anyOf={['kit.read']}>{lazyPage(<KitBuilderPage />, 'Loading the kit')}</RequirePermission>} />
        <Route path="/interviews" element={<RequirePermission anyOf={['interview.conduct', 'interview.schedule', 'candidate.read']}>{lazyPage(<InterviewsPage />, 'Loading interviews')}</RequirePermission>} />
        <Route path="/interviews/new" element={<RequirePermission anyOf={['interview.schedule']}>{lazyPage(<ScheduleInterviewPage />, 'Loading')}</RequirePermission>} />
        <Route path="/interviews/:id/edit" element={<RequirePermission anyOf={['interview.schedule']}>{lazyPage(<EditInterviewPage />, 'Loading the interview')}</RequirePermission>} />
        <Route path="/interviews/:id" element={<Navigate to="live" replace />} />
        <Route path="/interviews/:id/live" element={<RequirePermission anyOf={['interview.conduct']}>{lazyPage(<LiveInterviewPage />, 'Loading the interview')}</RequirePermission>} />
        <Route path="/candidates" element={<RequirePermission anyOf={['candidate.read']}>{lazyPage(<CandidatesPage />, 'Loading candidates')}</RequirePermission>} />
        <Route path="/candidates/new" element={<RequirePermission anyOf={['candidate.write']}>{lazyPage(<NewCandidatePage />, 'Loading')}</RequirePermission>} />
        <Route path="/candidates/:id" element={<RequirePermission anyOf={['candidate.read']}>{lazyPage(<CandidatePage />, 'Loading the candidate')}</RequirePermission>} />
        <Route path="/candidates/:id/debrief" element={<RequirePermission anyOf={['debrief.read']}>{lazyPage(<DebriefPage />, 'Loading the debrief')}</RequirePermission>} />
        <Route path="/candidates/:id/debrief/print" element={<RequirePermission anyOf={['debrief.read']}>{lazyPage(<DebriefPrintPage />, 'Loading the debrief')}</RequirePermission>} />
        <Route path="/calibration" element={<RequirePermission anyOf={['analytics.read']}>{lazyPage(<CalibrationPage />, 'Loading calibration')}</RequirePermission>} />
        <Route path="/practice" element={<RequirePermission anyOf={['practice.answer']}>{lazyPage(<PracticeHomePage />, 'Loading practice')}</RequirePermission>} />
        <Route path="/practice/shared" element={<RequirePermission anyOf={['candidate.read']}>{lazyPage(<SharedReportsPage />, 'Loading shared reports')}</RequirePermission>} />
        <Route path="/practice/progress" element={<RequirePermission anyOf={['practice.answer']}>{lazyPage(<ProgressPage />, 'Loading your progress')}</RequirePermission>} />
        <Route path="/practice/sessions/:id" element={<RequirePermission anyOf={['practice.answer']}>{lazyPage(<PracticeSessionPage />, 'Loading the session')}</RequirePermission>} />
        <Route path="/practice/sessions/:id/report" element={<RequirePermission anyOf={['practice.answer']}>{lazyPage(<PracticeReportPage />, 'Loading the report')}</RequirePermission>} />
        <Route path="/account" element={lazyPage(<AccountPage />, 'Loading your account')} />
        <Route
          path="/settings/*"
          element={
            <RequirePermission anyOf={['member.manage', 'token.manage', 'audit.read', 'settings.manage']}>{lazyPage(<SettingsPage />, 'Loading settings')}</RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
