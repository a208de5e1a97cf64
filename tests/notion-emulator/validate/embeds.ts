/**
 * Which URLs an `embed` block may carry. Notion validates embeds against the providers it
 * supports (changelog "Validation on embed block URLs", kept in the block reference):
 * Framer, Twitter (tweets), Google Drive documents, Gist, Figma, InVision, Loom, Typeform,
 * CodePen, PDFs, Google Maps, Whimsical, Miro, Abstract, Excalidraw, Sketch and Replit.
 * Anything else answers 400; a plain page belongs in a `bookmark` block.
 *
 * Each provider is read as its own domain and its subdomains only (the stricter reading):
 * `framer.com` but not sites hosted on `framer.website`, tweets but not profiles.
 */

const PROVIDER_DOMAINS = [
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

function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** True when Notion would accept `url` (an absolute http(s) URL) in an embed block. */
export function isSupportedEmbed(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (PROVIDER_DOMAINS.some((domain) => within(host, domain))) return true;
  if (within(host, 'twitter.com') || within(host, 'x.com'))
    return /\/status\/\d+/.test(url.pathname);
  if (/^(www\.)?google\.[a-z]{2,3}(\.[a-z]{2})?$/.test(host))
    return url.pathname.startsWith('/maps');
  if (/^maps\.google\.[a-z]{2,3}(\.[a-z]{2})?$/.test(host)) return true;
  return /\.pdf$/i.test(url.pathname);
}
