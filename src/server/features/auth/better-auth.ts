// The better-auth instance: it owns password sign-in, the session table, cookie signing and
// session expiry. Candor never mounts its HTTP handler; routes call auth.api.* after Candor's own
// checks (permission, CSRF, brute-force throttle), so every route is in one permission table.
import { randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization } from 'better-auth/plugins';
import type { Db } from '../../db/client';
import { accounts, invitations, members, sessions, users, verifications, workspaces } from '../../db/auth-schema';
import { hashPassword, verifyPassword } from './password';

/** The header Candor sets (never a client) to tell better-auth the client's address. */
export const CLIENT_IP_HEADER = 'x-candor-client-ip';

export interface AuthOptions {
  secret: string;
  /** Where users reach Candor; https makes the session cookie Secure. */
  baseUrl: string;
  idleTimeoutSeconds: number;
}

export function createAuth(db: Db, options: AuthOptions) {
  return betterAuth({
    appName: 'Candor',
    baseURL: options.baseUrl,
    secret: options.secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications, organization: workspaces, member: members, invitation: invitations },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts come from first-run setup, invitations and the CLI; nobody signs themselves up.
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 256,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    // expiresIn is the idle timeout: each use within updateAge of the last refresh pushes it on.
    // The absolute limit is enforced by Candor (auth.service.ts), which better-auth does not have.
    session: { expiresIn: options.idleTimeoutSeconds, updateAge: Math.min(300, Math.floor(options.idleTimeoutSeconds / 4)) },
    // Brute-force protection is Candor's own: per account and per address, in the database,
    // so it holds across instances.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: 'candor',
      useSecureCookies: options.baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => randomUUID() },
    },
    // Candor's invitations carry a hashed link secret (invitation.service.ts); declared here so the
    // plugin's schema check knows the column.
    plugins: [organization({ schema: { invitation: { additionalFields: { tokenHash: { type: 'string', required: true, input: false } } } } })],
    logger: { disabled: true },
  });
}

export type Auth = ReturnType<typeof createAuth>;
