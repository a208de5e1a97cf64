/**
 * Language names as highlighters write them, read as Notion's: a code block keeps its
 * language when Notion has it under another name, and is never refused for one it lacks.
 */
import { isCodeLanguage, type CodeLanguage } from '../../../notion/api/code-languages';

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
