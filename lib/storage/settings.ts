/**
 * The person's settings as stored, and what they are before anything is chosen. Apart
 * from the items (`index.ts`) so that the pages' mirrors (`mirror.ts`) name the default
 * without loading WXT's storage.
 */
import type { CaptureMode } from '../capture/types';

export interface Settings {
  defaultMode: Extract<CaptureMode, 'bookmark' | 'article'>;
  notifications: boolean;
  openAfterSave: boolean;
  /** Opt-in: copy page images into Notion instead of linking to them. */
  uploadImages: boolean;
  /** Notion's budget per connection: 3/s on most plans, 10/s on Business and Enterprise. */
  requestsPerSecond: 3 | 10;
  /** Opt-in: draw a page's highlights when it loads (asks for access to websites). */
  showHighlightsOnRevisit: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  defaultMode: 'bookmark',
  notifications: true,
  openAfterSave: false,
  uploadImages: false,
  requestsPerSecond: 3,
  showHighlightsOnRevisit: false,
};
