// Candidates: the people a workspace interviews, and their CVs. The request and response shapes of
// /api/v1/candidates, shared by the server's routes and the web app.
import { z } from 'zod';
import { snippetSchema } from './question-list.schema';

/** The same list as the database's check constraint (candidate.schema.test.ts keeps them equal). */
export const CANDIDATE_STATUSES = ['active', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export const candidateStatusSchema = z.enum(CANDIDATE_STATUSES);
export type CandidateStatus = z.output<typeof candidateStatusSchema>;

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  active: 'Active',
  offer: 'Offer made',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** The largest CV file accepted, in bytes. */
export const CV_MAX_BYTES = 10 * 1024 * 1024;
/** What a CV may be, by content (magic bytes), whatever its name says. */
export const CV_KINDS = ['pdf', 'docx', 'text', 'markdown'] as const;
export type CvKind = (typeof CV_KINDS)[number];
/** For the file picker only: the server decides by the bytes. */
export const CV_ACCEPT = '.pdf,.docx,.txt,.md,.markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

const email = z
  .email('must be an email address')
  .max(320)
  .transform((v) => v.toLowerCase());

const fields = {
  name: z.string().trim().min(1, 'is required').max(200),
  // null (or an empty string from a form) means "no email".
  email: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v), email.nullable()),
  roleApplied: z.string().trim().max(200).describe('the role they applied for, e.g. "Senior backend engineer"'),
  notes: z.string().trim().max(20_000).describe('plain text, for the hiring team'),
  status: candidateStatusSchema,
};

/** What POST /api/v1/candidates takes. */
export const createCandidateSchema = z
  .object({
    name: fields.name,
    email: fields.email.optional().transform((v) => v ?? null),
    roleApplied: fields.roleApplied.default(''),
    notes: fields.notes.default(''),
    status: fields.status.default('active'),
  })
  .strict();
export type CreateCandidateInput = z.input<typeof createCandidateSchema>;

/** What PATCH /api/v1/candidates/:id takes: any of the fields; the rest stay as they are. */
export const candidatePatchSchema = z.object(fields).partial().strict();
export type CandidatePatch = z.input<typeof candidatePatchSchema>;

export const cvFileSchema = z.object({
  filename: z.string().describe('a safe version of the uploaded name, with the extension of its real type'),
  kind: z.enum(CV_KINDS),
  mediaType: z.string().describe('what the bytes are, detected from their content'),
  size: z.number().int(),
  uploadedAt: z.string(),
  textExtracted: z.boolean().describe('false when no text could be read (a scanned PDF): the file is kept but search cannot see inside it'),
});
export type CvFile = z.output<typeof cvFileSchema>;

export const candidateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  roleApplied: z.string(),
  notes: z.string(),
  status: candidateStatusSchema,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  cv: cvFileSchema.nullable(),
  cvText: z.string().describe('the text extracted from the CV ("" without one)'),
});
export type Candidate = z.output<typeof candidateSchema>;

export const listCandidatesQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('words to find in name, email, role, notes and CV text; "a phrase", -exclude; the last word matches as a prefix'),
  status: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(candidateStatusSchema).max(CANDIDATE_STATUSES.length))
    .describe('repeatable; matches any of the given'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional().describe('opaque; nextCursor of the previous page'),
});
export type ListCandidatesQuery = z.output<typeof listCandidatesQuerySchema>;

export const candidateSummarySchema = candidateSchema.pick({ id: true, name: true, email: true, roleApplied: true, status: true, version: true, createdAt: true, updatedAt: true }).extend({
  hasCv: z.boolean(),
  snippet: snippetSchema.nullable().describe('the CV around the matched words, when the search matched the CV; highlight marks a match'),
});
export type CandidateSummary = z.output<typeof candidateSummarySchema>;

export const candidateListSchema = z.object({
  items: z.array(candidateSummarySchema),
  total: z.number().int().describe('matches under the search and the status filter'),
  statusCounts: z.record(candidateStatusSchema, z.number().int()).describe('matches of the search per status, ignoring the status filter'),
  nextCursor: z.string().nullable(),
});
export type CandidateList = z.output<typeof candidateListSchema>;
