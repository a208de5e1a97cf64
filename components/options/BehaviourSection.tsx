import { useEffect, useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/storage';
import {
  hasImagePermission,
  releaseImagePermission,
  requestImagePermission,
} from './image-permission';
import {
  hasRevisitPermission,
  releaseRevisitPermission,
  requestRevisitPermission,
} from './revisit-permission';
import { Section } from './Section';
import { Status } from './Status';
import { useSettingsStore } from './stores';

/**
 * How captures behave: mode, notifications, opening, image upload, highlights on
 * revisits, request budget.
 */
export function BehaviourSection() {
  const stored = useSettingsStore((s) => s.value);
  // What was just chosen shows at once; storage confirms it a moment later (its next
  // update clears the draft), and a failed save falls back to what storage holds.
  const [draft, setDraft] = useState<Partial<Settings>>({});
  useEffect(() => useSettingsStore.subscribe(() => setDraft({})), []);
  const settings: Settings = { ...stored, ...draft };
  const [saved, setSaved] = useState<string | null>(null);
  const [imageNote, setImageNote] = useState<string | null>(null);
  const [permissionMissing, setPermissionMissing] = useState(false);
  const permissionLost = settings.uploadImages && permissionMissing;
  const [revisitNote, setRevisitNote] = useState<string | null>(null);
  const [revisitMissing, setRevisitMissing] = useState(false);
  const revisitLost = settings.showHighlightsOnRevisit && revisitMissing;
  const save = useAction((patch: Partial<Settings>) => sendMessage('saveSettings', patch));

  // The permission can be withdrawn in the browser's own settings at any time.
  useEffect(() => {
    if (settings.uploadImages) void hasImagePermission().then((has) => setPermissionMissing(!has));
  }, [settings.uploadImages]);
  useEffect(() => {
    if (settings.showHighlightsOnRevisit)
      void hasRevisitPermission().then((has) => setRevisitMissing(!has));
  }, [settings.showHighlightsOnRevisit]);

  const change = async (patch: Partial<Settings>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
    if (await save.perform(patch)) setSaved(t('optSaved'));
    else setDraft({});
  };

  const askForImages = (ask: Promise<boolean>) => {
    setImageNote(null);
    void ask
      .then(async (granted) => {
        if (!granted) {
          setImageNote(t('optImagesRefused'));
          if (settings.uploadImages) await change({ uploadImages: false });
          return;
        }
        setPermissionMissing(false);
        await change({ uploadImages: true });
      })
      .catch(() => setImageNote(t('optImagesRefused')));
  };

  const toggleImages = (on: boolean) => {
    if (on) return askForImages(requestImagePermission());
    setImageNote(null);
    // The revisit setting uses the same access: it is handed back when neither does.
    void change({ uploadImages: false }).then(() => {
      if (!settings.showHighlightsOnRevisit) releaseImagePermission().catch(() => undefined);
    });
  };

  const askForRevisit = (ask: Promise<boolean>) => {
    setRevisitNote(null);
    void ask
      .then(async (granted) => {
        if (!granted) {
          setRevisitNote(t('optRevisitRefused'));
          if (settings.showHighlightsOnRevisit) await change({ showHighlightsOnRevisit: false });
          return;
        }
        setRevisitMissing(false);
        await change({ showHighlightsOnRevisit: true });
      })
      .catch(() => setRevisitNote(t('optRevisitRefused')));
  };

  const toggleRevisit = (on: boolean) => {
    if (on) return askForRevisit(requestRevisitPermission());
    setRevisitNote(null);
    void change({ showHighlightsOnRevisit: false }).then(() => {
      if (!settings.uploadImages) releaseRevisitPermission().catch(() => undefined);
    });
  };

  return (
    <Section id="behaviour" title={t('optBehaviourHeading')}>
      <fieldset>
        <legend>{t('optDefaultModeLegend')}</legend>
        {(['bookmark', 'article'] as const).map((mode) => (
          <label className="choice" key={mode}>
            <input
              type="radio"
              name="default-mode"
              checked={settings.defaultMode === mode}
              onChange={() => void change({ defaultMode: mode })}
            />
            {mode === 'bookmark' ? t('optModeBookmark') : t('optModeArticle')}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.notifications}
          onChange={(e) => void change({ notifications: e.target.checked })}
        />
        {t('optNotifications')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.openAfterSave}
          onChange={(e) => void change({ openAfterSave: e.target.checked })}
        />
        {t('optOpenAfterSave')}
      </label>
      <div>
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.uploadImages}
            aria-describedby="upload-images-help"
            onChange={(e) => toggleImages(e.target.checked)}
          />
          {t('optUploadImages')}
        </label>
        <p id="upload-images-help" className="muted small">
          {t('optUploadImagesHelp')}
        </p>
        {permissionLost && (
          <p className="warn">
            {t('optImagesPermissionLost')}{' '}
            <button type="button" onClick={() => askForImages(requestImagePermission())}>
              {t('optAllowImages')}
            </button>
          </p>
        )}
        {imageNote && (
          <p className="warn" role="alert">
            {imageNote}
          </p>
        )}
      </div>
      <div>
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.showHighlightsOnRevisit}
            aria-describedby="revisit-help"
            onChange={(e) => toggleRevisit(e.target.checked)}
          />
          {t('optRevisit')}
        </label>
        <p id="revisit-help" className="muted small">
          {t('optRevisitHelp')}
        </p>
        {revisitLost && (
          <p className="warn">
            {t('optRevisitPermissionLost')}{' '}
            <button type="button" onClick={() => askForRevisit(requestRevisitPermission())}>
              {t('optRevisitAllow')}
            </button>
          </p>
        )}
        {revisitNote && (
          <p className="warn" role="alert">
            {revisitNote}
          </p>
        )}
      </div>
      <fieldset>
        <legend>{t('optRateLegend')}</legend>
        {([3, 10] as const).map((rate) => (
          <label className="choice" key={rate}>
            <input
              type="radio"
              name="requests-per-second"
              checked={settings.requestsPerSecond === rate}
              onChange={() => void change({ requestsPerSecond: rate })}
            />
            {rate === 3 ? t('optRate3') : t('optRate10')}
          </label>
        ))}
      </fieldset>
      {save.failure && <ErrorNotice failure={save.failure} onDismiss={save.clearFailure} />}
      <Status text={saved} />
    </Section>
  );
}
