// The live screen's keys (listed in KeyboardHelp). They are ignored while typing in a field, except
// Escape, which leaves the field so the keys work again; and while the help dialog is open.
import { useHotkeys } from '../../../lib/use-hotkeys';

export interface LiveKeyActions {
  score: (score: number) => void;
  toggleNotAsked: () => void;
  step: (delta: number) => void;
  moveHighlight: (delta: number) => void;
  tickHighlighted: () => void;
  writeNotes: () => void;
  openHelp: () => void;
  leaveField: () => void;
}

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function useLiveKeys(actions: LiveKeyActions, { paused }: { paused: boolean }) {
  // A held key repeats: one question or tick per press, not a run of them.
  const once = (run: (e: KeyboardEvent) => void) => (e: KeyboardEvent) => {
    if (paused || e.repeat) return;
    run(e);
  };
  const digits = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [String(n), once(() => actions.score(n))]));
  useHotkeys({
    ...digits,
    x: once(() => actions.toggleNotAsked()),
    n: once(() => actions.step(1)),
    p: once(() => actions.step(-1)),
    k: once(() => actions.tickHighlighted()),
    ArrowDown: (e) => {
      if (paused) return;
      e.preventDefault();
      actions.moveHighlight(1);
    },
    ArrowUp: (e) => {
      if (paused) return;
      e.preventDefault();
      actions.moveHighlight(-1);
    },
    e: once((e) => {
      e.preventDefault(); // or the "e" lands in the notes
      actions.writeNotes();
    }),
    '?': once(() => actions.openHelp()),
    Escape: (e) => {
      if (!paused && isTyping(e.target)) actions.leaveField();
    },
  });
}
