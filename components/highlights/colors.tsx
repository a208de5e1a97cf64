/**
 * Highlight colours as people see them in the extension's pages: always a swatch and
 * the colour's name together (never colour alone), and a picker of radio buttons that
 * the keyboard moves through with the arrow keys.
 */
import { t } from '@/lib/i18n';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/lib/highlights';
import './highlights.css';

/** The colours offered when choosing: Notion's named ones ("default" reads as yellow). */
export const PICKABLE_COLORS = HIGHLIGHT_COLORS.filter(
  (color): color is Exclude<HighlightColor, 'default'> => color !== 'default',
);

/** The colour's name in the page's language. */
export function colorName(color: HighlightColor): string {
  return color === 'default' ? t('hlColorDefault') : t(`highlightColor_${color}`);
}

/** A small square of the colour; its name is always beside it or in its label. */
export function Swatch({ color }: { color: HighlightColor }) {
  return <span className={`hl-swatch hl-swatch-${color}`} aria-hidden="true" />;
}

/** The colour as a swatch and its name, for reading. */
export function ColorTag({ color }: { color: HighlightColor }) {
  return (
    <span className="hl-color-tag">
      <Swatch color={color} />
      <span className="visually-hidden">{t('hlColorIs', { color: colorName(color) })}</span>
      <span aria-hidden="true">{colorName(color)}</span>
    </span>
  );
}

/**
 * The colours as one group of radio buttons (Tab reaches the chosen one, the arrows
 * move between them), each labelled by its name.
 */
export function ColorPicker({
  name,
  legend,
  value,
  onChange,
  disabled,
}: {
  name: string;
  legend: string;
  value: HighlightColor;
  onChange: (color: HighlightColor) => void;
  disabled?: boolean;
}) {
  const colors: HighlightColor[] =
    value === 'default' ? ['default', ...PICKABLE_COLORS] : [...PICKABLE_COLORS];
  return (
    <fieldset className="hl-picker" disabled={disabled}>
      <legend className="hl-picker-legend">{legend}</legend>
      {colors.map((color) => (
        <label key={color} className="hl-picker-choice" title={colorName(color)}>
          <input
            type="radio"
            name={name}
            value={color}
            checked={value === color}
            onChange={() => onChange(color)}
          />
          <Swatch color={color} />
          <span className="hl-picker-name">{colorName(color)}</span>
        </label>
      ))}
    </fieldset>
  );
}
