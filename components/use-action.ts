/**
 * Runs a protocol request from a component and keeps what the person must see: whether it
 * is running, and the sentence of its failure (never a raw error).
 */
import { useCallback, useState } from 'react';
import { ProtocolError, type DescribedFailure } from '@/lib/messaging';
import { Problem, describeProblem } from '@/lib/problems';

/** A failed protocol request as the person reads it: the background's sentence, or why there is none. */
export function toFailure(error: unknown): DescribedFailure {
  if (error instanceof ProtocolError) return error.failure;
  // The background did not answer (it was restarting, or the extension was reloaded).
  const detail = error instanceof Error ? error.message : String(error);
  return describeProblem(new Problem('BackgroundUnreachable', {}, detail));
}

export function useAction<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<DescribedFailure | null>(null);
  const perform = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setPending(true);
      setFailure(null);
      try {
        return await run(...args);
      } catch (error) {
        setFailure(toFailure(error));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [run],
  );
  return { perform, pending, failure, clearFailure: () => setFailure(null) };
}
