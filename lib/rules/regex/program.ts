/**
 * A syntax tree as a Thompson automaton: a list of states that consume one character,
 * fork, or check a position. Counted repetition is written out (`a{3}` is `aaa`), so the
 * size is bounded before anything is built: a pattern whose automaton would exceed
 * `MAX_STATES` is refused instead of taking the worker's memory.
 */
import type { Assertion, CharSet, RegexNode } from './syntax';

export type State =
  | { op: 'char'; set: CharSet; next: number }
  | { op: 'split'; first: number; second: number }
  | { op: 'assert'; assertion: Assertion; next: number }
  | { op: 'match' };

export interface Program {
  states: State[];
  start: number;
}

/**
 * Matching costs (address length) × (states). With addresses bounded to 2000
 * characters, 2000 states keep the worst case near four million steps (milliseconds).
 */
export const MAX_STATES = 2000;

/** States `node` needs, saturating past `MAX_STATES` (the exact count no longer matters). */
export function stateCount(node: RegexNode): number {
  const cap = (n: number) => Math.min(n, MAX_STATES + 1);
  switch (node.kind) {
    case 'empty':
      return 0;
    case 'chars':
    case 'assert':
      return 1;
    case 'sequence':
      return cap(node.items.reduce((sum, item) => sum + stateCount(item), 0));
    case 'alternation':
      return cap(node.options.reduce((sum, option) => sum + stateCount(option) + 1, 0));
    case 'repeat': {
      const body = stateCount(node.node);
      const copies = node.max === Infinity ? node.min + 1 : node.max;
      // One split per optional copy (or for the loop).
      const splits = node.max === Infinity ? 1 : node.max - node.min;
      return cap(body * copies + splits);
    }
  }
}

/** Builds the automaton; the caller checks `stateCount` first. */
export function compile(node: RegexNode): Program {
  const states: State[] = [{ op: 'match' }];
  const add = (state: State) => states.push(state) - 1;

  // Built back to front: each node is given the state that follows it.
  const emit = (n: RegexNode, next: number): number => {
    switch (n.kind) {
      case 'empty':
        return next;
      case 'chars':
        return add({ op: 'char', set: n.set, next });
      case 'assert':
        return add({ op: 'assert', assertion: n.assertion, next });
      case 'sequence':
        return n.items.reduceRight((following, item) => emit(item, following), next);
      case 'alternation': {
        const entries = n.options.map((option) => emit(option, next));
        return entries.reduceRight((rest, entry) =>
          add({ op: 'split', first: entry, second: rest }),
        );
      }
      case 'repeat': {
        let entry = next;
        if (n.max === Infinity) {
          const loop = add({ op: 'split', first: -1, second: next });
          const body = emit(n.node, loop);
          states[loop] = { op: 'split', first: body, second: next };
          entry = loop;
          // `a{2,}` is `a a a*`: the mandatory copies lead into the loop.
          for (let i = 0; i < n.min; i++) entry = emit(n.node, entry);
          return entry;
        }
        for (let i = n.min; i < n.max; i++) {
          entry = add({ op: 'split', first: emit(n.node, entry), second: next });
        }
        for (let i = 0; i < n.min; i++) entry = emit(n.node, entry);
        return entry;
      }
    }
  };

  return { states, start: emit(node, 0) };
}
