import { useState } from 'react';
import { t } from '@/lib/i18n';
import { useSession } from './session';
import { useCapture, useTitle } from './use-popup-model';

// Page icons may come from anywhere on the web; only these can be shown as images.
function iconSource(url: string | null | undefined): string | null {
  return url && /^(https?:|data:image\/)/i.test(url) ? url : null;
}

/** The page being saved: its icon, its title (editable) and its address. */
export function PageHeader({ titleError }: { titleError: string | undefined }) {
  const tab = useSession((s) => s.tab);
  const capture = useCapture();
  const title = useTitle();
  const icon = iconSource(capture.metadata.favicon ?? tab?.favIconUrl);
  // A page's icon address may not answer; the globe stands in then.
  const [broken, setBroken] = useState<string | null>(null);
  const url = capture.metadata.url || tab?.url || '';
  return (
    <header className="page-header">
      <div className="title-row">
        {icon && icon !== broken ? (
          <img
            className="favicon"
            src={icon}
            alt=""
            width={16}
            height={16}
            onError={() => setBroken(icon)}
          />
        ) : (
          <span className="favicon" aria-hidden="true">
            🌐
          </span>
        )}
        <label htmlFor="popup-title" className="visually-hidden">
          {t('popupTitleLabel')}
        </label>
        <input
          id="popup-title"
          className="title-input"
          type="text"
          autoFocus
          autoComplete="off"
          value={title}
          placeholder={t('popupUntitled')}
          aria-describedby={titleError ? 'popup-title-error' : undefined}
          aria-invalid={titleError ? true : undefined}
          onChange={(e) => useSession.setState({ title: e.target.value })}
        />
      </div>
      {titleError && (
        <p id="popup-title-error" className="field-error">
          {titleError}
        </p>
      )}
      {url && (
        <p className="address muted" title={url}>
          <span className="visually-hidden">{t('popupAddressLabel')}: </span>
          {url}
        </p>
      )}
    </header>
  );
}
