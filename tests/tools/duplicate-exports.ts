/**
 * One name per meaning: fails when two modules of `lib/`, `components/` or `entrypoints/`
 * export the same name for different things (two `plainText`s that read different
 * inputs, two `orderTargets` that order differently). A module that re-exports another's
 * symbol exports the same thing, which is fine; default exports (WXT's entrypoints) are
 * not names. Test files export nothing anyone imports, so they are left out.
 *
 * Part of `npm run check`; run alone with `tsx tests/tools/duplicate-exports.ts`.
 */
import path from 'node:path';
import ts from 'typescript';

const SCOPE = /^(lib|components|entrypoints)\//;
const IGNORED = new Set(['default']);

/** Exported names used for more than one symbol, with the modules of each (sorted). */
export function duplicateExports(root: string): Map<string, string[][]> {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) throw new Error(`No tsconfig.json in ${root}.`);
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`${configPath} could not be read.`);
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const byName = new Map<string, Map<ts.Symbol, string[]>>();
  for (const source of program.getSourceFiles()) {
    const file = path.relative(root, source.fileName).split(path.sep).join('/');
    if (!SCOPE.test(file) || /\.test\.tsx?$/.test(file)) continue;
    const module = checker.getSymbolAtLocation(source);
    if (!module) continue;
    for (const exported of checker.getExportsOfModule(module)) {
      if (IGNORED.has(exported.name)) continue;
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const symbols = byName.get(exported.name) ?? new Map<ts.Symbol, string[]>();
      byName.set(exported.name, symbols);
      symbols.set(symbol, [...(symbols.get(symbol) ?? []), file]);
    }
  }
  const duplicates = new Map<string, string[][]>();
  for (const [name, symbols] of byName) {
    if (symbols.size < 2) continue;
    const modules = [...symbols.values()].map((files) => [...files].sort());
    duplicates.set(
      name,
      modules.sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
  }
  return duplicates;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const duplicates = duplicateExports(process.cwd());
  for (const [name, modules] of duplicates) {
    console.error(`"${name}" names different things in:`);
    for (const files of modules) console.error(`  ${files.join(', ')}`);
  }
  if (duplicates.size > 0) {
    console.error(
      `\n${duplicates.size} exported name(s) mean different things: rename what differs, merge what is the same.`,
    );
    process.exit(1);
  }
}
