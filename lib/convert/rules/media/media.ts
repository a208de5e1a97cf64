import type { BlockObjectRequest } from '@notionhq/client';
import { mediaBlock } from '../../build/blocks';
import type { Context } from '../../context';
import { imageSource } from './image-source';
import { resolveUrl } from '../../build/urls';

/**
 * An image block for `<img>`, or null (reported) when Notion cannot show it: a `data:`
 * image goes to the `onDataImage` hook, an address over 2000 characters or of another
 * scheme is dropped.
 */
export function imageBlock(img: Element, ctx: Context): BlockObjectRequest | null {
  const raw = imageSource(img);
  if (raw === null || (raw.startsWith('data:') && lazyPlaceholder(img))) {
    // A lazy loader gives the address when the image scrolls into view: not yet.
    ctx.losses.add('image_not_loaded');
    return null;
  }
  if (raw.startsWith('data:')) {
    const kept = ctx.options.onDataImage?.(raw, img.getAttribute('alt') ?? '') ?? null;
    if (!kept) ctx.losses.add('image_data_url');
    return kept;
  }
  const resolved = resolveUrl(raw, ctx.baseUrl);
  if (resolved.ok) return mediaBlock('image', resolved.url);
  ctx.losses.add(resolved.problem === 'too_long' ? 'image_url_too_long' : 'image_unsupported');
  return null;
}

/** An image a lazy loader marks as its own, still showing its stand-in. */
function lazyPlaceholder(img: Element): boolean {
  return (
    img.getAttribute('loading') === 'lazy' ||
    /(^|[\s_-])lazy/i.test(img.getAttribute('class') ?? '')
  );
}

/** Emoji drawn as images (WordPress, Twitter) read as text, not as image blocks. */
export function inlineImageText(img: Element): string | null {
  const alt = img.getAttribute('alt') ?? '';
  const cls = img.getAttribute('class') ?? '';
  const isEmoji =
    /(^|\s)(emoji|wp-smiley|twemoji)(\s|$)/.test(cls) || img.hasAttribute('data-emoji');
  if (isEmoji && alt) return alt;
  return /^\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u200d|\ufe0f)*$/u.test(alt)
    ? alt
    : null;
}

const YOUTUBE = /^(?:www\.|m\.)?(?:youtube\.com|youtube-nocookie\.com)$/;

/** The watch address Notion's video block plays, for YouTube and Vimeo players. */
export function videoPageUrl(url: string): string | null {
  const parsed = new URL(url);
  const host = parsed.hostname;
  if (YOUTUBE.test(host)) {
    const id = /^\/(?:embed|v|shorts|live)\/([\w-]{6,})/.exec(parsed.pathname)?.[1];
    if (id) return `https://www.youtube.com/watch?v=${id}`;
    if (parsed.pathname === '/watch' && parsed.searchParams.get('v')) return url;
  }
  if (host === 'youtu.be') return `https://www.youtube.com/watch?v=${parsed.pathname.slice(1)}`;
  if (host === 'player.vimeo.com') {
    const id = /^\/video\/(\d+)/.exec(parsed.pathname)?.[1];
    if (id) return `https://vimeo.com/${id}`;
  }
  if (host === 'vimeo.com' && /^\/\d+/.test(parsed.pathname)) return url;
  return null;
}

// Notion refuses (400) embed blocks for services outside its list (changelog
// "Validation on embed block URLs", kept in the block reference): Framer, tweets, Google
// Drive and Maps, Gist, Figma, InVision, Loom, Typeform, CodePen, PDFs, Whimsical, Miro,
// Abstract, Excalidraw, Sketch, Replit. Each is read as its own domain (a site hosted on
// framer.website is not Framer); any other frame becomes a bookmark, a titled card.
const EMBED_DOMAINS = [
  'framer.com',
  'drive.google.com',
  'docs.google.com',
  'gist.github.com',
  'figma.com',
  'invisionapp.com',
  'loom.com',
  'typeform.com',
  'codepen.io',
  'whimsical.com',
  'miro.com',
  'abstract.com',
  'excalidraw.com',
  'sketch.com',
  'replit.com',
];
const GOOGLE = /^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/;
const GOOGLE_MAPS = /^maps\.google\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Whether Notion takes `url` in an embed block (otherwise it goes in a bookmark). */
export function isEmbeddable(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (EMBED_DOMAINS.some((domain) => within(host, domain))) return true;
  if (within(host, 'twitter.com') || within(host, 'x.com'))
    return /\/status\/\d+/.test(url.pathname);
  if (GOOGLE.test(host)) return url.pathname.startsWith('/maps');
  if (GOOGLE_MAPS.test(host)) return true;
  return /\.pdf$/i.test(url.pathname);
}

// Video files Notion plays from an address (block reference, "Supported video types").
const VIDEO_FILE = /\.(amv|asf|avi|f4v|flv|gifv|mkv|mov|mpg|mpeg|mpv|mp4|m4v|qt|wmv)$/i;
const AUDIO_FILE = /\.(mp3|wav|ogg|oga|m4a)$/i;

/** A video, embed or bookmark block for `<iframe>`, `<video>` or `<audio>`. */
export function frameBlock(el: Element, ctx: Context): BlockObjectRequest | null {
  const raw =
    el.getAttribute('src') ??
    el.getAttribute('data-src') ??
    el.querySelector('source[src]')?.getAttribute('src') ??
    null;
  const resolved = resolveUrl(raw, ctx.baseUrl);
  if (!resolved.ok) {
    ctx.losses.add(el.localName === 'iframe' ? 'frame_dropped' : 'media_unsupported');
    return null;
  }
  const url = new URL(resolved.url);
  const video = videoPageUrl(resolved.url);
  if (video) return mediaBlock('video', video);
  if (VIDEO_FILE.test(url.pathname)) return mediaBlock('video', resolved.url);
  if (AUDIO_FILE.test(url.pathname)) return mediaBlock('audio', resolved.url);
  return mediaBlock(isEmbeddable(url) ? 'embed' : 'bookmark', resolved.url);
}
