/**
 * The Notion emulator for the tests of one file (or of the `describe` block that asks
 * for it): started before the first of them, closed after the last, and set back before
 * each as `eachTest` says. What the test files against the emulator used to repeat.
 */
import type { Client } from '@notionhq/client';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  DEMO,
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../../tests/notion-emulator/index';
import { createNotionClient } from '../connection/client';

export interface TestEmulatorOptions extends EmulatorOptions {
  /**
   * What each test starts from. `'seed'` (the default): the workspace as seeded, no
   * faults, cursors that never expire. `'faults off'`: no faults and cursors that never
   * expire, the workspace as earlier tests left it. `'as left'`: nothing is set back.
   */
  eachTest?: 'seed' | 'faults off' | 'as left';
}

/** The running emulator, and clients of it as the extension builds them. */
export interface TestEmulator extends RunningEmulator {
  /** The extension's client (`createNotionClient`), with the main integration's secret by default. */
  client(secret?: string): Client;
}

/**
 * Runs the emulator (rate limits off unless asked for) around the tests where it is
 * called. The object it returns stands for the emulator once it runs: use it inside
 * hooks and tests, not while the file loads.
 */
export function useEmulator(options: TestEmulatorOptions = {}): TestEmulator {
  const { eachTest = 'seed', ...start } = options;
  let running: RunningEmulator | null = null;
  const current = (): RunningEmulator => {
    if (!running) throw new Error('The emulator runs only while the tests around it run.');
    return running;
  };
  beforeAll(async () => {
    running = await startEmulator({ rateLimit: false, ...start });
  });
  afterAll(async () => {
    await running?.close();
    running = null;
  });
  if (eachTest !== 'as left') {
    beforeEach(() => {
      const emulator = current();
      emulator.setCursorExpiry(false);
      emulator.clearFaults();
      if (eachTest === 'seed') emulator.reset();
    });
  }
  const client = (secret: string = DEMO.integrations.main.secret): Client =>
    createNotionClient({ secret, apiBase: current().url });
  return new Proxy({} as TestEmulator, {
    get(_target, key) {
      if (key === 'client') return client;
      const emulator = current();
      const value: unknown = Reflect.get(emulator, key);
      return typeof value === 'function' ? value.bind(emulator) : value;
    },
  });
}
