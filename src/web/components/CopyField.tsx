// A one-time value (an invitation link, a token secret) in a read-only field with a Copy button.
// Focus can be sent to the field so the value is selected and announced as soon as it appears.
import { forwardRef, useId, useState } from 'react';

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http on a LAN address): select it so Ctrl+C works.
    input?.select();
    return false;
  }
}

export const CopyField = forwardRef<HTMLInputElement, { label: string; value: string; hint?: string }>(function CopyField({ label, value, hint }, ref) {
  const id = useId();
  const [status, setStatus] = useState('');
  return (
    <div className="field copy-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="copy-row">
        <input
          ref={ref}
          id={id}
          className="input input-mono"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={async (e) => {
            const input = e.currentTarget.parentElement?.querySelector('input') ?? null;
            setStatus((await copyText(value, input)) ? 'Copied' : 'Selected: press Ctrl+C or ⌘C to copy');
          }}
        >
          Copy
        </button>
      </div>
      <p className="field-hint" role="status">
        {status}
      </p>
    </div>
  );
});
