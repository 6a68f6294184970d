import { useEffect, useRef } from 'react';
import { ApiError } from '../../lib/api-client';

/** A write refused with 412: someone else saved first. Never overwrite them; offer their version. */
export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 412;

export function ConflictAlert({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  // Keyboard and screen-reader users land on what went wrong, not on the button they pressed.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="form-alert" role="alert" tabIndex={-1}>
      Someone else changed this candidate after you opened the page, so your change was not saved.{' '}
      <button type="button" className="link-button" onClick={onReload} disabled={reloading}>
        {reloading ? 'Loading…' : 'Load the latest version'}
      </button>{' '}
      and make your change again.
    </div>
  );
}
