/**
 * `npm start` on a machine without a display: the demo runs in a virtual display
 * (xvfb-run), connects the extension to the emulator's demo workspace and leaves a
 * screenshot of the options page showing that connection.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { expect, test } from './fixtures';

test('npm start opens the demo, connected to the demo workspace', () => {
  test.setTimeout(150_000);
  const shot = 'test-results/screens/demo-options.png';
  rmSync(shot, { force: true });
  const { DISPLAY: _display, ...env } = process.env;
  const run = spawnSync(
    'npx',
    ['tsx', 'tests/tools/start.ts', '--screenshot', shot, '--port', '0'],
    {
      encoding: 'utf8',
      env,
      timeout: 140_000,
    },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain(`Saved ${shot}`);
  // Where xvfb-run exists (or can be installed), the demo runs headed inside it.
  if (spawnSync('which', ['xvfb-run']).status === 0) {
    expect(run.stdout).toContain('Chromium ran in a virtual display (xvfb-run).');
  }
  expect(existsSync(shot)).toBe(true);
  expect(statSync(shot).size).toBeGreaterThan(10_000);
});
