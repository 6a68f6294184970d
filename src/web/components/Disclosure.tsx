// A button that shows and hides a small panel (the header's menus). The disclosure pattern, not an
// ARIA menu: the panel holds ordinary links and buttons reached with Tab. Escape closes it and
// returns focus to the button; a click or focus elsewhere closes it too.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The button's content. */
  label: ReactNode;
  /** Its accessible name, when the content is not one (e.g. "Account menu for Ann"). */
  accessibleLabel?: string;
  className?: string;
  /** The panel; `close` hides it and gives focus back to the button. */
  children: (close: () => void) => ReactNode;
}

export function Disclosure({ label, accessibleLabel, className, children }: Props) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div
      ref={rootRef}
      className={`disclosure ${className ?? ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
      onBlur={(e) => {
        if (open && e.relatedTarget && !rootRef.current?.contains(e.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button ref={buttonRef} type="button" className="disclosure-button" aria-expanded={open} aria-controls={panelId} aria-label={accessibleLabel} onClick={() => setOpen((o) => !o)}>
        {label}
        <span className="disclosure-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panelId} className="disclosure-panel" hidden={!open}>
        {open && children(close)}
      </div>
    </div>
  );
}
