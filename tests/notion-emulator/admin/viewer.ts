/** `/__emulator/view`: what was saved, readable by a person (properties and blocks). */
import type { Json, JsonObject } from '../json.ts';
import { isObject } from '../json.ts';
import type { Workspace } from '../workspace.ts';
import { document, escapeHtml, link, richHtml } from './html.ts';
import { listPages, pageWithTree, type BlockTree } from './inspect.ts';

function propertyText(value: JsonObject): string {
  const v = value[String(value.type)];
  if (Array.isArray(v)) {
    if (value.type === 'title' || value.type === 'rich_text') return richHtml(v);
    return v
      .map((item) => escapeHtml(isObject(item) ? String(item.name ?? item.id ?? '') : String(item)))
      .join(', ');
  }
  if (isObject(v)) return escapeHtml(String(v.name ?? v.start ?? v.id ?? ''));
  if (value.type === 'url' && typeof v === 'string') return link(v, escapeHtml(v));
  return v === null || v === undefined ? '' : escapeHtml(String(v));
}

function fileHtml(content: JsonObject, ownFiles: string): string {
  const file = isObject(content.file)
    ? content.file
    : isObject(content.external)
      ? content.external
      : {};
  const url = String(file.url ?? '');
  const caption = richHtml(content.caption);
  // Only the emulator's own uploads are shown inline; external images stay links.
  if (content.type === 'file' && url.startsWith(ownFiles)) {
    return `<figure><img src="${escapeHtml(url.slice(url.indexOf('/__emulator/')))}" alt=""><figcaption>${caption}</figcaption></figure>`;
  }
  return `<p>${link(url, escapeHtml(url))} ${caption}</p>`;
}

function blockHtml(block: BlockTree, ownFiles: string): string {
  const type = String(block.type);
  const c: JsonObject = isObject(block[type]) ? (block[type] as JsonObject) : {};
  const kids = block.children.map((b) => blockHtml(b, ownFiles)).join('');
  const text = richHtml(c.rich_text);
  switch (type) {
    case 'heading_1':
    case 'heading_2':
    case 'heading_3':
    case 'heading_4': {
      const level = Number(type.slice(-1)) + 1;
      return `<h${level}>${text}</h${level}>${kids}`;
    }
    case 'paragraph':
      return `<p>${text}</p>${kids ? `<div style="margin-left:1.5rem">${kids}</div>` : ''}`;
    case 'bulleted_list_item':
      return `<ul><li>${text}${kids}</li></ul>`;
    case 'numbered_list_item':
      return `<ol><li>${text}${kids}</li></ol>`;
    case 'to_do':
      return `<p>${c.checked ? '☑' : '☐'} ${text}</p>${kids}`;
    case 'toggle':
      return `<details open><summary>${text}</summary>${kids}</details>`;
    case 'quote':
      return `<blockquote>${text}${kids}</blockquote>`;
    case 'callout':
      return `<div class="callout">${isObject(c.icon) && typeof c.icon.emoji === 'string' ? escapeHtml(c.icon.emoji) : ''} ${text}${kids}</div>`;
    case 'code':
      return `<pre><code>${text}</code></pre><p class="muted">${escapeHtml(String(c.language ?? ''))}</p>`;
    case 'equation':
      return `<p><code>${escapeHtml(String(c.expression ?? ''))}</code></p>`;
    case 'divider':
      return '<hr>';
    case 'image':
    case 'video':
    case 'pdf':
    case 'audio':
    case 'file':
      return fileHtml(c, ownFiles);
    case 'bookmark':
    case 'embed':
      return `<p>🔖 ${link(String(c.url ?? ''), escapeHtml(String(c.url ?? '')))} ${richHtml(c.caption)}</p>`;
    case 'table':
      return `<table>${kids}</table>`;
    case 'table_row':
      return `<tr>${(Array.isArray(c.cells) ? c.cells : []).map((cell: Json) => `<td>${richHtml(cell)}</td>`).join('')}</tr>`;
    case 'column_list':
      return `<div style="display:flex;gap:1rem">${kids}</div>`;
    case 'column':
      return `<div style="flex:1">${kids}</div>`;
    case 'child_page':
      return `<p>📄 <a href="/__emulator/view/${escapeHtml(String(block.id))}">${escapeHtml(String(c.title ?? 'Untitled'))}</a></p>`;
    case 'child_database':
      return `<p>🗃 ${escapeHtml(String(c.title ?? ''))}</p>`;
    default:
      return `<p class="muted">[${escapeHtml(type)}]</p>${kids}`;
  }
}

function titleOf(page: JsonObject): string {
  const props = isObject(page.properties) ? page.properties : {};
  for (const value of Object.values(props)) {
    if (isObject(value) && value.type === 'title' && Array.isArray(value.title)) {
      return (
        value.title.map((p) => (isObject(p) ? String(p.plain_text ?? '') : '')).join('') ||
        'Untitled'
      );
    }
  }
  return 'Untitled';
}

/** One saved page: its properties and its blocks. Null when there is no such page. */
export function renderPageView(ws: Workspace, id: string, apiBase: string): string | null {
  const found = pageWithTree(ws, id);
  if (!found) return null;
  const title = titleOf(found.page);
  const props = isObject(found.page.properties) ? found.page.properties : {};
  const rows = Object.entries(props)
    .filter(([, v]) => isObject(v) && v.type !== 'title')
    .map(
      ([name, v]) =>
        `<tr><th>${escapeHtml(name)}</th><td>${propertyText(v as JsonObject)}</td></tr>`,
    )
    .join('');
  const body = `<p class="muted"><a href="/__emulator/view">All pages</a></p><h1>${escapeHtml(title)}</h1>
${rows ? `<table>${rows}</table>` : ''}${found.blocks.map((b) => blockHtml(b, `${apiBase}/__emulator/files/`)).join('')}`;
  return document(title, body);
}

/** Every page of the workspace, newest first, linking to its view. */
export function renderIndex(ws: Workspace): string {
  const items = listPages(ws)
    .reverse()
    .map(
      (page) =>
        `<li><a href="/__emulator/view/${escapeHtml(String(page.id))}">${escapeHtml(titleOf(page))}</a> <span class="muted">${escapeHtml(String(page.created_time))}</span></li>`,
    )
    .join('');
  return document(
    'Emulated workspace',
    `<h1>Pages in the emulated workspace</h1><ul>${items}</ul>`,
  );
}
