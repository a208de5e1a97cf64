/**
 * How each Notion colour looks on the page. The CSS Custom Highlight API paints ranges
 * registered under a name with the `::highlight(name)` rule of that name, so each colour
 * is one name and one rule. The tints are Notion's own text colours, translucent so the
 * page's text stays readable on light and dark pages alike.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../model';

const TINTS: Record<HighlightColor, string> = {
  // Notion's "default" has no colour of its own; a highlight must still be seen.
  default: 'rgba(255, 212, 0, 0.4)',
  gray: 'rgba(120, 119, 116, 0.3)',
  brown: 'rgba(159, 107, 83, 0.3)',
  orange: 'rgba(217, 115, 13, 0.3)',
  yellow: 'rgba(255, 212, 0, 0.4)',
  green: 'rgba(68, 131, 97, 0.3)',
  blue: 'rgba(51, 126, 169, 0.3)',
  purple: 'rgba(144, 101, 176, 0.3)',
  pink: 'rgba(193, 76, 138, 0.3)',
  red: 'rgba(212, 76, 71, 0.3)',
};

/** The name a colour's ranges are registered under in `CSS.highlights`. */
export function highlightName(color: HighlightColor): string {
  return `quick-capture-${color}`;
}

/** The stylesheet that paints every colour (given to `scripting.insertCSS`). */
export function highlightStyles(): string {
  return HIGHLIGHT_COLORS.map(
    (color) =>
      `::highlight(${highlightName(color)}) { background-color: ${TINTS[color]}; color: inherit; }`,
  ).join('\n');
}
