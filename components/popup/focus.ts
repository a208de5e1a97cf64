/**
 * Where the keyboard focus goes when what held it disappears (the Save button while
 * saving, the picker's list once closed): to the next thing to do, but only where the
 * focus would otherwise be lost — a person who already moved on keeps their place.
 */

/** Focuses `element` if the focus is nowhere (on the body, or no element at all). */
export function focusIfLost(element: HTMLElement | null | undefined): void {
  const now = document.activeElement;
  if (!now || now === document.body) element?.focus();
}
