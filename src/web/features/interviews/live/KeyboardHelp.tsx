// The `?` dialog listing the live screen's keys. A native modal <dialog>: focus stays inside,
// Escape closes it, and focus returns to where it was.
import { useEffect, useRef } from 'react';

export const LIVE_KEYS: [keys: string[], what: string][] = [
  [['1', '2', '3', '4', '5'], 'Score the question (again to clear)'],
  [['x'], 'Mark the question not asked (again to undo)'],
  [['↓', '↑'], 'Move the highlight among key points (Tab works too)'],
  [['k'], 'Tick or untick the highlighted key point'],
  [['n'], 'Next question'],
  [['p'], 'Previous question'],
  [['e'], 'Write notes'],
  [['Esc'], 'Leave the notes field (the keys work again)'],
  [['?'], 'Show these keys'],
];

export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      // jsdom has no showModal; an open attribute shows the same content there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('button')?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      (returnTo.current as HTMLElement | null)?.focus?.();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="keys-dialog"
      aria-labelledby="keys-h"
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="keys-dialog-head">
        <h2 id="keys-h">Keyboard shortcuts</h2>
        <button type="button" className="button button-small button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted small">They work anywhere on this screen except while you type in a field.</p>
      <dl className="keys-list">
        {LIVE_KEYS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
