// A destructive action asks for confirmation in the page itself (browser dialogs block automated
// tests and cannot be styled): the button turns into a question with Confirm and Cancel. Focus
// lands on Cancel, so a second Enter by mistake does nothing harmful; Escape backs out.
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The button's text, e.g. "Remove". */
  label: string;
  /** A name for screen readers when the label alone is ambiguous in a list, e.g. "Remove Ann". */
  accessibleLabel?: string;
  question: ReactNode;
  confirmLabel: string;
  /** The button that backs out; "Cancel" unless that would be ambiguous. */
  keepLabel?: string;
  onConfirm: () => void;
  pending?: boolean;
  pendingLabel?: string;
  disabled?: boolean;
}

export function ConfirmAction({ label, accessibleLabel, question, confirmLabel, keepLabel = 'Cancel', onConfirm, pending, pendingLabel, disabled }: Props) {
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking || pending) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button-small button-danger-quiet"
        aria-label={pending ? undefined : accessibleLabel}
        disabled={disabled || pending}
        onClick={() => setAsking(true)}
      >
        {pending ? (pendingLabel ?? 'Working…') : label}
      </button>
    );
  }
  return (
    <span
      className="confirm"
      role="group"
      aria-label={accessibleLabel ?? label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setAsking(false);
        }
      }}
    >
      <span className="confirm-question">{question}</span>
      <span className="confirm-buttons">
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button-small button-secondary" onClick={() => setAsking(false)}>
          {keepLabel}
        </button>
      </span>
    </span>
  );
}
