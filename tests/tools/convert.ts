/**
 * Converts a saved web page the way the extension does, and prints one JSON object:
 * `{ title, metadata, articleText, blocks, report, requests }`.
 *
 *   npm run --silent convert -- <file.html> [--url <page-url>] [--selection]
 *
 * Same code path as the extension's injected capture script (`capturePage`: metadata,
 * defuddle extraction, conversion), run under Node with linkedom. `--selection` treats
 * the whole file as the user's selection. `requests` is the request plan that would
 * save the result as a new child page of a placeholder parent page.
 */
import '../setup/catalog';
import '../setup/defuddle';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { capturePage } from '../../lib/capture/capture-page';
import { wholeDocumentAsSelection } from '../../lib/capture/page/selection';
import { describeLoss } from '../../lib/convert/describe-loss';
import { splitText } from '../../lib/notion/api/text';
import { planRequests } from '../../lib/notion/plan';
import { parseDocument } from '../golden/corpus';

/** Stands in for the parent page a real save would name. */
export const PLACEHOLDER_PARENT = '00000000-0000-4000-8000-000000000000';

export interface Args {
  file: string;
  url: string | null;
  selection: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | null = null;
  let url: string | null = null;
  let selection = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i] ?? null;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--selection') selection = true;
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}.`);
    else file = arg;
  }
  if (!file) throw new Error('Name the HTML file to convert.');
  if (url !== null && !URL.canParse(url)) throw new Error(`--url is not an absolute URL: ${url}`);
  return { file, url, selection };
}

/** Converts one file; the JSON-ready result. */
export function convertFile(args: Args) {
  const html = readFileSync(args.file, 'utf8');
  const url = args.url ?? pathToFileURL(path.resolve(args.file)).href;
  const doc = parseDocument(html);
  const capture = args.selection
    ? capturePage(doc, { mode: 'selection' }, { url, selection: wholeDocumentAsSelection(doc) })
    : capturePage(doc, { mode: 'article' }, { url });
  const title = capture.metadata.title || path.basename(args.file);
  const titleText = splitText(title).map((content) => ({
    type: 'text' as const,
    text: { content },
  }));
  const plan = planRequests(
    { kind: 'page', pageId: PLACEHOLDER_PARENT, pageMode: 'child' },
    { title: { title: titleText.slice(0, 100) } },
    capture.blocks,
  );
  return {
    title,
    metadata: capture.metadata,
    articleText: capture.text ?? '',
    blocks: capture.blocks,
    report: { ...capture.report, summary: describeLoss(capture.report, 'en') },
    requests: plan.steps.map(({ method, path: stepPath, body }) => ({
      method,
      path: stepPath,
      ...(body ? { body } : {}),
    })),
  };
}

function main(): void {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.stderr.write(
      'Usage: npm run --silent convert -- <file.html> [--url <page-url>] [--selection]\n',
    );
    process.exit(2);
  }
  // stdout carries exactly one JSON document: anything a library logs goes to stderr.
  const log = console.log;
  console.log = (...parts: unknown[]) => console.error(...parts);
  try {
    const result = convertFile(args);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`Could not convert ${args.file}: ${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    console.log = log;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main();
