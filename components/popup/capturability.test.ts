import { describe, expect, it } from 'vitest';
import { capturabilityOf, downgrade } from './capturability';

describe('capturabilityOf', () => {
  it('captures ordinary web pages, local ones included', () => {
    expect(capturabilityOf('https://example.com/post')).toBe('page');
    expect(capturabilityOf('http://127.0.0.1:4000/wikipedia/')).toBe('page');
  });

  it('offers only a bookmark for extension stores and PDFs', () => {
    expect(capturabilityOf('https://chromewebstore.google.com/detail/x/abc')).toBe('bookmark-only');
    expect(capturabilityOf('https://chrome.google.com/webstore/detail/abc')).toBe('bookmark-only');
    expect(capturabilityOf('https://addons.mozilla.org/en-US/firefox/addon/x/')).toBe(
      'bookmark-only',
    );
    expect(capturabilityOf('https://arxiv.org/pdf/2401.00001.PDF')).toBe('bookmark-only');
    // Only the gallery path of a shared host is closed.
    expect(capturabilityOf('https://chrome.google.com/other')).toBe('page');
  });

  it('saves nothing from browser pages, local files or unknown addresses', () => {
    for (const url of [
      'chrome://settings/',
      'about:blank',
      'edge://newtab/',
      'chrome-extension://abc/popup.html',
      'file:///home/me/a.html',
      'view-source:https://example.com/',
      'not a url',
      '',
      undefined,
    ]) {
      expect(capturabilityOf(url)).toBe('none');
    }
  });

  it('falls back to a bookmark only from a web page', () => {
    expect(downgrade('page')).toBe('bookmark-only');
    expect(downgrade('none')).toBe('none');
  });
});
