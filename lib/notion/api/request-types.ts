import type { CreatePageParameters } from '@notionhq/client';

/** The properties of a page request (`POST /v1/pages`), by property id. */
export type PropertiesRequest = NonNullable<CreatePageParameters['properties']>;

/** One property value of a page request. */
export type PropertyRequest = PropertiesRequest[string];

/** One rich text item of a request (the SDK does not export this type by name). */
export type RichTextRequest = Extract<PropertyRequest, { title: unknown }>['title'][number];
