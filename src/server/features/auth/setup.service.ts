// First run: while no user exists, a one-time link (random, valid one hour) lets whoever started
// Candor create the first owner and workspace. There is no default password anywhere.
import type { Db } from '../../db/client';
import { AppError } from '../../../core/errors';
import { hashSecret, newSecret } from '../../../core/secrets';
import type { Workspace } from '../../../shared/auth.schema';
import { recordAudit } from '../audit/audit.service';
import { createWorkspace } from '../workspaces/workspace.service';
import { createUser } from './auth.service';
import * as repo from './auth.repo';

export const SETUP_TOKEN_TTL_MS = 60 * 60 * 1000;

/** A fresh setup link while no user exists; undefined once someone has set Candor up. */
export async function createSetupLink(db: Db, baseUrl: string): Promise<{ link: string; expiresAt: Date } | undefined> {
  if ((await repo.countUsers(db)) > 0) return undefined;
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + SETUP_TOKEN_TTL_MS);
  await repo.insertSetupToken(db, hashSecret(secret), expiresAt);
  return { link: `${baseUrl.replace(/\/+$/, '')}/setup?token=${secret}`, expiresAt };
}

export async function setupStatus(db: Db, token: string | undefined): Promise<{ needed: boolean; tokenValid: boolean }> {
  const needed = (await repo.countUsers(db)) === 0;
  return { needed, tokenValid: needed && token !== undefined && (await repo.isSetupTokenValid(db, hashSecret(token))) };
}

export interface FirstOwnerInput {
  name: string;
  email: string;
  password: string;
  workspaceName: string;
  bundledPacksDir: string | null;
  ip?: string | null;
}

/**
 * Creates the first owner and workspace, in the caller's transaction, while no user exists. Holds
 * a lock so two instances (or a browser and the CLI) cannot both create a first owner.
 */
export async function createFirstOwner(db: Db, input: FirstOwnerInput & { setupToken?: string }): Promise<{ userId: string; workspace: Workspace }> {
  await repo.lockFirstRun(db);
  if ((await repo.countUsers(db)) > 0) throw new AppError('setup_unavailable', 'Candor is already set up. Sign in, or ask an admin for an invitation.');
  if (input.setupToken !== undefined && !(await repo.isSetupTokenValid(db, hashSecret(input.setupToken))))
    throw new AppError('setup_unavailable', 'This setup link is not valid or has expired. Restart Candor for a fresh link, or run: npx candor user create --email you@example.com --role owner');
  const user = await createUser(db, input);
  const workspace = await createWorkspace(db, { name: input.workspaceName, ownerUserId: user.id, bundledPacksDir: input.bundledPacksDir });
  await repo.deleteSetupTokens(db);
  await recordAudit(db, { workspaceId: workspace.id, actorUserId: user.id, ip: input.ip ?? null }, { action: 'setup.completed', targetType: 'workspace', targetId: workspace.id });
  return { userId: user.id, workspace };
}
