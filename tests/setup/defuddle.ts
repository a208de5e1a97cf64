// Unit tests and the golden fixtures read each page with the defuddle build the
// extension would inject for it: the full one on a page with math, the core elsewhere.
import '../../lib/capture/page/defuddle-per-page';
