/**
 * JSON-LD fields for `{{schema:…}}`: `author.name`, `author[0].name`, and with a type
 * first, `@Recipe:recipeYield` (only objects of that `@type`). The first object of the
 * page's JSON-LD (documents, arrays and `@graph`s flattened) that has a value at the path
 * gives it: the page's main content first (an `Article`, `NewsArticle`, `BlogPosting`,
 * `Recipe`… as `json-ld.ts` knows them), then every other object in page order — so
 * `schema:name` is the article's, not the `WebSite`'s listed before it. Arrays on the
 * way give all their values, joined with ", " (`author.name` of two authors is "Ada,
 * Grace"); an object at the end gives its `name`, `@value` or `url`, as `json-ld.ts`
 * reads them.
 */
import { CONTENT_TYPES } from '../../capture/page/json-ld';

export type SchemaStep = { kind: 'key'; key: string } | { kind: 'index'; index: number };

export interface SchemaPath {
  /** The `@type` the object must have, or null for any. */
  type: string | null;
  steps: SchemaStep[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const STEP = /^([^.[\]]+)((?:\[\d+\])*)$/;

/** Reads `author[0].name` or `@Type:path`; null when it is not such a path. */
export function parseSchemaPath(text: string): SchemaPath | null {
  const typed = /^\s*@([^:]*):(.*)$/.exec(text);
  if (!typed && text.trim().startsWith('@')) return null;
  const type = typed ? typed[1]!.trim() : null;
  const body = (typed ? typed[2]! : text).trim();
  if (body === '' || type === '') return null;
  const steps: SchemaStep[] = [];
  for (const part of body.split('.')) {
    const match = STEP.exec(part.trim());
    if (!match) return null;
    steps.push({ kind: 'key', key: match[1]!.trim() });
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) {
      steps.push({ kind: 'index', index: Number(index[1]) });
    }
  }
  return { type, steps };
}

/**
 * A page's JSON-LD is untrusted and, once parsed, may be anything: every walk over it
 * spends from one budget of steps, so that nesting, width or shared references cannot
 * make a template slow.
 */
const STEP_BUDGET = 20_000;
/** Deeper than any real JSON-LD; deep enough nesting would otherwise exhaust the stack. */
const MAX_DEPTH = 64;

class Walk {
  private left = STEP_BUDGET;

  spend(depth: number): boolean {
    this.left -= 1;
    return this.left >= 0 && depth <= MAX_DEPTH;
  }

  /** Objects of JSON-LD documents, with `@graph`s opened, in document order. */
  objects(value: unknown, out: Json[] = [], depth = 0): Json[] {
    if (!this.spend(depth)) return out;
    if (Array.isArray(value)) value.forEach((v) => this.objects(v, out, depth + 1));
    else if (isObject(value)) {
      out.push(value);
      if (value['@graph'] !== undefined) this.objects(value['@graph'], out, depth + 1);
    }
    return out;
  }

  /** The text a JSON-LD value stands for; null when it has none. */
  text(value: unknown, depth = 0): string | null {
    if (!this.spend(depth)) return null;
    if (typeof value === 'string') return value.trim() || null;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) {
      const texts = value
        .map((v) => this.text(v, depth + 1))
        .filter((t): t is string => t !== null);
      return texts.length > 0 ? texts.join(', ') : null;
    }
    if (isObject(value)) return this.text(value.name ?? value['@value'] ?? value.url, depth + 1);
    return null;
  }

  follow(value: unknown, steps: readonly SchemaStep[], depth = 0): unknown {
    if (steps.length === 0) return value;
    if (!this.spend(depth)) return undefined;
    const [step, ...rest] = steps as [SchemaStep, ...SchemaStep[]];
    if (step.kind === 'index') {
      return Array.isArray(value) ? this.follow(value[step.index], rest, depth + 1) : undefined;
    }
    // A key on an array applies to each element: `author.name` of several authors.
    if (Array.isArray(value)) {
      const found = value
        .map((v) => this.follow(v, steps, depth + 1))
        .filter((v) => v !== undefined);
      return found.length > 0 ? found : undefined;
    }
    return isObject(value) && Object.hasOwn(value, step.key)
      ? this.follow(value[step.key], rest, depth + 1)
      : undefined;
  }
}

function typesOf(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The text at `path` in the page's JSON-LD documents, or null. */
export function readSchemaPath(documents: readonly unknown[], path: SchemaPath): string | null {
  const walk = new Walk();
  const all = walk.objects(documents);
  const main = (node: Json) => typesOf(node).some((t) => t !== 'WebPage' && CONTENT_TYPES.test(t));
  // A stable order: the main content's objects, then the rest, each in page order.
  const ordered = [...all.filter(main), ...all.filter((node) => !main(node))];
  for (const node of ordered) {
    if (path.type !== null && !typesOf(node).includes(path.type)) continue;
    const text = walk.text(walk.follow(node, path.steps));
    if (text !== null) return text;
  }
  return null;
}
