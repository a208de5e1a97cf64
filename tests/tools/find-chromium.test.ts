import { describe, expect, it, vi } from 'vitest';
import { chromiumArgs } from '../e2e/fixtures';
import { sandboxFlags } from './find-chromium';

describe('the sandbox of the test and demo browser', () => {
  it('is turned off only for root, which Chromium requires', () => {
    vi.spyOn(process, 'getuid').mockReturnValue(0);
    expect(sandboxFlags()).toEqual(['--no-sandbox']);
    expect(chromiumArgs('/ext', 'en')).toContain('--no-sandbox');
    vi.spyOn(process, 'getuid').mockReturnValue(1000);
    expect(sandboxFlags()).toEqual([]);
    expect(chromiumArgs('/ext', 'en')).not.toContain('--no-sandbox');
  });
});
