/**
 * A short confirmation ("Saved.") in a polite live region, so screen readers announce
 * it without moving focus. Empty text keeps the region in place for the next message.
 */
export function Status({ text }: { text: string | null }) {
  return (
    <p className="status" role="status">
      {text}
    </p>
  );
}
