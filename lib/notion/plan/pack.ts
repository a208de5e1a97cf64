/**
 * Packing siblings into requests. Siblings keep their order, so a request holds a run
 * of consecutive siblings; filling each request before starting the next (next-fit) is
 * then the fewest runs, because a run that fits still fits when shortened.
 */

export interface Size {
  elements: number;
  bytes: number;
}

export interface Capacity extends Size {
  /** First-level blocks. */
  count: number;
}

function fits(used: Size & { count: number }, item: Size, cap: Capacity): boolean {
  return (
    used.count + 1 <= cap.count &&
    used.elements + item.elements <= cap.elements &&
    used.bytes + item.bytes <= cap.bytes
  );
}

/** Splits `items` into runs of consecutive items (index ranges `[start, end)`). */
export function packRuns(items: readonly Size[], cap: Capacity): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  let used = { count: 0, elements: 0, bytes: 0 };
  items.forEach((item, i) => {
    if (used.count > 0 && !fits(used, item, cap)) {
      runs.push([start, i]);
      start = i;
      used = { count: 0, elements: 0, bytes: 0 };
    }
    used = {
      count: used.count + 1,
      elements: used.elements + item.elements,
      bytes: used.bytes + item.bytes,
    };
  });
  if (used.count > 0) runs.push([start, items.length]);
  return runs;
}

/** `out[i]`: runs needed for `items[0..i)`, for every i (next-fit is prefix-consistent). */
function prefixRuns(items: readonly Size[], cap: Capacity): number[] {
  const out = [0];
  let runs = 0;
  let used = { count: 0, elements: 0, bytes: 0 };
  for (const item of items) {
    if (used.count === 0 || !fits(used, item, cap)) {
      runs += 1;
      used = { count: 0, elements: 0, bytes: 0 };
    }
    used = {
      count: used.count + 1,
      elements: used.elements + item.elements,
      bytes: used.bytes + item.bytes,
    };
    out.push(runs);
  }
  return out;
}

/** `out[i]`: runs needed for `items[i..n)` (next-fit from the right is as few). */
function suffixRuns(items: readonly Size[], cap: Capacity): number[] {
  return prefixRuns([...items].reverse(), cap).reverse();
}

export interface Window {
  start: number;
  end: number;
}

/**
 * Picks the run of siblings created together with their parent (the "window"); the
 * siblings before it are appended later at the start, those after it at the end.
 * Minimises the appends; among equals prefers a window that starts at the first sibling
 * (no positioned append), then the longest window (`prefer: 'large'`, for the page a
 * create request makes: room there is free) or the shortest (`'small'`, for a block
 * whose parent's appends then pack tighter). `required`: the parent cannot exist
 * without a child (a table needs a row, a column a block).
 */
export function chooseWindow(
  items: readonly Size[],
  eligible: readonly boolean[],
  windowCap: Capacity,
  appendCap: Capacity,
  options: { required?: boolean; prefer?: 'large' | 'small' } = {},
): Window {
  const n = items.length;
  const before = prefixRuns(items, appendCap);
  const after = suffixRuns(items, appendCap);
  const sign = options.prefer === 'small' ? -1 : 1;
  let best: Window = { start: 0, end: 0 };
  let bestCost = options.required ? Infinity : (before[n] ?? 0);
  const better = (start: number, end: number, cost: number) => {
    if (cost !== bestCost) return cost < bestCost;
    if ((start === 0) !== (best.start === 0)) return start === 0;
    return sign * (end - start - (best.end - best.start)) > 0;
  };
  for (let start = 0; start < n; start++) {
    let used = { count: 0, elements: 0, bytes: 0 };
    for (let end = start; end < n && eligible[end]; end++) {
      const item = items[end] as Size;
      if (!fits(used, item, windowCap)) break;
      used = {
        count: used.count + 1,
        elements: used.elements + item.elements,
        bytes: used.bytes + item.bytes,
      };
      const cost = (before[start] ?? 0) + (after[end + 1] ?? 0);
      if (better(start, end + 1, cost)) {
        best = { start, end: end + 1 };
        bestCost = cost;
      }
    }
  }
  return best;
}
