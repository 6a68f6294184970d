import { describe, expect, it } from 'vitest';
import { formatClock, readTimers } from './timers';

const sections = [
  { index: 0, title: 'Warm-up', minutes: 8 },
  { index: 1, title: 'API and auth', minutes: 12 },
  { index: 2, title: 'Database', minutes: 12 },
];
const start = Date.parse('2025-05-01T10:00:00Z');
const at = (minutes: number, seconds = 0) => start + minutes * 60_000 + seconds * 1000;
const base = { startedAt: '2025-05-01T10:00:00Z', completedAt: null, minutes: 30 };

describe('readTimers', () => {
  it('shows nothing elapsed before the start', () => {
    const t = readTimers({ ...base, startedAt: null, sections }, 0, at(5));
    expect(t).toMatchObject({ elapsed: 0, over: 0, section: { left: 8 * 60_000, ahead: false } });
  });

  it("places each section's slot after the ones before it", () => {
    const t = readTimers({ ...base, sections }, 1, at(10));
    expect(t.section).toEqual({ title: 'API and auth', slotStart: 8 * 60_000, slotEnd: 20 * 60_000, left: 10 * 60_000, ahead: false });
    expect(readTimers({ ...base, sections }, 2, at(10)).section?.ahead).toBe(true);
    expect(readTimers({ ...base, sections }, 0, at(10)).section?.left).toBe(-2 * 60_000);
  });

  it('reports the overrun of the whole interview, and stops at completion', () => {
    expect(readTimers({ ...base, sections }, null, at(33, 5)).over).toBe(3 * 60_000 + 5000);
    const done = readTimers({ ...base, completedAt: '2025-05-01T10:25:00Z', sections }, null, at(90));
    expect(done).toMatchObject({ elapsed: 25 * 60_000, over: 0, section: null });
  });
});

describe('formatClock', () => {
  it('reads like a clock', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(-125_000)).toBe('2:05');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});
