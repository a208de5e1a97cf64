import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** The project root (two levels above this file). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The shared corpus of real pages, read in place (never copied into the repository). */
export const corpusDir = path.resolve(projectRoot, '../shared/corpus/pages');

/** The address every corpus page was saved from, as its expected output assumes. */
export const CORPUS_URL = 'http://fakehost/test/page.html';

export function corpusPages(): string[] {
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readCorpusFile(page: string, file: string): string {
  return readFileSync(path.join(corpusDir, page, file), 'utf8');
}

/**
 * HTML parsed by linkedom, typed as the DOM the extension sees. A fragment is wrapped in
 * a document first: linkedom, unlike browsers, builds no <body> around bare content.
 */
export function parseDocument(html: string): Document {
  const whole = /<(html|body|head)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
