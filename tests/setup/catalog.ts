// Unit tests and command-line tools run outside the extension, where `browser.i18n`
// does not exist: they translate from the typed catalogs instead.
import { catalog } from '../../lib/i18n/catalog';
import { useCatalog } from '../../lib/i18n/index';

useCatalog(catalog);
