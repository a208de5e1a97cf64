/**
 * Lets the page run between two passes of a capture: its timers, input and painting.
 * A zero-delay timer rather than a message or `scheduler.yield()`: timers run in the
 * order they fall due, so every page timer already due runs before the capture goes on,
 * and a capture only runs in the tab a person is looking at, where timers are not held
 * back.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}
