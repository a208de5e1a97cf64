import { registerHandlers } from '@/lib/messaging';
import { describeError } from '@/lib/notion/describe-error';
import { Problem, describeProblem } from '@/lib/problems';
import { connectionHandlers } from './connections';
import { exportHandlers } from './export';
import { settingsHandlers } from './settings';
import { targetHandlers } from './targets';

// Wiring only: each concern lives in its own file beside this one.
export default defineBackground(() => {
  registerHandlers(
    { ...connectionHandlers, ...targetHandlers, ...settingsHandlers, ...exportHandlers },
    (error) => (error instanceof Problem ? describeProblem(error) : describeError(error)),
  );
});
