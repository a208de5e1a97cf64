import { registerHandlers } from '@/lib/messaging';
import { describeError } from '@/lib/notion/describe-error';
import { connectionHandlers } from './connections';

// Wiring only: each concern lives in its own file beside this one.
export default defineBackground(() => {
  registerHandlers({ ...connectionHandlers }, (error) => describeError(error));
});
