import type { Marks, Run } from './build/rich-text';

/** Formatting and whitespace handling in effect while walking inline content. */
export interface InlineStyle {
  marks: Marks;
  /** Absolute http(s) link target, or null. */
  link: string | null;
  /** Whitespace is preserved (`<pre>`, `white-space: pre…`), not collapsed. */
  pre: boolean;
}

export const PLAIN_STYLE: InlineStyle = { marks: {}, link: null, pre: false };

// CSS white-space processing in normal mode: every run of spaces, tabs and line feeds
// is one space; a space right after another (even across elements) or at the start or
// end of a line disappears. U+00A0 is not collapsible and stays.
const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const BLANK = /^[\s\u00a0\u200b]*$/;

/** Collects the inline content of one block the way a browser would lay it out. */
export class InlineBuffer {
  private runs: Run[] = [];

  /** True when nothing visible has been added. */
  get isEmpty(): boolean {
    return this.runs.every((run) => run.kind === 'text' && BLANK.test(run.text));
  }

  text(raw: string, style: InlineStyle): void {
    let text = style.pre ? raw.replace(/\r\n?/g, '\n') : raw.replace(COLLAPSIBLE, ' ');
    if (!style.pre && text.startsWith(' ') && this.atLineStart()) text = text.slice(1);
    if (!text) return;
    this.runs.push({ kind: 'text', text, marks: style.marks, link: style.link });
  }

  /** A `<br>`: spaces before it vanish and the next line starts fresh. */
  lineBreak(style: InlineStyle): void {
    this.trimEnd();
    this.runs.push({ kind: 'text', text: '\n', marks: style.marks, link: null });
  }

  equation(expression: string, style: InlineStyle): void {
    this.runs.push({ kind: 'equation', expression, marks: style.marks });
  }

  /** Hands over the content collected so far, without blank lines at either end. */
  take(): Run[] {
    this.trimEnd(true);
    this.trimStart();
    const runs = this.runs;
    this.runs = [];
    return runs;
  }

  private atLineStart(): boolean {
    const last = this.runs[this.runs.length - 1];
    if (!last) return true;
    return last.kind === 'text' && (last.text.endsWith(' ') || last.text.endsWith('\n'));
  }

  private trimStart(): void {
    for (;;) {
      const first = this.runs[0];
      if (!first || first.kind !== 'text') return;
      const text = first.text.replace(/^[ \n]+/, '');
      if (text) {
        this.runs[0] = { ...first, text };
        return;
      }
      this.runs.shift();
    }
  }

  private trimEnd(breaksToo = false): void {
    const trailing = breaksToo ? /[ \n]+$/ : / +$/;
    for (;;) {
      const last = this.runs[this.runs.length - 1];
      if (!last || last.kind !== 'text') return;
      const text = last.text.replace(trailing, '');
      if (text) {
        this.runs[this.runs.length - 1] = { ...last, text };
        return;
      }
      this.runs.pop();
    }
  }
}
