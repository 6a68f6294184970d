// Accounts, workspaces, roles, sessions, invitations, API tokens and the audit log: the shapes the
// API sends and accepts, shared by the server's route schemas and the web app.
import { z } from 'zod';

export const ROLES = ['owner', 'admin', 'interviewer', 'viewer', 'candidate'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Everything a route can require. core/auth/permissions.ts says which role may do which. */
export const ACTIONS = [
  'question.read', // full questions: reference answers, key points, anchors, follow-ups, red flags
  'question.practice', // prompts, hints and "why asked" only
  'practice.answer', // one's own practice sessions, answers, grades and reviews
  'question.write',
  'pack.read', // list and export packs (exports carry reference answers)
  'pack.import',
  'member.read',
  'member.manage', // invite, change roles, remove
  'token.manage',
  'audit.read',
  'kit.read', // kits with their questions in full
  'kit.write',
  'candidate.read', // candidates, their CVs and interviews
  'candidate.write',
  'interview.schedule', // schedule, reschedule, cancel
  'interview.conduct', // run an interview one is assigned to and keep one's own scorecard
  'debrief.read', // others' scorecards and decisions: still subject to the independence rule
  'decision.write',
  'analytics.read', // calibration: interviewers' leniency and questions' statistics
  'settings.manage', // workspace switches such as scorecard independence
] as const;
export const actionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof actionSchema>;

export const TOKEN_SCOPES = ['read', 'write'] as const;
export const tokenScopeSchema = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof tokenScopeSchema>;

const email = z.string().trim().toLowerCase().pipe(z.email({ message: 'is not an email address' })).describe('an email address');
// argon2id makes any length cheap to store; the upper bound keeps hashing time bounded.
export const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters');
const personName = z.string().trim().min(1, 'is required').max(120);
const isoDate = z.string().describe('ISO 8601 timestamp');

export const signInBodySchema = z.object({ email, password: z.string().min(1).max(256) });

export const userSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
export const workspaceSchema = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export type Workspace = z.infer<typeof workspaceSchema>;

export const meSchema = z.object({
  user: userSchema,
  /** The workspace requests act in; null when the user belongs to none. */
  workspace: workspaceSchema.nullable(),
  role: roleSchema.nullable(),
  permissions: z.array(actionSchema),
  workspaces: z.array(workspaceSchema.extend({ role: roleSchema })),
  /** How this request was authenticated. */
  via: z.enum(['session', 'token']),
});
export type Me = z.infer<typeof meSchema>;

export const switchWorkspaceBodySchema = z.object({ workspaceId: z.string().min(1).max(100) });
export const createWorkspaceBodySchema = z.object({ name: z.string().trim().min(1, 'is required').max(80) });

export const setupStatusSchema = z.object({
  /** True while no user exists. */
  needed: z.boolean(),
  /** Whether the token in the query is a valid, unexpired setup token. */
  tokenValid: z.boolean(),
});
export const setupBodySchema = z.object({
  token: z.string().min(1).max(200),
  name: personName,
  email,
  password: passwordSchema,
  workspaceName: z.string().trim().min(1, 'is required').max(80),
});

export const sessionSchema = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: isoDate,
  lastActiveAt: isoDate,
  expiresAt: isoDate,
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type SessionItem = z.infer<typeof sessionSchema>;

export const memberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  createdAt: isoDate,
});
export type Member = z.infer<typeof memberSchema>;
export const updateMemberBodySchema = z.object({ role: roleSchema });

export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  status: z.enum(['pending', 'accepted', 'canceled', 'expired']),
  expiresAt: isoDate,
  createdAt: isoDate,
  invitedBy: z.string().describe("the inviter's name"),
});
export type Invitation = z.infer<typeof invitationSchema>;
export const createInvitationBodySchema = z.object({ email, role: roleSchema });
export const createdInvitationSchema = z.object({
  invitation: invitationSchema,
  /** The single-use link. Shown once; Candor keeps only its hash. */
  link: z.string(),
  /** True when the link was also emailed (SMTP configured). */
  emailed: z.boolean(),
});

/** What the invited person sees before accepting. */
export const invitationPreviewSchema = z.object({
  workspaceName: z.string(),
  email: z.string(),
  role: roleSchema,
  expiresAt: isoDate,
  /** True when an account with this email exists: accept with its password instead of creating one. */
  hasAccount: z.boolean(),
});
export const acceptInvitationBodySchema = z.object({ name: personName.optional(), password: passwordSchema });

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: tokenScopeSchema,
  /** The member the token acts as; it can never do more than that member's role allows. */
  user: userSchema,
  prefix: z.string().describe('the first characters of the token, to recognise it'),
  createdAt: isoDate,
  lastUsedAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
export const createTokenBodySchema = z.object({
  name: z.string().trim().min(1, 'is required').max(80),
  scope: tokenScopeSchema,
  /** The member it acts as; yourself when omitted. */
  userId: z.string().optional(),
});
export const createdTokenSchema = z.object({
  token: apiTokenSchema,
  /** The secret, shown once: send it as `Authorization: Bearer <secret>`. */
  secret: z.string(),
});

export const auditEventSchema = z.object({
  id: z.string(),
  at: isoDate,
  actor: z.object({ userId: z.string(), name: z.string(), email: z.string() }).nullable(),
  tokenId: z.string().nullable(),
  action: z.string().describe('what happened, e.g. auth.sign_in, question.update, member.role_change'),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().max(60).optional().describe('only events whose action starts with this'),
});
export const auditListSchema = z.object({ items: z.array(auditEventSchema), nextCursor: z.string().nullable() });
