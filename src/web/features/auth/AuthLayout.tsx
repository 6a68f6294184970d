import type { ReactNode } from 'react';

/** The public pages (sign in, setup, join): one centred card, no signed-in header. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="brand auth-brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          Candor
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
