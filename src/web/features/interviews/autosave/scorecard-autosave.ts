// Autosave for the live interview's scorecard. Every change goes to localStorage first, then to the
// server as a PATCH with If-Match, debounced, one request at a time. "Saved" means the server said
// so. A failed request leaves the change on the device and is retried; a 412 (the scorecard changed
// elsewhere) reads it again and re-applies the pending per-position patches on top, which is safe
// because they only name the fields that were edited. The draft is trimmed only of what the server
// confirmed, so a reload, a crashed tab or a minute offline loses nothing.
import type { Scorecard, ScorecardPatch } from '../../../../shared/interview.schema';
import { ApiError } from '../../../lib/api-client';
import { fetchMyScorecard, patchMyScorecard, type VersionedScorecard } from '../api/scorecard-api';
import { applyPatch, draftKey, EMPTY_PATCH, isEmptyPatch, mergePatch, readDraft, toWirePatch, withoutConfirmed, writeDraft, type DraftStorage, type PendingPatch } from './draft-store';

export type SaveStatus = 'loading' | 'load-failed' | 'idle' | 'saving' | 'saved' | 'offline' | 'error';

export interface AutosaveState {
  status: SaveStatus;
  /** The server's scorecard with the unconfirmed changes on top: what the screen shows. */
  scorecard: Scorecard | null;
  hasPending: boolean;
  /** Why loading or saving failed (not set for being offline, which is retried by itself). */
  error: unknown;
  /** What happened to changes found on this device from an earlier visit. */
  notice: string | null;
  /** The browser refused localStorage: changes live only in this tab until saved. */
  storageFailed: boolean;
}

export interface AutosaveApi {
  load(interviewId: string): Promise<VersionedScorecard>;
  patch(interviewId: string, etag: string, patch: ScorecardPatch): Promise<VersionedScorecard>;
}

export interface AutosaveOptions {
  interviewId: string;
  userId: string;
  storage?: DraftStorage;
  api?: AutosaveApi;
  debounceMs?: number;
  /** Waits before retrying after a failed request; the last one repeats. */
  retryDelaysMs?: number[];
  now?: () => number;
}

const REAL_API: AutosaveApi = { load: (id) => fetchMyScorecard(id), patch: patchMyScorecard };
const MAX_CONFLICT_RETRIES = 3;

/** Worth retrying: no answer, a timeout, throttling or a server fault. */
export const isTransient = (error: unknown) =>
  !(error instanceof ApiError) || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;

export class ScorecardAutosave {
  private readonly key: string;
  private readonly storage: DraftStorage;
  private readonly api: AutosaveApi;
  private readonly debounceMs: number;
  private readonly retryDelaysMs: number[];
  private readonly now: () => number;
  private server: VersionedScorecard | null = null;
  private pending: PendingPatch = EMPTY_PATCH;
  private changedAt = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryAttempt = 0;
  private running: Promise<void> | null = null;
  private disposed = false;
  private listeners = new Set<() => void>();
  private state: AutosaveState = { status: 'loading', scorecard: null, hasPending: false, error: null, notice: null, storageFailed: false };

  constructor(private readonly options: AutosaveOptions) {
    this.key = draftKey(options.userId, options.interviewId);
    this.storage = options.storage ?? window.localStorage;
    this.api = options.api ?? REAL_API;
    this.debounceMs = options.debounceMs ?? 500;
    this.retryDelaysMs = options.retryDelaysMs ?? [1_000, 2_000, 5_000, 10_000, 30_000];
    this.now = options.now ?? Date.now;
  }

  getState = (): AutosaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the server's scorecard and re-sends what this device kept from an earlier visit. */
  async start(): Promise<void> {
    this.update({ status: 'loading', error: null });
    try {
      this.server = await this.api.load(this.options.interviewId);
    } catch (error) {
      this.update({ status: 'load-failed', error });
      return;
    }
    if (this.disposed) return;
    const draft = readDraft(this.storage, this.key);
    const current = this.server.scorecard;
    let notice: string | null = null;
    if (draft && !isEmptyPatch(draft.patch)) {
      // The same base version: nothing reached the server since. A newer change on this device than
      // the server's last write: still ours to send. Otherwise the server holds these changes
      // already (confirmed just before a crash) or newer ones made elsewhere.
      const stillOurs = draft.baseVersion === current.version || draft.changedAt > Date.parse(current.updatedAt);
      if (current.status === 'submitted') notice = 'Changes kept on this device were not applied: this scorecard was submitted since.';
      else if (!stillOurs) notice = 'Changes kept on this device were older than the saved scorecard, which was kept.';
      else {
        this.pending = mergePatch(this.pending, toWirePatch(draft.patch));
        this.changedAt = draft.changedAt;
        notice = 'Changes this device kept from your last visit were restored; the status above says when the server has them.';
      }
    }
    this.persist();
    this.update({ status: isEmptyPatch(this.pending) ? 'idle' : 'saving', notice });
    if (!isEmptyPatch(this.pending)) void this.flush();
  }

  /** Records a change: on this device at once, on the server after a short pause in editing. */
  edit(change: ScorecardPatch): void {
    if (!this.server || this.server.scorecard.status === 'submitted' || this.disposed) return;
    this.pending = mergePatch(this.pending, change);
    this.changedAt = this.now();
    this.persist();
    this.update({ status: this.state.status === 'offline' || this.state.status === 'error' ? this.state.status : 'saving' });
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      void this.run(false);
    }, this.debounceMs);
  }

  /** Sends everything now (before submitting); true once the server holds every change. */
  async flush(): Promise<boolean> {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    await this.run(true);
    return isEmptyPatch(this.pending);
  }

  /** The server answered a submit or an amendment: that is the scorecard now, with nothing pending. */
  adopt(scorecard: Scorecard, etag?: string): void {
    this.server = { scorecard, etag: etag ?? this.server?.etag ?? '' };
    this.pending = EMPTY_PATCH;
    this.persist();
    this.update({ status: 'saved', error: null });
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    this.listeners.clear();
  }

  /** One drain at a time: a caller arriving mid-request waits for it, then sends what is left. */
  private async run(force: boolean): Promise<void> {
    while (this.running) await this.running;
    if (!this.server || isEmptyPatch(this.pending)) return;
    clearTimeout(this.retryTimer);
    this.running = this.drain(force).finally(() => {
      this.running = null;
    });
    await this.running;
  }

  private async drain(force: boolean): Promise<void> {
    let conflicts = 0;
    while (this.server && !isEmptyPatch(this.pending)) {
      const sent = toWirePatch(this.pending);
      this.update({ status: 'saving' });
      try {
        this.server = await this.api.patch(this.options.interviewId, this.server.etag, sent);
        if (this.disposed) return this.trimStoredDraft(sent);
        this.pending = withoutConfirmed(this.pending, sent);
        this.retryAttempt = 0;
        conflicts = 0;
        this.persist();
      } catch (error) {
        if (error instanceof ApiError && error.status === 412 && conflicts < MAX_CONFLICT_RETRIES) {
          conflicts += 1;
          try {
            this.server = await this.api.load(this.options.interviewId);
            this.persist();
            continue;
          } catch (reloadError) {
            return this.failed(reloadError);
          }
        }
        return this.failed(error);
      }
      // Still typing: the debounce timer sends the rest once the edits settle.
      if (!force && this.debounceTimer) return;
    }
    if (isEmptyPatch(this.pending)) this.update({ status: 'saved', error: null });
  }

  private failed(error: unknown): void {
    if (!isTransient(error)) {
      this.update({ status: 'error', error });
      return;
    }
    this.update({ status: 'offline', error: null });
    if (this.disposed) return;
    const delay = this.retryDelaysMs[Math.min(this.retryAttempt, this.retryDelaysMs.length - 1)] ?? 30_000;
    this.retryAttempt += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.run(false), delay);
  }

  /** Back online (the browser's online event, or a "Try again" button): retry at once. */
  retryNow(): void {
    if (!isEmptyPatch(this.pending)) void this.run(true);
  }

  /**
   * The screen closed while this request was in flight: a newer screen may own the stored draft by
   * now, so only remove what this answer confirmed from whatever is stored.
   */
  private trimStoredDraft(sent: ScorecardPatch): void {
    const stored = readDraft(this.storage, this.key);
    if (stored && this.server) writeDraft(this.storage, this.key, { ...stored, baseVersion: this.server.scorecard.version, patch: withoutConfirmed(stored.patch, sent) });
  }

  private persist(): void {
    if (!this.server) return;
    const ok = writeDraft(this.storage, this.key, { baseVersion: this.server.scorecard.version, changedAt: this.changedAt, patch: this.pending });
    if (!ok && !this.state.storageFailed) this.update({ storageFailed: true });
  }

  private update(change: Partial<AutosaveState>): void {
    const scorecard = this.server ? applyPatch(this.server.scorecard, this.pending) : null;
    this.state = { ...this.state, ...change, scorecard, hasPending: !isEmptyPatch(this.pending) };
    // Still record confirmations after the screen is gone (the draft is trimmed), but tell no one.
    if (!this.disposed) for (const listener of this.listeners) listener();
  }
}
