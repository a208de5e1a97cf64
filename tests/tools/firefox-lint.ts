/**
 * The verdict on Mozilla's `web-ext lint` of the Firefox build: what addons.mozilla.org's
 * review runs on the zip. Errors fail the build, and so do warnings, with one known kind
 * let through: the linter flags every `innerHTML` in the bundle, and ESLint keeps it out
 * of our own code (UNTRUSTED_MARKUP in eslint.config.js), so those left are the
 * libraries' — React DOM's `dangerouslySetInnerHTML`, which we never use, and
 * Readability's and Defuddle's work on their own detached copy of the page.
 */

/** One finding of `web-ext lint --output json`. */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** The part of `web-ext lint --output json` the verdict reads. */
export interface LintReport {
  errors?: LintMessage[];
  warnings?: LintMessage[];
  notices?: LintMessage[];
}

/** Whether a warning is a library's `innerHTML` (see above). */
function fromLibraries(warning: LintMessage): boolean {
  return (
    warning.code === 'UNSAFE_VAR_ASSIGNMENT' && warning.message === 'Unsafe assignment to innerHTML'
  );
}

/** Every error and every warning but the libraries' `innerHTML`, as lines to print. */
export function lintFailures(report: LintReport): string[] {
  const failing = [
    ...(report.errors ?? []).map((e) => ({ kind: 'error', ...e })),
    ...(report.warnings ?? [])
      .filter((w) => !fromLibraries(w))
      .map((w) => ({ kind: 'warning', ...w })),
  ];
  return failing.map(
    (f) =>
      `${f.kind} ${f.code}: ${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`,
  );
}
