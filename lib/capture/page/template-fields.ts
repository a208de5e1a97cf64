/**
 * The page's `<meta>` tags and JSON-LD as data for rule templates (`{{meta:og:site_name}}`,
 * `{{schema:author}}`, lib/rules/template). Both are the page's own words and untrusted:
 * JSON-LD is only ever `JSON.parse`d (a script element is never run, its `src` never
 * fetched), and everything kept is bounded — how many tags, scripts, keys, items and
 * characters, how deep — so a hostile page cannot make a capture large or slow.
 */

/** What templates may read of the page, as plain, structured-cloneable data. */
export interface TemplateFields {
  /** `<meta>` contents by lower-case `name` / `property`; a repeated tag's values joined by ", ". */
  meta: Record<string, string>;
  /** The parsed `application/ld+json` documents, pruned to the bounds below, in page order. */
  jsonLd: unknown[];
}

/**
 * The `<meta>` names templates can read: what describes the page and its author. Other
 * tags (verification codes, CSRF tokens, viewport) are nobody's template and stay out.
 */
const META_PREFIXES = [
  'og:',
  'twitter:',
  'article:',
  'book:',
  'profile:',
  'video:',
  'music:',
  'citation_',
  'dc.',
  'dc:',
  'dcterms.',
  'dcterms:',
  'prism.',
  'parsely-',
];
const META_NAMES = new Set([
  'description',
  'keywords',
  'news_keywords',
  'author',
  'publisher',
  'copyright',
  'application-name',
  'date',
  'title',
  'subject',
  'abstract',
  'category',
]);

/** The most of each; a real page stays far below. */
export const FIELD_LIMITS = {
  metaTags: 300,
  metaKeys: 150,
  keyLength: 100,
  /** One Notion text item: no template value could use more of one field. */
  textLength: 2000,
  scripts: 20,
  scriptChars: 200_000,
  totalScriptChars: 500_000,
  depth: 12,
  items: 100,
  keys: 100,
  /** Values kept from all JSON-LD together. */
  nodes: 5000,
} as const;

const readable = (key: string) =>
  key.length <= FIELD_LIMITS.keyLength &&
  (META_NAMES.has(key) || META_PREFIXES.some((p) => key.startsWith(p)));

const bounded = (text: string) => text.slice(0, FIELD_LIMITS.textLength);

function readMeta(doc: Document): Record<string, string> {
  const values = new Map<string, string[]>();
  const tags = doc.querySelectorAll('meta[content]');
  for (let i = 0; i < tags.length && i < FIELD_LIMITS.metaTags; i++) {
    const tag = tags[i]!;
    const content = tag.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    const keys = [tag.getAttribute('name'), tag.getAttribute('property')]
      .flatMap((v) => (v ?? '').toLowerCase().split(/\s+/))
      .filter(readable);
    for (const key of new Set(keys)) {
      const list = values.get(key);
      if (list) {
        if (!list.includes(content)) list.push(content);
      } else if (values.size < FIELD_LIMITS.metaKeys) values.set(key, [content]);
    }
  }
  // `fromEntries` makes own properties: a tag named `__proto__` stays a name.
  return Object.fromEntries([...values].map(([key, list]) => [key, bounded(list.join(', '))]));
}

/** A copy of parsed JSON within the bounds; what is past them is left out. */
function prune(value: unknown, depth: number, budget: { nodes: number }): unknown {
  if (budget.nodes <= 0) return undefined;
  budget.nodes -= 1;
  if (typeof value === 'string') return bounded(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (depth >= FIELD_LIMITS.depth || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    return value
      .slice(0, FIELD_LIMITS.items)
      .map((v) => prune(v, depth + 1, budget))
      .filter((v) => v !== undefined);
  }
  const entries: [string, unknown][] = [];
  for (const [key, v] of Object.entries(value).slice(0, FIELD_LIMITS.keys)) {
    const kept = prune(v, depth + 1, budget);
    if (kept !== undefined) entries.push([key.slice(0, FIELD_LIMITS.keyLength), kept]);
  }
  return Object.fromEntries(entries);
}

function readJsonLdDocuments(doc: Document): unknown[] {
  const out: unknown[] = [];
  const budget = { nodes: FIELD_LIMITS.nodes };
  let chars = 0;
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length && i < FIELD_LIMITS.scripts; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (text.length > FIELD_LIMITS.scriptChars) continue;
    chars += text.length;
    if (chars > FIELD_LIMITS.totalScriptChars) break;
    try {
      const kept = prune(JSON.parse(text), 0, budget);
      if (kept !== undefined) out.push(kept);
    } catch {
      // Not JSON (a comment, a trailing comma): pages ship that often; it is skipped.
    }
  }
  return out;
}

/** Reads the page's `<meta>` tags and JSON-LD for templates. Never throws on page content. */
export function readTemplateFields(doc: Document): TemplateFields {
  return { meta: readMeta(doc), jsonLd: readJsonLdDocuments(doc) };
}
