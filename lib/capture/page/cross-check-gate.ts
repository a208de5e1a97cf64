/**
 * When the Readability cross-check of an extraction is worth its cost. Readability can
 * only bring back text that is on the page: when defuddle's content already holds
 * (nearly) all of the page's text, there is nothing for it to find, and reading the
 * whole page a second time — Readability's pass, a second parse, the word counts — is
 * work done for nothing. That is most short pages and pages without much around the
 * article; pages with navigation, comments or a second half defuddle left out still run it.
 */

// Never rendered as text: what `textContent` counts but a reader never sees.
const NOT_TEXT = 'script, style, noscript, template';

/** Characters of `text` other than whitespace: blind to where lines were broken. */
function inkOf(text: string): number {
  let ink = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Space, tab, line breaks, no-break space, and the Unicode spaces up to U+3000.
    if (code > 32 && code !== 160 && !(code >= 0x2000 && code <= 0x200b) && code !== 0x3000)
      ink += 1;
  }
  return ink;
}

/**
 * Room left on the page: its text beyond what defuddle kept may be this large (a share
 * of the kept text, plus a few words' worth) before the cross-check is run. Defuddle's
 * text also holds a little that the page's text nodes do not (footnote brackets, the
 * LaTeX of math), which the margin absorbs.
 */
const SLACK_SHARE = 0.01;
const SLACK_CHARS = 40;

/**
 * Whether the page `doc` holds text beyond `kept` (defuddle's text) that Readability
 * might find: compares the characters other than whitespace of the page's text (without
 * scripts and styles) with those of `kept`. Cheap: one pass over the page's text, none
 * over its elements but the few scripts and styles.
 */
export function crossCheckWorthIt(doc: Document, kept: string): boolean {
  const body = doc.body;
  if (!body) return false;
  let page = inkOf(body.textContent ?? '');
  for (const element of body.querySelectorAll(NOT_TEXT)) page -= inkOf(element.textContent ?? '');
  const ink = inkOf(kept);
  return page - ink > ink * SLACK_SHARE + SLACK_CHARS;
}
