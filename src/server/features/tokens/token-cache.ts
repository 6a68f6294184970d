// Who a token acts as, remembered for a few seconds per process, so a script's requests do not
// each cost a database round trip. Any change that could narrow a token (revoked, its member's
// role changed or removed) empties the cache in every instance (NOTIFY candor_auth_changed), and
// entries expire anyway, so the cache never grants for long what the database no longer does.
import type { TokenIdentity } from './token.service';

export const AUTH_CHANGED_CHANNEL = 'candor_auth_changed';

export class TokenCache {
  private entries = new Map<string, { identity: TokenIdentity; expiresAt: number }>();

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string, now = Date.now()): TokenIdentity | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAt > now) return entry.identity;
    this.entries.delete(tokenHash);
    return undefined;
  }

  set(tokenHash: string, identity: TokenIdentity, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(tokenHash, { identity, expiresAt: now + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}
