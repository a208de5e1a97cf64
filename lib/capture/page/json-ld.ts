/** What a page's JSON-LD says about its main content. */
export interface JsonLdFacts {
  headline: string | null;
  description: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  image: string | null;
  inLanguage: string | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Types that describe the page's main content, most specific first in practice.
export const CONTENT_TYPES =
  /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|SocialMediaPosting|LiveBlogPosting|Recipe|HowTo|QAPage|WebPage|Review|VideoObject|CreativeWork)$/;

function types(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Flattens JSON-LD documents, arrays and `@graph`s into their objects. */
function nodes(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => nodes(v, out));
  else if (isObject(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) nodes(value['@graph'], out);
  }
  return out;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(text).filter((v): v is string => v !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isObject(value)) return text(value.name ?? value.url ?? value['@value']);
  return null;
}

function imageUrl(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (isObject(value)) return imageUrl(value.url ?? value.contentUrl);
  return null;
}

/**
 * Reads the page's `application/ld+json` scripts. Pages often ship broken JSON here;
 * a script that does not parse is skipped, never thrown.
 */
/**
 * Wikipedia and others put a description in `headline` and the title in `name`; when
 * both are given, the one the page's <title> contains is the title.
 */
function pickTitle(main: Json | null, docTitle: string): string | null {
  const headline = text(main?.headline);
  const name = text(main?.name);
  if (headline && name && headline !== name) {
    const title = docTitle.toLowerCase();
    if (!title.includes(headline.toLowerCase()) && title.includes(name.toLowerCase())) return name;
  }
  return headline ?? name;
}

export function readJsonLd(doc: Document): JsonLdFacts {
  const all: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      nodes(JSON.parse(script.textContent ?? ''), all);
    } catch {
      // Not JSON: pages sometimes leave comments or trailing commas in it.
    }
  }
  const main =
    all.find((node) => types(node).some((t) => CONTENT_TYPES.test(t) && t !== 'WebPage')) ??
    all.find((node) => types(node).includes('WebPage')) ??
    null;
  return {
    headline: pickTitle(main, doc.querySelector('title')?.textContent ?? ''),
    description: text(main?.description),
    author: text(main?.author ?? main?.creator),
    datePublished: text(main?.datePublished ?? main?.dateCreated),
    publisher: text(main?.publisher),
    image: imageUrl(main?.image ?? main?.thumbnailUrl),
    inLanguage: text(main?.inLanguage),
  };
}
