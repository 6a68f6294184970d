// Scorecard edits the server has not confirmed yet, kept in localStorage so a reload, a crashed tab
// or a spell offline loses nothing. They are per-field patches keyed by question position, the same
// shape the server merges, so they can be re-applied on top of any newer server version.
import { z } from 'zod';
import { recommendationSchema, scorecardItemSchema, type Scorecard, type ScorecardItem, type ScorecardPatch } from '../../../../shared/interview.schema';

export type ItemChange = Partial<Omit<ScorecardItem, 'position'>>;

export interface PendingPatch {
  /** By position (as a string: it is a JSON object key). */
  items: Record<string, ItemChange>;
  recommendation?: Scorecard['recommendation'];
  summary?: string;
}

export interface StoredDraft {
  /** The server version the patch was last re-based on. */
  baseVersion: number;
  /** When the last local change was made (ms since epoch). */
  changedAt: number;
  patch: PendingPatch;
}

export const EMPTY_PATCH: PendingPatch = { items: {} };

const storedDraftSchema = z.object({
  v: z.literal(1),
  baseVersion: z.number().int(),
  changedAt: z.number(),
  patch: z.object({
    items: z.record(z.string().regex(/^\d+$/), scorecardItemSchema.omit({ position: true }).partial()),
    recommendation: recommendationSchema.nullable().optional(),
    summary: z.string().optional(),
  }),
});

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One draft per person and interview: two people sharing a browser never see each other's. */
export const draftKey = (userId: string, interviewId: string) => `candor:scorecard-draft:${userId}:${interviewId}`;

export function readDraft(storage: DraftStorage, key: string): StoredDraft | undefined {
  try {
    const parsed = storedDraftSchema.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
    return parsed.success ? { baseVersion: parsed.data.baseVersion, changedAt: parsed.data.changedAt, patch: parsed.data.patch } : undefined;
  } catch {
    return undefined;
  }
}

/** False when the browser refused to store it (private mode, quota): the caller says so. */
export function writeDraft(storage: DraftStorage, key: string, draft: StoredDraft): boolean {
  try {
    if (isEmptyPatch(draft.patch)) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ v: 1, ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function isEmptyPatch(patch: PendingPatch): boolean {
  return Object.keys(patch.items).length === 0 && patch.recommendation === undefined && patch.summary === undefined;
}

/** Later changes win field by field; fields a change leaves out keep their pending value. */
export function mergePatch(pending: PendingPatch, change: ScorecardPatch): PendingPatch {
  const items = { ...pending.items };
  for (const { position, ...fields } of change.items ?? []) {
    items[String(position)] = { ...items[String(position)], ...definedOnly(fields) };
  }
  const merged: PendingPatch = { ...pending, items };
  if (change.recommendation !== undefined) merged.recommendation = change.recommendation;
  if (change.summary !== undefined) merged.summary = change.summary;
  return merged;
}

export function toWirePatch(pending: PendingPatch): ScorecardPatch {
  const patch: ScorecardPatch = {};
  const positions = Object.keys(pending.items);
  if (positions.length) patch.items = positions.map((p) => ({ position: Number(p), ...pending.items[p] }));
  if (pending.recommendation !== undefined) patch.recommendation = pending.recommendation;
  if (pending.summary !== undefined) patch.summary = pending.summary;
  return patch;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What is still unconfirmed once the server accepted `sent`: a field changed again while the
 * request was in flight keeps its newer value; a field the server now holds is dropped.
 */
export function withoutConfirmed(pending: PendingPatch, sent: ScorecardPatch): PendingPatch {
  const items: Record<string, ItemChange> = {};
  const sentItems = new Map((sent.items ?? []).map((i) => [String(i.position), i]));
  for (const [position, fields] of Object.entries(pending.items)) {
    const confirmed = sentItems.get(position) as Record<string, unknown> | undefined;
    const left = Object.fromEntries(Object.entries(fields).filter(([name, value]) => !confirmed || !(name in confirmed) || !same(confirmed[name], value)));
    if (Object.keys(left).length) items[position] = left;
  }
  const rest: PendingPatch = { items };
  if (pending.recommendation !== undefined && !('recommendation' in sent && same(sent.recommendation, pending.recommendation))) rest.recommendation = pending.recommendation;
  if (pending.summary !== undefined && sent.summary !== pending.summary) rest.summary = pending.summary;
  return rest;
}

export const blankItem = (position: number): ScorecardItem => ({ position, score: null, notAsked: false, keyPoints: [], notes: '' });

/** The scorecard as the interviewer sees it: the server's, with pending changes on top. */
export function applyPatch(scorecard: Scorecard, pending: PendingPatch): Scorecard {
  if (isEmptyPatch(pending)) return scorecard;
  const byPosition = new Map(scorecard.items.map((i) => [i.position, i]));
  for (const [position, fields] of Object.entries(pending.items)) {
    const p = Number(position);
    byPosition.set(p, { ...(byPosition.get(p) ?? blankItem(p)), ...fields });
  }
  return {
    ...scorecard,
    items: [...byPosition.values()].sort((a, b) => a.position - b.position),
    recommendation: pending.recommendation !== undefined ? pending.recommendation : scorecard.recommendation,
    summary: pending.summary ?? scorecard.summary,
  };
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
