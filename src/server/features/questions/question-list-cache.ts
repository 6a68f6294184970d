// The bank is read far more than it is written, so list and search responses are kept as
// serialised JSON keyed by their normalised query. Any write empties the cache: locally right
// after commit, and in every other instance through NOTIFY candor_questions_changed. The TTL
// bounds staleness should a notification be lost (a dropped LISTEN connection).
import { createHash } from 'node:crypto';

interface Entry {
  body: string;
  etag: string;
  expires: number;
}

export class QuestionListCache {
  private entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly ttlMs = 60_000,
    private readonly now = () => Date.now(),
  ) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores a response computed while generation `startedAt` was current; dropped if a write came in between. */
  set(key: string, body: string, startedAt: number): Entry {
    const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    const entry = { body, etag, expires: this.now() + this.ttlMs };
    if (startedAt !== this.generation || this.maxEntries === 0) return entry;
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  currentGeneration() {
    return this.generation;
  }

  clear() {
    this.generation++;
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}
