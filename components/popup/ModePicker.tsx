import { t, type MessageKey } from '@/lib/i18n';
import type { PopupMode } from './capture-choice';
import { useSession } from './session';

const LABELS: Record<PopupMode, MessageKey> = {
  bookmark: 'popupModeBookmark',
  article: 'popupModeArticle',
  selection: 'popupModeSelection',
  screenshot: 'popupModeScreenshot',
};

/** How to save the page: native radios, so arrow keys move between the modes. */
export function ModePicker({ offered, mode }: { offered: PopupMode[]; mode: PopupMode | null }) {
  if (offered.length === 0) return null;
  return (
    <fieldset className="modes">
      <legend className="visually-hidden">{t('popupModeLabel')}</legend>
      {offered.map((m) => (
        <label key={m} className={m === mode ? 'mode mode-on' : 'mode'}>
          <input
            type="radio"
            name="mode"
            value={m}
            checked={m === mode}
            onChange={() => useSession.setState({ chosenMode: m })}
          />
          {t(LABELS[m])}
        </label>
      ))}
    </fieldset>
  );
}
