/**
 * What a template can refer to: what the capture knows, when it was made and in which
 * time zone, and — when the page was read — its `<meta>` tags and JSON-LD, which the
 * capture carries (`PageCapture.meta`, `.jsonLd`) unless the shell hands in others.
 */
import type { PageCapture, PageMetadata } from '../../capture/types';

export interface TemplateContext {
  metadata: PageMetadata;
  /** The selected text of a selection capture; null otherwise. */
  selection: string | null;
  /** When the capture was made (`{{date}}`). */
  now: Date;
  /** The IANA zone dates are shown in; passed in, never the machine's implicitly. */
  timeZone: string;
  /** `<meta>` contents by lower-case `name` / `property`; null when they were not read. */
  meta: Readonly<Record<string, string>> | null;
  /** The page's JSON-LD documents as parsed; null when they were not read. */
  jsonLd: readonly unknown[] | null;
}

export interface ContextOptions {
  now: Date;
  timeZone: string;
  meta?: Readonly<Record<string, string>> | null;
  jsonLd?: readonly unknown[] | null;
}

/** The template context of a capture. */
export function templateContext(capture: PageCapture, options: ContextOptions): TemplateContext {
  return {
    metadata: capture.metadata,
    selection: capture.mode === 'selection' ? capture.text : null,
    now: options.now,
    timeZone: options.timeZone,
    meta: options.meta ?? capture.meta ?? null,
    jsonLd: options.jsonLd ?? capture.jsonLd ?? null,
  };
}
