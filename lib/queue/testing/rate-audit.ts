/**
 * The most requests that arrived within any window of `windowMs` (a sliding window over
 * arrival times, as Notion may count them from any instant): what a budget of N requests
 * per window must never exceed.
 */
export function peakInWindow(arrivals: readonly number[], windowMs: number): number {
  const times = [...arrivals].sort((a, b) => a - b);
  let peak = 0;
  let from = 0;
  for (let to = 0; to < times.length; to++) {
    while (times[to]! - times[from]! >= windowMs) from++;
    peak = Math.max(peak, to - from + 1);
  }
  return peak;
}
