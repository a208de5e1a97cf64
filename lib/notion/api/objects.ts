/**
 * Reading Notion objects for display: titles as plain text and icons as one string.
 */
import type { DataSourceObjectResponse, PageObjectResponse } from '@notionhq/client';
import { notionIconOrNull } from './notion-url';
import { plainText } from './text';

type Icon = PageObjectResponse['icon'];

/**
 * An icon as the extension stores it: an emoji, or the address of an image Notion serves
 * (`notion-url.ts`). Uploaded icons are left out: their signed URLs expire within an
 * hour; so are external icons on other sites, which the extension's pages do not load.
 */
export function iconOf(icon: Icon | undefined): string | null {
  if (!icon) return null;
  switch (icon.type) {
    case 'emoji':
      return icon.emoji;
    case 'external':
      return notionIconOrNull(icon.external.url);
    case 'custom_emoji':
      return notionIconOrNull(icon.custom_emoji.url);
    default:
      return null;
  }
}

/** A page's title: the value of its one title property. */
export function pageTitle(page: PageObjectResponse): string {
  for (const value of Object.values(page.properties)) {
    if (value.type === 'title') return plainText(value.title);
  }
  return '';
}

/** A data source's title. */
export function dataSourceTitle(source: DataSourceObjectResponse): string {
  return plainText(source.title);
}
