import { notionIconOrNull } from '@/lib/notion/api/notion-url';

/**
 * A target's icon: its emoji, its image when Notion serves it (an icon from a file or an
 * answer cannot make the extension's pages load images from other sites), or a neutral
 * page glyph.
 */
export function TargetIcon({ icon, size = 16 }: { icon: string | null; size?: number }) {
  const shown = notionIconOrNull(icon);
  if (shown && /^https:\/\//.test(shown)) {
    return <img className="target-icon" src={shown} alt="" width={size} height={size} />;
  }
  return (
    <span className="target-icon" aria-hidden="true" style={{ fontSize: size * 0.9 }}>
      {shown || '📄'}
    </span>
  );
}
