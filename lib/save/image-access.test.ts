import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IMAGE_ORIGINS, imageUploadsAllowed } from './image-access';
import { DEFAULT_SETTINGS, settingsItem } from '../storage';

beforeEach(() => fakeBrowser.reset());

/** The browser's answer to `permissions.contains` (the fake browser has none). */
function browserSays(answer: boolean | Error) {
  const contains = async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return vi
    .spyOn(browser.permissions, 'contains')
    .mockImplementation(contains as typeof browser.permissions.contains);
}

describe('imageUploadsAllowed', () => {
  it('is off while the setting is off, without asking the browser', async () => {
    const contains = browserSays(true);
    expect(await imageUploadsAllowed()).toBe(false);
    expect(contains).not.toHaveBeenCalled();
  });

  it('needs the access to websites the browser still grants', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uploadImages: true });
    browserSays(false);
    expect(await imageUploadsAllowed()).toBe(false);
    const contains = browserSays(true);
    expect(await imageUploadsAllowed()).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: IMAGE_ORIGINS });
  });

  it('is off when the browser cannot say', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uploadImages: true });
    browserSays(new Error('unsupported'));
    expect(await imageUploadsAllowed()).toBe(false);
  });
});
