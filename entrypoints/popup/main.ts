import '@/components/base.css';
import '@/components/connect/connect.css';
import './popup.css';
import { currentLocale } from '@/lib/i18n';
import { paintShell } from '@/components/popup/shell';

// Screen readers pick their voice from the page's language.
document.documentElement.lang = currentLocale();

// The first frame before React: the shell is painted from one storage read, and React's
// module (most of the popup's script) is imported only after that frame, so evaluating
// it delays neither the read's answer nor the paint. Should the read fail, React still
// starts: it reads storage again and says what is wrong.
void paintShell()
  .catch(() => undefined)
  .then(() => import('./mount'))
  .then(({ mount }) => mount());
