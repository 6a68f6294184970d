// A mock interview's clock: the time left of the set's budget, counted from when it started. It
// does not stop the candidate (running over is information, as in a real interview); past zero it
// counts the overrun. Screen readers hear it only when asked (role="timer" is not live).
import { useEffect, useState } from 'react';

export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${ms < 0 ? '+' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}

export function MockTimer({ startedAt, minutes, now = () => Date.now() }: { startedAt: string; minutes: number; now?: () => number }) {
  const end = new Date(startedAt).getTime() + minutes * 60_000;
  const [left, setLeft] = useState(() => end - now());
  useEffect(() => {
    const timer = setInterval(() => setLeft(end - now()), 1000);
    return () => clearInterval(timer);
  }, [end, now]);
  const over = left < 0;
  return (
    <div className={`mock-timer${over ? ' is-over' : left < 60_000 ? ' is-ending' : ''}`}>
      <span className="muted small">{over ? 'Over time' : 'Time left'}</span>
      <span role="timer" aria-label={over ? `Over time by ${formatClock(left).slice(1)}` : `${formatClock(left)} left of ${minutes} minutes`} className="mock-timer-clock">
        {formatClock(left)}
      </span>
    </div>
  );
}
