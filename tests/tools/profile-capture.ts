/**
 * Where a long article's capture spends its time in the page: synthetic articles
 * (`tests/bench/synthetic-article.ts`) of the sizes asked are opened in Chromium and the
 * article capture's passes timed one by one — lazy images, defuddle (with its own steps),
 * the reparse of its content, the readable text, the cross-check gate, Readability,
 * conversion to blocks and their JSON text. Defuddle is bundled as the extension ships it
 * (`build/defuddle-linear.ts`). Figures vary with the machine's load: compare two builds
 * in the same session.
 *
 *   npx tsx tests/tools/profile-capture.ts [bytes …]     (default: 1000000 5000000)
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defuddleLinearEsbuild } from '../../build/defuddle-linear';
import { syntheticArticle } from '../bench/synthetic-article';
import { projectRoot } from '../golden/corpus';
import { locateChromium, sandboxFlags } from './find-chromium';
import type { PassTimes } from './profile-capture-entry';

const ARTICLE_URL = 'https://article.example/synthetic';

/** Each size's pass times, in the order asked. */
export async function profileCapture(sizes: number[]): Promise<Map<number, PassTimes>> {
  const bundle = (
    await build({
      entryPoints: [path.join(projectRoot, 'tests/tools/profile-capture-entry.ts')],
      bundle: true,
      format: 'iife',
      write: false,
      logLevel: 'silent',
      plugins: [defuddleLinearEsbuild()],
    })
  ).outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: locateChromium(),
    args: [...sandboxFlags(), '--disable-gpu'],
  });
  const out = new Map<number, PassTimes>();
  try {
    const page = await browser.newPage();
    let html = '';
    // The article, and nothing else: no request leaves the machine.
    await page.route('**/*', (route) =>
      route.request().url() === ARTICLE_URL
        ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
        : route.abort(),
    );
    for (const bytes of sizes) {
      html = syntheticArticle(bytes);
      await page.goto(ARTICLE_URL, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle });
      const times = await page.evaluate(() =>
        (globalThis as unknown as { profileCapturePasses: () => PassTimes }).profileCapturePasses(),
      );
      out.set(bytes, times);
    }
  } finally {
    await browser.close();
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const asked = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const sizes = asked.length > 0 ? asked : [1_000_000, 5_000_000];
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const results = await profileCapture(sizes);
  const names = [...new Set([...results.values()].flatMap((times) => Object.keys(times)))];
  console.log(['pass'.padEnd(40), ...sizes.map((s) => `${s} B`.padStart(12))].join(''));
  for (const name of names)
    console.log(
      [
        name.slice(0, 39).padEnd(40),
        ...sizes.map((s) => String(results.get(s)?.[name] ?? '').padStart(12)),
      ].join(''),
    );
}
