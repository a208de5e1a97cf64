// Outside the extension (unit tests, golden fixtures, command-line tools, benchmarks),
// both defuddle builds are at hand: each page is read by the one the extension would
// inject for it — the full build on a page with math, the core elsewhere (inject.ts).
// Imported for its effect; never bundled into a capture script.
import CoreDefuddle from 'defuddle';
import FullDefuddle from 'defuddle/full';
import { useDefuddleBuild } from './defuddle-build';
import { pageHasMath } from './math-signal';

useDefuddleBuild((doc) => (pageHasMath(doc) ? FullDefuddle : CoreDefuddle));
