/** Every API request the emulator answered (never the secret: only the integration's name). */

export interface LoggedRequest {
  requestId: string;
  /** ISO time the request arrived. */
  time: string;
  method: string;
  path: string;
  integration: string | null;
  /** 0 when the connection was dropped on purpose. */
  status: number;
  code: string | null;
  durationMs: number;
  fault: string | null;
}

/** Keeps the most recent entries only, so a long demo session cannot grow without bound. */
const MAX_ENTRIES = 5000;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(): LoggedRequest[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
