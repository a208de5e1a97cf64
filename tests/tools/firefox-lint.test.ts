import { describe, expect, it } from 'vitest';
import { lintFailures } from './firefox-lint';

const LIBRARY_INNER_HTML = {
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file: 'capture.js',
  line: 13,
};

describe('lintFailures', () => {
  it('passes a report with only the libraries’ innerHTML warnings', () => {
    expect(
      lintFailures({ errors: [], warnings: [LIBRARY_INNER_HTML, LIBRARY_INNER_HTML] }),
    ).toEqual([]);
  });

  it('fails every error and every other warning, with where it is', () => {
    const failures = lintFailures({
      errors: [{ code: 'MANIFEST_FIELD_INVALID', message: 'bad field', file: 'manifest.json' }],
      warnings: [
        LIBRARY_INNER_HTML,
        {
          code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
          message:
            'Manifest key not supported by the specified minimum Firefox for Android version',
          file: 'manifest.json',
        },
        {
          code: 'UNSAFE_VAR_ASSIGNMENT',
          message: 'Unsafe assignment to outerHTML',
          file: 'x.js',
          line: 2,
        },
      ],
    });
    expect(failures).toEqual([
      'error MANIFEST_FIELD_INVALID: bad field (manifest.json)',
      'warning KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION: Manifest key not supported by the specified minimum Firefox for Android version (manifest.json)',
      'warning UNSAFE_VAR_ASSIGNMENT: Unsafe assignment to outerHTML (x.js:2)',
    ]);
  });
});
