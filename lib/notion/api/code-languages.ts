/**
 * Notion's code block languages, exactly as the API spells them: a code block in any
 * other language is refused with 400 `validation_error`.
 */
import type { BlockObjectRequest } from '@notionhq/client';

/** A language name Notion accepts for a code block. */
export type CodeLanguage = Extract<BlockObjectRequest, { code: unknown }>['code']['language'];

// Kept in step with the SDK's union by the `satisfies` below: a name Notion does not
// know is a compile error, and a missing one fails the languages test.
// prettier-ignore
const NOTION_LANGUAGES = [
  'abap', 'abc', 'agda', 'arduino', 'ascii art', 'assembly', 'bash', 'basic', 'bnf', 'c',
  'c#', 'c++', 'clojure', 'coffeescript', 'coq', 'css', 'dart', 'dhall', 'diff', 'docker',
  'ebnf', 'elixir', 'elm', 'erlang', 'f#', 'flow', 'fortran', 'gherkin', 'glsl', 'go',
  'graphql', 'groovy', 'haskell', 'hcl', 'html', 'idris', 'java', 'javascript', 'json',
  'julia', 'kotlin', 'latex', 'less', 'lisp', 'livescript', 'llvm ir', 'lua', 'makefile',
  'markdown', 'markup', 'matlab', 'mathematica', 'mermaid', 'nix', 'notion formula',
  'objective-c', 'ocaml', 'pascal', 'perl', 'php', 'plain text', 'powershell', 'prolog',
  'protobuf', 'purescript', 'python', 'r', 'racket', 'reason', 'ruby', 'rust', 'sass',
  'scala', 'scheme', 'scss', 'shell', 'smalltalk', 'solidity', 'sql', 'swift', 'toml',
  'typescript', 'vb.net', 'verilog', 'vhdl', 'visual basic', 'webassembly', 'xml', 'yaml',
  'java/c/c++/c#',
] as const satisfies readonly CodeLanguage[];

/** Every language name Notion accepts. */
export const CODE_LANGUAGES: ReadonlySet<string> = new Set(NOTION_LANGUAGES);

/** True when Notion accepts `name` as a code block language. */
export function isCodeLanguage(name: string): name is CodeLanguage {
  return CODE_LANGUAGES.has(name);
}
