// The one permission table: which role may do which action. Every route names the action it needs
// (server/http/access.ts refuses to register one that does not), and nothing else grants access.
import { ACTIONS, type Action, type Role, type TokenScope } from '../../shared/auth.schema';

const EVERYTHING: readonly Action[] = ACTIONS;

export const ROLE_ACTIONS: Readonly<Record<Role, readonly Action[]>> = {
  owner: EVERYTHING,
  admin: EVERYTHING,
  interviewer: [
    'question.read',
    'question.practice',
    'practice.answer',
    'question.write',
    'pack.read',
    'member.read',
    'kit.read',
    'kit.write',
    'candidate.read',
    'interview.conduct',
    'debrief.read',
  ],
  // Hiring managers and observers: read everything hiring, change nothing.
  viewer: ['question.read', 'question.practice', 'practice.answer', 'pack.read', 'member.read', 'kit.read', 'candidate.read', 'debrief.read', 'analytics.read'],
  // Candidates practise: prompts, hints and "why asked", never answers, rubrics or anyone's data.
  candidate: ['question.practice', 'practice.answer'],
};

/** Actions that change nothing: all a read-scoped API token may do. */
export const READ_ACTIONS: ReadonlySet<Action> = new Set([
  'question.read',
  'question.practice',
  'pack.read',
  'member.read',
  'audit.read',
  'kit.read',
  'candidate.read',
  'debrief.read',
  'analytics.read',
]);

/** What a role may do, narrowed to reads for a read-scoped token. */
export function allowedActions(role: Role, scope: TokenScope = 'write'): Action[] {
  return ROLE_ACTIONS[role].filter((a) => scope === 'write' || READ_ACTIONS.has(a));
}

export function can(role: Role | null | undefined, action: Action, scope: TokenScope = 'write'): boolean {
  if (!role) return false;
  return ROLE_ACTIONS[role].includes(action) && (scope === 'write' || READ_ACTIONS.has(action));
}

/**
 * Whether `actor` may move a member from role `from` to role `to` (or invite as `to`, with `from`
 * null). Only an owner hands out or takes away ownership, so an admin cannot promote themselves.
 */
export function canAssignRole(actor: Role, from: Role | null, to: Role): boolean {
  if (!can(actor, 'member.manage')) return false;
  if (from === 'owner' || to === 'owner') return actor === 'owner';
  return true;
}
