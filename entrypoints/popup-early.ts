import { startFirstPaintRead } from '@/lib/storage/first-paint-read';

// The popup's page loads this classic script first in its head (Manifest V3 allows no
// inline script), so the storage read for the first frame is under way while the
// stylesheets and the popup's module still load. Built to /popup-early.js.
export default defineUnlistedScript(() => startFirstPaintRead());
