import { REVEAL_GLOBAL } from '@/lib/highlights/reveal/api';
import { revealApi } from '@/lib/highlights/reveal/page';

// Places, draws and reveals a page's highlights, and describes its selection (lib/
// highlights/reveal). Injected on demand by the background after a gesture (or, with
// "Show my highlights when I revisit a page" allowed, when a page with highlights has
// loaded); stays in the extension's isolated world. Reads the page and never changes
// its DOM: drawing goes through the CSS Custom Highlight API. Built to
// /highlight-reveal.js.
export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, REVEAL_GLOBAL, { value: revealApi, configurable: true });
});
