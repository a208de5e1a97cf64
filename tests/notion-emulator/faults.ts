/**
 * Injected failures for the next N requests matching a method and path pattern: an error
 * status, a delay, a dropped connection, or a write that is applied and then answered with
 * 503 (Notion's "saved but failed" case, with `committed_resource_id` / `committed_child_ids`).
 */
import type { AdditionalData, ErrorCode } from './errors.ts';
import { newId, normalizePathIds } from './ids.ts';

export type FaultAction =
  | {
      type: 'status';
      status: 409 | 429 | 500 | 502 | 503 | 504 | 529;
      code?: ErrorCode;
      message?: string;
      /** Sent as `Retry-After` (429 and 529 only make sense with it). */
      retryAfterSeconds?: number;
      additionalData?: AdditionalData;
    }
  | { type: 'delay'; ms: number }
  /**
   * Destroys the socket without an answer; `afterCommit` applies the write first.
   * `midAnswer` (with `afterCommit`) sends the answer's head and a few bytes first: the
   * answer is cut off halfway. A browser sends a request again by itself when a reused
   * connection closes before any byte of the answer came (Chromium does, for any
   * method), so only a cut-off answer reaches the extension as a lost one.
   */
  | { type: 'drop'; afterCommit?: boolean; midAnswer?: boolean }
  /** Applies the write, then answers 503 `service_unavailable` naming what was saved. */
  | { type: '503-after-commit' };

export interface FaultSpec {
  /** HTTP method, or '*' (default) for any. */
  method?: string;
  /** Path glob: `*` is one segment, `**` any rest. Ids may be dashed or bare. */
  path: string;
  /** How many matching requests it affects (default 1). */
  times?: number;
  /** Only requests of this integration (by name); default any. */
  integration?: string;
  action: FaultAction;
}

export interface ActiveFault extends FaultSpec {
  id: string;
  remaining: number;
}

function globToRegExp(glob: string): RegExp {
  const source = normalizePathIds(glob)
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

export class FaultQueue {
  private faults: ActiveFault[] = [];

  add(spec: FaultSpec): ActiveFault {
    const fault = { ...spec, id: newId(), remaining: spec.times ?? 1 };
    this.faults.push(fault);
    return fault;
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }

  /** Consumes and returns the first fault matching this request, if any. */
  take(method: string, pathname: string, integrationName: string): FaultAction | null {
    const path = normalizePathIds(pathname);
    const fault = this.faults.find(
      (f) =>
        (f.method === undefined || f.method === '*' || f.method.toUpperCase() === method) &&
        (f.integration === undefined || f.integration === integrationName) &&
        globToRegExp(f.path).test(path),
    );
    if (!fault) return null;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault.action;
  }
}
