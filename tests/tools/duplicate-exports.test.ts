import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { duplicateExports } from './duplicate-exports';

let root: string | null = null;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
});

/** A project of the given files, with a tsconfig that includes them all. */
function project(files: Record<string, string>): string {
  root = mkdtempSync(path.join(tmpdir(), 'duplicate-exports-'));
  const config = { compilerOptions: { strict: true, noEmit: true }, include: ['**/*.ts'] };
  writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify(config));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('duplicateExports', () => {
  it('finds one name exported for two different things', () => {
    const dir = project({
      'lib/a.ts': 'export function plainText(items: string[]): string { return items.join(""); }',
      'components/b.ts': 'export const plainText = (node: { text: string }) => node.text;',
    });
    expect(duplicateExports(dir)).toEqual(
      new Map([['plainText', [['components/b.ts'], ['lib/a.ts']]]]),
    );
  });

  it('accepts re-exports of one symbol, defaults, tests and files outside the scope', () => {
    const dir = project({
      'lib/a.ts': 'export const LIMIT = 100;\nexport default 1;',
      'lib/b.ts': "export { LIMIT } from './a';\nexport default 2;",
      'lib/b.test.ts': 'export const LIMIT = 3;',
      'tests/c.ts': 'export const LIMIT = 4;',
    });
    expect(duplicateExports(dir)).toEqual(new Map());
  });
});
