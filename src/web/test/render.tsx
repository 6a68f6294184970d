// Renders a piece of the app the way App does (query client, router) at a given address, and shows
// the current location so tests can assert navigation.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { watchSession } from '../lib/session';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export function testQueryClient() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  watchSession(client);
  return client;
}

/** `path` is the route pattern the element is mounted at; `at` the address to open. */
export function renderAt(element: ReactNode, { at = '/', path = '*', client = testQueryClient() }: { at?: string; path?: string; client?: QueryClient } = {}) {
  const result = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route path={path} element={element} />
          {path !== '*' && <Route path="*" element={null} />}
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, client };
}

/** Renders a tree that brings its own <Routes> (e.g. AppRoutes). */
export function renderRoutes(tree: ReactNode, { at = '/', client = testQueryClient() }: { at?: string; client?: QueryClient } = {}) {
  const result = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        {tree}
        <LocationProbe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, client };
}
