// Where to go after signing in. `?next=` comes from the address bar, so anyone can craft it: only a
// path on this site is accepted, never another origin (`//evil.example`, `/\evil.example`, or a
// path hiding tabs and newlines, which URL parsing strips) — an open redirect would let a phishing
// link borrow Candor's sign-in page.

/** Pages anyone can open; a 401 there is expected and must not send the visitor to sign in. */
export const PUBLIC_PATHS = ['/sign-in', '/setup', '/join'];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return fallback;
  if (/[\\\u0000-\u001f\u007f\s]/.test(raw)) return fallback;
  const base = 'https://candor.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  // Returning to a sign-in or join page after signing in would only loop.
  if (isPublicPath(url.pathname)) return fallback;
  return url.pathname + url.search + url.hash;
}

/** The sign-in page's address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  const next = safeNextPath(path);
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
