import { HIGHLIGHTER_GLOBAL, createHighlighter } from '@/lib/highlights/page/highlighter';

// The highlighter script: describes the selection as W3C selectors and draws the page's
// highlights with the CSS Custom Highlight API. Injected on demand by the background
// (lib/highlights/inject.ts) after a gesture, never declared as a content script; it
// carries the anchoring code and nothing of the capture or Notion code. Built to
// /highlighter.js.
export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, HIGHLIGHTER_GLOBAL, {
    value: createHighlighter(document, () => location.href),
    configurable: true,
  });
});
