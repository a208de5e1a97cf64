/** A small deterministic generator (mulberry32): the same seed gives the same trial. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in `[0, max)`. */
export const below = (random: () => number, max: number) => Math.floor(random() * max);

/** One of `items`, chosen by `random`. */
export function oneOf<T>(random: () => number, items: readonly T[]): T {
  return items[below(random, items.length)]!;
}

/** A seed from a string (a page's name), so each page has its own passages. */
export function seedOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
