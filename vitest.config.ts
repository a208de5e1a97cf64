import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.ts',
      'tests/**/*.test.ts',
      'build/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup/catalog.ts', 'tests/setup/defuddle.ts'],
    mockReset: true,
    restoreMocks: true,
    // Emulator-backed tests start real HTTP servers; give slow CI machines room.
    testTimeout: 20_000,
  },
});
