import { codeBlocks } from '../../build/blocks';
import { codeLanguage, codeText } from './code';
import type { Rule } from '../../flow';

/** `<pre>` becomes a code block in its language ("plain text" when none is known). */
export const codeRule: Rule = (el, flow) => {
  const text = codeText(el);
  if (!text.trim()) return;
  flow.push(...codeBlocks(text, codeLanguage(el)));
};
