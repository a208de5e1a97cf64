import type { DefuddleOptions, DefuddleResponse } from 'defuddle';

/**
 * What the extraction needs of a defuddle build: `defuddle` (the core) and
 * `defuddle/full` (the core plus MathML ↔ LaTeX conversion and Markdown output) both
 * have this shape.
 */
export type DefuddleBuild = new (
  doc: Document,
  options?: DefuddleOptions,
) => { parse(): DefuddleResponse };

/** Picks the build that reads `doc`. */
export type DefuddleChoice = (doc: Document) => DefuddleBuild;

// Set once by whoever bundles the extraction: each capture script names the one build
// it carries (entrypoints/capture.ts, capture-math.ts), and the tests and tools choose
// per page as the extension does (defuddle-per-page.ts). Nothing here imports a build,
// so a script carries only the one it names.
let choice: DefuddleChoice | null = null;

/** Makes `choose` pick the defuddle build for every later extraction. */
export function useDefuddleBuild(choose: DefuddleChoice): void {
  choice = choose;
}

/** The defuddle build chosen for `doc` (see `useDefuddleBuild`). */
export function defuddleBuildFor(doc: Document): DefuddleBuild {
  if (!choice)
    throw new Error(
      'No defuddle build was chosen: the capture script, test setup or tool must call useDefuddleBuild before extracting.',
    );
  return choice(doc);
}
