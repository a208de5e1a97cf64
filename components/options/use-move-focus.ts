import { useEffect, useRef } from 'react';

/**
 * Keeps the keyboard's place in a list whose items move up and down. Moving re-inserts
 * the item's node, which drops focus: once the list has re-rendered (`items` changed),
 * focus goes back to the button that was pressed (`data-move="<id>:<direction>"`), or to
 * its partner once the item reached an end of the list and that button is disabled.
 */
export function useMoveFocus(items: unknown) {
  const moved = useRef<{ id: string; direction: -1 | 1 } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const wanted = moved.current;
    if (!wanted || !listRef.current) return;
    const find = (d: number) =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${wanted.id}:${d}"]`);
    const button = find(wanted.direction);
    if (button && !button.disabled) button.focus();
    else find(-wanted.direction)?.focus();
    moved.current = null;
  }, [items]);
  /** Called as an item moves, before the change that re-renders the list. */
  const willMove = (id: string, direction: -1 | 1) => {
    moved.current = { id, direction };
  };
  return { listRef, willMove };
}
