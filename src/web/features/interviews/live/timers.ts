// The interview's clock and the current section's time box, both derived from interview.startedAt
// (so a reload or a second device shows the same times). Sections run back to back in kit order:
// section i's slot starts when the minutes of the sections before it have passed.

export interface SectionPlan {
  index: number;
  title: string;
  minutes: number;
}

export interface TimerReading {
  /** Milliseconds since the start (to the end, once completed); 0 before it starts. */
  elapsed: number;
  total: number;
  /** How far past the planned length; 0 when within it. */
  over: number;
  section: {
    title: string;
    slotStart: number;
    slotEnd: number;
    /** Time left in this section's slot; negative when behind schedule. */
    left: number;
    /** The slot has not begun yet: the interview is ahead of plan. */
    ahead: boolean;
  } | null;
}

const MINUTE = 60_000;

export function readTimers(
  { startedAt, completedAt, minutes, sections }: { startedAt: string | null; completedAt: string | null; minutes: number; sections: SectionPlan[] },
  sectionIndex: number | null,
  now: number,
): TimerReading {
  const start = startedAt ? Date.parse(startedAt) : null;
  const end = completedAt ? Date.parse(completedAt) : now;
  const elapsed = start === null ? 0 : Math.max(0, end - start);
  const total = minutes * MINUTE;
  let section: TimerReading['section'] = null;
  const ordered = [...sections].sort((a, b) => a.index - b.index);
  const at = ordered.findIndex((s) => s.index === sectionIndex);
  if (at >= 0) {
    const slotStart = ordered.slice(0, at).reduce((sum, s) => sum + s.minutes * MINUTE, 0);
    const slotEnd = slotStart + ordered[at]!.minutes * MINUTE;
    section = { title: ordered[at]!.title, slotStart, slotEnd, left: slotEnd - elapsed, ahead: elapsed < slotStart };
  }
  return { elapsed, total, over: Math.max(0, elapsed - total), section };
}

/** "4:05", "12:00", "1:02:03"; negative values are shown by the caller's words, not a sign. */
export function formatClock(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
