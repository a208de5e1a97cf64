/** A target's icon: its emoji, its image (http(s) only), or a neutral page glyph. */
export function TargetIcon({ icon, size = 16 }: { icon: string | null; size?: number }) {
  if (icon && /^https?:\/\//.test(icon)) {
    return <img className="target-icon" src={icon} alt="" width={size} height={size} />;
  }
  return (
    <span className="target-icon" aria-hidden="true" style={{ fontSize: size * 0.9 }}>
      {icon || '📄'}
    </span>
  );
}
