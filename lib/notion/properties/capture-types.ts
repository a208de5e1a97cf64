/**
 * What a database's "type of capture" option is called. These are values written to
 * Notion, not words of the interface: they never depend on the browser's language. An
 * option the database already has is reused when it is one of the names below (any
 * language the extension knows, any case); otherwise a new option gets the English name,
 * as in the capture database the extension creates.
 */
import type { CaptureMode } from '../../capture/types';
import type { OptionLike } from './choice-values';

/** Names by capture mode; the first is the one a new option gets. */
export const CAPTURE_TYPE_NAMES: Record<CaptureMode, readonly [string, ...string[]]> = {
  bookmark: ['Bookmark', '북마크'],
  article: ['Article', '본문', '아티클', '기사'],
  selection: ['Selection', '선택한 텍스트', '선택 텍스트', '발췌'],
  link: ['Link', '링크'],
  image: ['Image', '이미지'],
  screenshot: ['Screenshot', '스크린샷'],
};

/** The option a capture of `mode` is filed under, among the property's `options`. */
export function captureTypeName(mode: CaptureMode, options: readonly OptionLike[]): string {
  const names = CAPTURE_TYPE_NAMES[mode].map((n) => n.toLocaleLowerCase());
  const known = options.find((o) => names.includes(o.name.trim().toLocaleLowerCase()));
  return known?.name ?? CAPTURE_TYPE_NAMES[mode][0];
}
