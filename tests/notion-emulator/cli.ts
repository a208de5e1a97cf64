/**
 * `npm run emulator -- --port 4010 --seed demo [--no-rate-limit]`: runs the emulator until
 * interrupted and prints where it is, the demo secrets and the viewer.
 */
import { DEMO, startEmulator } from './index.ts';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const seed = option('seed') ?? 'demo';
if (seed !== 'demo' && seed !== 'empty') {
  console.error(`--seed must be "demo" or "empty", not "${seed}".`);
  process.exit(2);
}
const emulator = await startEmulator({
  port: Number(option('port') ?? 4010),
  seed,
  rateLimit: process.argv.includes('--no-rate-limit') ? false : undefined,
});

const lines = [
  `Notion emulator (API 2026-03-11) listening at ${emulator.url}`,
  `  baseUrl for @notionhq/client: ${emulator.url}`,
  `  viewer:                       ${emulator.url}/__emulator/view`,
  `  admin API:                    ${emulator.url}/__emulator/`,
];
if (seed === 'demo') {
  lines.push(
    `  secret "${DEMO.integrations.main.name}" (read/update/insert): ${DEMO.integrations.main.secret}`,
    `  secret "${DEMO.integrations.reader.name}" (read only):        ${DEMO.integrations.reader.secret}`,
    `  personal access token "${DEMO.personalTokens.ada.name}" (sees everything Ada sees): ${DEMO.personalTokens.ada.secret}`,
    `  Reading list data source: ${DEMO.ids.readingListDataSource}   Inbox page: ${DEMO.ids.inboxPage}`,
  );
}
console.log(lines.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
