/**
 * Which build this is. `wxt build --mode test` makes the test and demo build (written to
 * `.output/chrome-mv3-test`): the only build that may send a secret to the Notion emulator
 * on this machine, fetch images from it, and expose hooks to the end-to-end tests. The
 * production build (`wxt build`, `.output/chrome-mv3`) does none of that.
 *
 * Vite replaces `import.meta.env.MODE` when it builds, so in the production bundle this
 * is the constant `false` and the code it guards is dropped. Vitest runs in mode `test`
 * too: unit tests see the rules of the test build unless they ask for production's. The
 * project's own tools run by tsx (the benchmark, `npm run convert`) have no
 * `import.meta.env` at all: they drive the emulator, so they count as the test build.
 */
export const IS_TEST_BUILD: boolean = (import.meta.env?.MODE ?? 'test') === 'test';
