import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, type Action, type Role } from '../../shared/auth.schema';
import { allowedActions, can, canAssignRole, READ_ACTIONS } from './permissions';

const SECRET_READS: Action[] = ['question.read', 'pack.read', 'member.read', 'audit.read', 'kit.read', 'candidate.read', 'debrief.read', 'analytics.read'];

describe('the permission table', () => {
  it('gives candidates their own practice and nothing else', () => {
    expect(allowedActions('candidate')).toEqual(['question.practice', 'practice.answer']);
    for (const action of SECRET_READS) expect(can('candidate', action)).toBe(false);
  });

  it.each<[Role, Action, boolean]>([
    ['owner', 'member.manage', true],
    ['admin', 'token.manage', true],
    ['admin', 'audit.read', true],
    ['interviewer', 'question.write', true],
    ['interviewer', 'pack.import', false],
    ['interviewer', 'member.manage', false],
    ['viewer', 'question.read', true],
    ['viewer', 'question.write', false],
    ['viewer', 'audit.read', false],
    ['candidate', 'question.practice', true],
    ['candidate', 'question.read', false],
    ['interviewer', 'interview.conduct', true],
    ['interviewer', 'interview.schedule', false],
    ['interviewer', 'decision.write', false],
    ['interviewer', 'analytics.read', false],
    ['viewer', 'debrief.read', true],
    ['viewer', 'interview.conduct', false],
    ['admin', 'settings.manage', true],
  ])('%s may %s: %s', (role, action, expected) => {
    expect(can(role, action)).toBe(expected);
  });

  it('denies when there is no role', () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  it('narrows a read-scoped token to actions that change nothing', () => {
    for (const role of ROLES)
      for (const action of allowedActions(role, 'read')) expect(READ_ACTIONS.has(action)).toBe(true);
    expect(can('owner', 'question.write', 'read')).toBe(false);
    expect(can('owner', 'question.read', 'read')).toBe(true);
  });

  it('lets only an owner grant or take away ownership', () => {
    expect(canAssignRole('admin', 'viewer', 'interviewer')).toBe(true);
    expect(canAssignRole('admin', 'admin', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'owner', 'viewer')).toBe(false);
    expect(canAssignRole('owner', 'admin', 'owner')).toBe(true);
    expect(canAssignRole('interviewer', 'viewer', 'candidate')).toBe(false);
    expect(canAssignRole('admin', null, 'candidate')).toBe(true);
  });
});
