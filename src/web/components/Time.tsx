import { formatDateTime, formatRelative } from '../lib/format-date';

/** A timestamp; relative ones ("2 hours ago") carry the exact time as a tooltip. */
export function Time({ iso, relative = false }: { iso: string; relative?: boolean }) {
  return (
    <time dateTime={iso} title={relative ? formatDateTime(iso) : undefined}>
      {relative ? formatRelative(iso) : formatDateTime(iso)}
    </time>
  );
}
