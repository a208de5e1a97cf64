import type { BlockObjectRequest } from '@notionhq/client';

/** Notion's code block languages, exactly as the API spells them. */
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

// What highlighters (Prism, highlight.js, Shiki, GitHub, Rouge, SyntaxHighlighter) write
// in class names, mapped to Notion's name. Names Notion already spells the same way need
// no entry.
// prettier-ignore
const ALIASES: Record<string, CodeLanguage> = {
  js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript', node: 'javascript',
  ecmascript: 'javascript', ts: 'typescript', tsx: 'typescript', mts: 'typescript',
  py: 'python', python3: 'python', py3: 'python', gyp: 'python', ipython: 'python',
  sh: 'shell', zsh: 'shell', fish: 'shell', ksh: 'shell', console: 'shell',
  'shell-session': 'shell', shellsession: 'shell', terminal: 'shell', bat: 'shell',
  batch: 'shell', cmd: 'shell', dos: 'shell', ps1: 'powershell', pwsh: 'powershell', ps: 'powershell',
  yml: 'yaml', md: 'markdown', mdx: 'markdown', gfm: 'markdown',
  cpp: 'c++', cxx: 'c++', cc: 'c++', hpp: 'c++', 'h++': 'c++', h: 'c', objc: 'objective-c',
  objectivec: 'objective-c', 'obj-c': 'objective-c', 'objective-c++': 'objective-c',
  cs: 'c#', csharp: 'c#', 'c-sharp': 'c#', dotnet: 'c#', fs: 'f#', fsharp: 'f#',
  vb: 'visual basic', vba: 'visual basic', vbscript: 'visual basic', vbnet: 'vb.net',
  rb: 'ruby', gemfile: 'ruby', rs: 'rust', kt: 'kotlin', kts: 'kotlin', golang: 'go',
  hs: 'haskell', ex: 'elixir', exs: 'elixir', erl: 'erlang', clj: 'clojure', cljs: 'clojure',
  edn: 'clojure', coffee: 'coffeescript', el: 'lisp', elisp: 'lisp', 'emacs-lisp': 'lisp',
  'common-lisp': 'lisp', cl: 'lisp', scm: 'scheme', rkt: 'racket', re: 'reason', rei: 'reason',
  ml: 'ocaml', mli: 'ocaml', pl: 'perl', pm: 'perl', raku: 'perl', jl: 'julia',
  htm: 'html', xhtml: 'html', vue: 'html', svelte: 'html', erb: 'html', ejs: 'html',
  handlebars: 'html', hbs: 'html', jinja: 'html', twig: 'html', liquid: 'html',
  svg: 'xml', xsl: 'xml', xslt: 'xml', rss: 'xml', atom: 'xml', plist: 'xml', wsdl: 'xml',
  json5: 'json', jsonc: 'json', jsonl: 'json', geojson: 'json', webmanifest: 'json',
  dockerfile: 'docker', containerfile: 'docker', make: 'makefile', mk: 'makefile',
  mak: 'makefile', tex: 'latex', context: 'latex', bibtex: 'latex', asm: 'assembly',
  nasm: 'assembly', x86asm: 'assembly', armasm: 'assembly', 'asm6502': 'assembly',
  wasm: 'webassembly', wat: 'webassembly', wast: 'webassembly', patch: 'diff', udiff: 'diff',
  proto: 'protobuf', proto3: 'protobuf', gql: 'graphql', tf: 'hcl', terraform: 'hcl',
  hcl2: 'hcl', sol: 'solidity', v: 'verilog', sv: 'verilog', systemverilog: 'verilog',
  vhd: 'vhdl', ino: 'arduino', bas: 'basic', qbasic: 'basic', feature: 'gherkin',
  cucumber: 'gherkin', frag: 'glsl', vert: 'glsl', hlsl: 'glsl', shader: 'glsl',
  gradle: 'groovy', purs: 'purescript', st: 'smalltalk', pas: 'pascal', delphi: 'pascal',
  objectpascal: 'pascal', f90: 'fortran', f95: 'fortran', f: 'fortran', for: 'fortran',
  mysql: 'sql', postgresql: 'sql', postgres: 'sql', pgsql: 'sql', plsql: 'sql', tsql: 'sql',
  sqlite: 'sql', mssql: 'sql', plpgsql: 'sql', hive: 'sql', bigquery: 'sql',
  wolfram: 'mathematica', mma: 'mathematica', nb: 'mathematica', m: 'matlab', octave: 'matlab',
  llvm: 'llvm ir', ll: 'llvm ir', ls: 'livescript', idr: 'idris', lidr: 'idris',
  lhs: 'haskell', mmd: 'mermaid', ascii: 'ascii art', asciiart: 'ascii art',
  text: 'plain text', txt: 'plain text', plain: 'plain text', plaintext: 'plain text',
  none: 'plain text', nohighlight: 'plain text', 'no-highlight': 'plain text',
  output: 'plain text', log: 'plain text', ini: 'toml', cfg: 'toml', conf: 'toml',
  properties: 'toml', dhall: 'dhall', sass: 'sass', scss: 'scss', less: 'less', styl: 'css',
  stylus: 'css', pcss: 'css', postcss: 'css',
};

/**
 * Notion's name for a language as highlighters write it (`js`, `language-py`, `C++`,
 * `shell-session`); "plain text" when Notion has no such language, so the code block is
 * never rejected.
 */
export function toNotionLanguage(name: string | null | undefined): CodeLanguage {
  if (!name) return 'plain text';
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^(language|lang|highlight-source|highlight|brush|source)[-:_ ]+/, '')
    .replace(/[;{].*$/, '')
    .trim();
  if (isCodeLanguage(key)) return key;
  const alias = ALIASES[key];
  if (alias) return alias;
  return 'plain text';
}
