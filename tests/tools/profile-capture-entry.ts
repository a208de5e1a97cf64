// Bundled by profile-capture.ts into a Chromium page: the article capture's passes, in
// the order `extractionSteps` and `captureWith` run them, each timed on its own.
import { Readability } from '@mozilla/readability';
import { defuddleFor } from '../../lib/capture/page/article';
import { crossCheckWorthIt } from '../../lib/capture/page/cross-check-gate';
import { findLazyImageUpgrades } from '../../lib/capture/page/lazy-images';
import { parseHtml } from '../../lib/capture/page/parse-html';
import { readableText } from '../../lib/capture/page/readable-text';
import { documentBaseUrl } from '../../lib/convert/build/urls';
import { convertDom } from '../../lib/convert/convert-dom';

/** Milliseconds per pass, and defuddle's own steps (its `profile` option) prefixed `defuddle.`. */
export type PassTimes = Record<string, number>;

function passes(): PassTimes {
  const times: PassTimes = {};
  const timed = <T>(name: string, run: () => T): T => {
    const started = performance.now();
    const value = run();
    times[name] = Math.round(performance.now() - started);
    return value;
  };
  const baseUrl = documentBaseUrl(document, location.href);
  timed('lazyImages', () => findLazyImageUpgrades(document, baseUrl));
  const result = timed('defuddle', () =>
    defuddleFor(document, { url: location.href, useAsync: false, profile: true }).parse(),
  );
  const root = timed('parse', () => parseHtml(document, result.content).body);
  const text = timed('readableText', () => readableText(root));
  const worthIt = timed('crossCheckGate', () => crossCheckWorthIt(document, text));
  // Timed whether or not the gate would run it, so that its cost is known.
  timed('readability', () =>
    new Readability(document.cloneNode(true) as Document, { keepClasses: true }).parse(),
  );
  const { blocks } = timed('convert', () => convertDom(root, { baseUrl }));
  timed('json', () => JSON.stringify(blocks).length);
  for (const [step, ms] of Object.entries(result.profile ?? {})) times[`defuddle.${step}`] = ms;
  return { ...times, crossCheckRuns: worthIt ? 1 : 0, blocks: blocks.length };
}

Object.assign(globalThis, { profileCapturePasses: passes });
