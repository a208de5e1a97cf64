/**
 * Synthetic articles of a given size for the capture bench's scaling series: a title,
 * then sections of headings, paragraphs (with links, emphasis and inline code), lists,
 * tables and code blocks, repeated until the HTML reaches the size asked. Deterministic
 * (a seeded generator), so every run measures the same pages.
 */

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// prettier-ignore
const WORDS = [
  'capture', 'notion', 'article', 'reader', 'page', 'block', 'queue', 'request', 'paragraph',
  'table', 'code', 'list', 'heading', 'extension', 'browser', 'signal', 'measure', 'result',
  'gesture', 'tab', 'storage', 'limit', 'rate', 'server', 'figure', 'history', 'outbox',
  'section', 'words', 'layout', 'render', 'script', 'thread', 'slice', 'yield', 'timer',
];

/** The HTML of a synthetic article of about `bytes` bytes (never less). */
export function syntheticArticle(bytes: number, seed = 17): string {
  const next = random(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  let serial = 0;
  // A numbered word in every sentence keeps the text from repeating itself exactly.
  const sentence = (length: number) => {
    const words = Array.from({ length }, pick);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    words.push(`w${(serial += 1)}`);
    return `${words.join(' ')}.`;
  };
  const paragraph = () => {
    const parts = Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(12));
    parts[1] = `<a href="/notes/${serial}">${parts[1]}</a>`;
    parts[2] = `<em>${parts[2]}</em> <code>${pick()}()</code>`;
    return `<p>${parts.join(' ')}</p>`;
  };
  const list = (tag: 'ul' | 'ol') =>
    `<${tag}>${Array.from({ length: 4 }, () => `<li>${sentence(8)}</li>`).join('')}</${tag}>`;
  const table = () => {
    const row = (cell: string) =>
      `<tr>${Array.from({ length: 4 }, () => `<${cell}>${sentence(2)}</${cell}>`).join('')}</tr>`;
    return `<table><thead>${row('th')}</thead><tbody>${Array.from({ length: 5 }, () => row('td')).join('')}</tbody></table>`;
  };
  const code = () =>
    `<pre><code class="language-ts">${Array.from(
      { length: 6 },
      (_, i) => `const ${pick()}${serial + i} = ${pick()}(${i});`,
    ).join('\n')}</code></pre>`;
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A synthetic article</title>' +
    '<meta name="author" content="Bench"></head><body><header><nav><a href="/">Home</a></nav></header>' +
    '<main><article><h1>A synthetic article</h1>';
  const tail = '</article></main><footer><p>Footer</p></footer></body></html>';
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let section = 1; size < bytes; section += 1) {
    const chunk = [
      `<h2>Section ${section}: ${sentence(4)}</h2>`,
      paragraph(),
      paragraph(),
      list(section % 2 ? 'ul' : 'ol'),
      paragraph(),
      table(),
      paragraph(),
      code(),
      paragraph(),
    ].join('\n');
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push(tail);
  return parts.join('\n');
}
