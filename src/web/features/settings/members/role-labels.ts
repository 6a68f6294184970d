import { ROLES, type Role } from '../../../../shared/auth.schema';

/** What each role may do, in the words the role pickers show. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: 'Owner — everything; only owners make or remove owners',
  admin: 'Admin — everything except ownership',
  interviewer: 'Interviewer — full questions with answers; edits them',
  viewer: 'Viewer — reads full questions; changes nothing',
  candidate: 'Candidate — practice prompts and hints; no answers',
};

export const ROLE_OPTIONS = ROLES.map((role) => ({ role, description: ROLE_DESCRIPTIONS[role] }));
