/**
 * Parsing HTML into an inert document, shared by the article extractor and the
 * selection reader. Its own file so that the light capture script, which reads
 * selections, does not carry the article extractor.
 */

/** A document parsed from `html` by the page's own parser: inert, images not loaded. */
export function parseHtml(doc: Document, html: string): Document {
  // linkedom exposes DOMParser on its window only; browsers have it globally too.
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  // Fragments need the full skeleton: linkedom leaves <body> empty without it.
  const body = html.replace(/^\s*<body[^>]*>/i, '').replace(/<\/body>\s*$/i, '');
  return new Parser().parseFromString(
    `<!doctype html><html><body>${body}</body></html>`,
    'text/html',
  );
}
