/**
 * Whether `text` holds every word typed in `filter` (any order, any case): "read list"
 * finds "Reading list". An empty filter matches everything.
 */
export function matchesWords(text: string, filter: string): boolean {
  const haystack = text.toLocaleLowerCase();
  return filter
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
