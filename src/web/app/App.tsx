import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { BankPage } from '../features/bank/BankPage';
import { EmptyState, Spinner } from '../components/States';

// The question page carries the markdown renderer and code highlighting: loaded when first needed.
const ImportPage = lazy(() => import('../features/packs/ImportPage').then((m) => ({ default: m.ImportPage })));
const QuestionPage = lazy(() => import('../features/question/QuestionPage').then((m) => ({ default: m.QuestionPage })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again; a network blip might.
      retry: (count, error) => count < 2 && !(error instanceof Error && 'status' in error && Number(error.status) >= 400 && Number(error.status) < 500),
    },
  },
});

/** A page whose code loads on first visit, with a spinner meanwhile. */
const lazyPage = (page: ReactNode, label: string) => (
  <Suspense
    fallback={
      <main id="main" className="page">
        <Spinner label={label} />
      </main>
    }
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

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link to="/" className="brand" aria-label="Candor home">
            <span className="brand-mark" aria-hidden="true">
              C
            </span>
            Candor
          </Link>
          <nav aria-label="Main">
            <Link to="/">Question bank</Link>
            <Link to="/import">Import</Link>
            <a href="/api/docs/">API</a>
          </nav>
        </header>
        <Routes>
          <Route path="/" element={<BankPage />} />
          <Route path="/questions/:slug" element={lazyPage(<QuestionPage />, 'Loading the question')} />
          <Route path="/import" element={lazyPage(<ImportPage />, 'Loading')} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
