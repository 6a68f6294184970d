// <input type="datetime-local"> speaks local wall-clock time without a zone; the API wants ISO 8601
// with one. These convert between the two in the browser's own time zone.

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025-03-04T14:00" for a Date, in local time. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO instant of a local "YYYY-MM-DDTHH:mm", or undefined when it is not one. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The next full hour from `now`: a sensible default slot. */
export function nextFullHour(now = new Date()): Date {
  const next = new Date(now);
  next.setMinutes(0, 0, 0);
  next.setHours(next.getHours() + 1);
  return next;
}
