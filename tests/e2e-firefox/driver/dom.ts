/**
 * What a person does on an extension page, done in the page itself: find a field by its
 * label, type into it, click a button by its name, read what is shown. The same helpers
 * work on a tab and on the toolbar popup (a window the tests reach only through
 * `extension.getViews`), which puppeteer cannot drive in Firefox.
 *
 * `domHelpers` is sent to the page as source, so it uses nothing but its argument.
 * Typing sets the value the way the browser's own input does (the prototype's setter,
 * then `input`), which is what React listens to.
 */

/** The helpers, bound to one window. */
export function domHelpers(win: Window & typeof globalThis) {
  const doc = win.document;
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element) =>
    squash(el.getAttribute('aria-label')) ||
    squash(
      (el as HTMLInputElement).labels?.length
        ? [...(el as HTMLInputElement).labels!].map((l) => l.textContent).join(' ')
        : el.textContent,
    );
  const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0;

  function field(label: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
    const byLabel = [...doc.querySelectorAll('label')].find((l) => squash(l.textContent) === label);
    const control =
      (byLabel?.control as HTMLInputElement | null) ??
      [...doc.querySelectorAll<HTMLInputElement>('input, textarea, select')].find(
        (el) => squash(el.getAttribute('aria-label')) === label,
      );
    if (!control) throw new Error(`No field labelled “${label}”.`);
    return control;
  }

  function button(name: string | RegExp): HTMLElement {
    const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
    const found = [...doc.querySelectorAll<HTMLElement>('button, [role="button"], summary')].find(
      (el) => visible(el) && matches(nameOf(el)),
    );
    if (!found) throw new Error(`No button named “${String(name)}”.`);
    return found;
  }

  return {
    /** Text of the whole page, spaces squashed. */
    text: (selector = 'body') => squash(doc.querySelector(selector)?.textContent),
    /** Types `value` into the field labelled `label`, replacing what it held. */
    fill(label: string, value: string) {
      const el = field(label);
      el.focus();
      const proto = Object.getPrototypeOf(el) as object;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
      el.dispatchEvent(new win.Event('input', { bubbles: true }));
      el.dispatchEvent(new win.Event('change', { bubbles: true }));
    },
    value: (label: string) => field(label).value,
    /** Presses Enter in the field labelled `label` (the key that submits or adds a chip). */
    enter(label: string) {
      const el = field(label);
      for (const type of ['keydown', 'keypress', 'keyup'])
        el.dispatchEvent(
          new win.KeyboardEvent(type, {
            key: 'Enter',
            code: 'Enter',
            bubbles: true,
            cancelable: true,
          }),
        );
    },
    /** Clicks the button (or summary) whose name is `name`. */
    click(name: string | RegExp) {
      button(name).click();
    },
    /** Whether a field labelled `label` is on the page. */
    hasField(label: string) {
      try {
        field(label);
        return true;
      } catch {
        return false;
      }
    },
    hasButton(name: string | RegExp) {
      try {
        return !(button(name) as HTMLButtonElement).disabled;
      } catch {
        return false;
      }
    },
    /** Checks the radio or checkbox labelled `label`. */
    check(label: string) {
      const el = field(label) as HTMLInputElement;
      if (!el.checked) el.click();
    },
    checked: (label: string) => (field(label) as HTMLInputElement).checked,
    /** Checks the radio whose label begins with `name`: a choice with a sentence under it. */
    choose(name: string) {
      const label = [...doc.querySelectorAll('label')].find(
        (l) => squash(l.textContent).startsWith(name) && l.querySelector('input[type="radio"]'),
      );
      if (!label) throw new Error(`No choice “${name}”.`);
      const input = label.querySelector('input')!;
      if (!input.checked) input.click();
    },
    /** The field labelled `label`, scrolled to the middle of the window: where a pointer aims. */
    aim(label: string) {
      const el = field(label);
      el.scrollIntoView({ block: 'center', inline: 'center' });
      return el;
    },
    /** What the live regions and alerts say. */
    announcements: () =>
      [...doc.querySelectorAll('[role="status"], [role="alert"]')]
        .map((el) => squash(el.textContent))
        .filter(Boolean),
    /** The label of the focused field, or the focused element's name. */
    focused: () => (doc.activeElement ? nameOf(doc.activeElement) : ''),
    lang: () => doc.documentElement.lang,
    title: () => doc.title,
    /** How far the page is wider than its window: 0 when nothing scrolls sideways. */
    overflowX: () => doc.documentElement.scrollWidth - win.innerWidth,
    width: () => win.innerWidth,
    /** True on a touch screen (a phone), where the pages take the screen's width. */
    coarsePointer: () => win.matchMedia('(pointer: coarse)').matches,
  };
}

/** The helpers as the specs see them. */
export type Dom = ReturnType<typeof domHelpers>;
