import { describe, expect, it } from 'vitest';
import { recordFailure, retryAfterMs, type ThrottleRule, type ThrottleState } from './throttle';

const rule: ThrottleRule = { maxFailures: 3, windowMs: 60_000, lockMs: 120_000 };
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

describe('sign-in throttle policy', () => {
  it('locks a key at the limit within the window, for the lock time', () => {
    let state: ThrottleState | undefined;
    for (const s of [0, 10, 20]) state = recordFailure(state, rule, at(s));
    expect(state).toMatchObject({ failures: 3 });
    expect(retryAfterMs(state, at(20))).toBe(120_000);
    expect(retryAfterMs(state, at(80))).toBe(60_000);
    expect(retryAfterMs(state, at(140))).toBe(0);
  });

  it('starts a new window once the old one has passed', () => {
    let state = recordFailure(undefined, rule, at(0));
    state = recordFailure(state, rule, at(30));
    state = recordFailure(state, rule, at(61));
    expect(state).toEqual({ failures: 1, windowStartedAt: at(61), lockedUntil: null });
    expect(retryAfterMs(state, at(61))).toBe(0);
  });

  it('counts afresh after a lock has run out', () => {
    let state: ThrottleState | undefined;
    for (const s of [0, 1, 2]) state = recordFailure(state, { ...rule, windowMs: 10 * 60_000 }, at(s));
    state = recordFailure(state, { ...rule, windowMs: 10 * 60_000 }, at(200));
    expect(state.failures).toBe(1);
    expect(state.lockedUntil).toBeNull();
  });

  it('lets a key with no record try', () => {
    expect(retryAfterMs(undefined, at(0))).toBe(0);
  });
});
