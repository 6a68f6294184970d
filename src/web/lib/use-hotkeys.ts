import { useEffect, useRef } from 'react';

/** Single-key shortcuts that never fire while the user types in a field (except Escape). */
export function useHotkeys(bindings: Record<string, (event: KeyboardEvent) => void>) {
  const ref = useRef(bindings);
  ref.current = bindings;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (typing && event.key !== 'Escape') return;
      const handler = ref.current[event.key];
      if (handler) handler(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
