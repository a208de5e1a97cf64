/**
 * `npm start`: the demo. Builds the extension (its test build: the only one that talks to
 * the emulator), starts the Notion emulator with the demo
 * workspace, opens Chromium with the extension loaded and connected to that workspace,
 * and a few real articles to capture. Prints where to see what was saved.
 *
 * Options: --headless (no window), --screenshot <file> (save the options page and exit),
 * --port <n> (emulator port, default 4010).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from '../notion-emulator/index';
import { extensionWorker, launchWithExtension, sendFromPage } from '../e2e/fixtures';
import { buildExtension } from './build';
import { startCorpusServer } from './corpus-server';
import { connectDemo } from './demo-setup';
import { ensureChromium, ensureXvfb, runsAsRoot } from './find-chromium';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    port: { type: 'string', default: '4010' },
  },
});

// A window needs a display; without one, run again inside a virtual display when we can.
if (!values.headless && !process.env.DISPLAY && !process.env.QC_UNDER_XVFB) {
  if (ensureXvfb()) {
    const result = spawnSync(
      'xvfb-run',
      ['-a', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      {
        stdio: 'inherit',
        env: { ...process.env, QC_UNDER_XVFB: '1' },
      },
    );
    process.exit(result.status ?? 1);
  }
  console.log('No display and no xvfb-run (Debian: apt-get install xvfb): running headless.');
  values.headless = true;
}

process.env.CHROMIUM_PATH = ensureChromium();
if (process.env.QC_SKIP_BUILD !== '1') {
  // The demo talks to the emulator on this machine: only the test build may.
  console.log('Building the extension (test build, .output/chrome-mv3-test)…');
  buildExtension('test');
}

// The usual port when it is free, any free port otherwise (a second demo, say).
const emulator = await startEmulator({ seed: 'demo', port: Number(values.port) }).catch(() =>
  startEmulator({ seed: 'demo', port: 0 }),
);
const corpus = await startCorpusServer();
const profile = mkdtempSync(join(tmpdir(), 'qc-demo-'));
const context = await launchWithExtension(profile, 'en', {
  headless: values.headless || !!values.screenshot,
});
const worker = await extensionWorker(context);
const extensionId = new URL(worker.url()).host;

const options = await context.newPage();
await options.goto(`chrome-extension://${extensionId}/options.html`);
await connectDemo((verb, input) => sendFromPage(options, verb, input), emulator.url);
await options.reload();

if (values.screenshot) {
  // The connection card names the demo workspace once the page read it from storage.
  await options.getByText('Demo workspace').first().waitFor();
  await options.screenshot({ path: values.screenshot, fullPage: true });
  const where = process.env.QC_UNDER_XVFB ? 'a virtual display (xvfb-run)' : 'a window';
  console.log(`Chromium ran in ${values.headless ? 'headless mode' : where}.`);
  console.log(`Saved ${values.screenshot}`);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await corpus?.close();
  await emulator.close();
  process.exit(0);
}

// The sample articles open in tabs; the last one (a well-set article) stays in front, ready
// for the first capture.
let front = options;
for (const url of corpus?.sampleUrls ?? []) {
  front = await context.newPage();
  await front.goto(url);
}
await front.bringToFront();

console.log(`
Quick Capture for Notion — demo${process.env.QC_UNDER_XVFB ? ' (in a virtual display, xvfb-run)' : ''}
  Notion emulator:   ${emulator.url}
  Saved pages:       ${emulator.url}/__emulator/view
  Options page:      chrome-extension://${extensionId}/options.html
The extension is connected to the demo workspace. Capture a page with the toolbar button,
right-click, or Alt+Shift+S. Chromium hides a new extension's button under the puzzle-piece
menu in the toolbar: open it and pin Quick Capture to keep the button in sight.
Close the browser or press Ctrl+C to stop; the demo's browser profile is removed then.`);
if (runsAsRoot()) {
  console.log(`Note: running as root, so Chromium runs without its sandbox (--no-sandbox), which it
requires for root. Pages you open in this browser are less contained: run npm start as an
ordinary user to keep the sandbox on.`);
}

const stop = async () => {
  await context.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
  await corpus?.close();
  await emulator.close();
  process.exit(0);
};
context.on('close', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
