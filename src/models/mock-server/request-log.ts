/** One request as the mock received it, for tests that check what a client sent. */
export interface RecordedRequest {
  /** 1 for the first request since the server started or was reset. */
  sequence: number;
  method: string;
  path: string;
  /** The parsed JSON body, as sent (not a copy); null when there was none or it was not JSON. */
  body: unknown;
  /** Lower-case names; credentials (authorization, api-key, x-api-key) are left out. */
  headers: Record<string, string>;
  /** Which step answered: its index in `steps`, "default", or "exhausted" when none could. */
  answeredBy?: number | 'default' | 'exhausted';
}

const SECRET_HEADERS = new Set(['authorization', 'api-key', 'x-api-key', 'proxy-authorization']);

export function withoutSecrets(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name in headers) {
    if (!SECRET_HEADERS.has(name)) kept[name] = headers[name] as string;
  }
  return kept;
}

/**
 * The most recent requests, in a fixed-size ring: a throughput benchmark sends millions of requests
 * and the server's memory must stay flat. `total` still counts every request.
 */
export class RequestLog {
  readonly #limit: number;
  #entries: RecordedRequest[] = [];
  #next = 0;
  #total = 0;

  constructor(limit: number) {
    this.#limit = Math.max(0, limit);
  }

  get total(): number {
    return this.#total;
  }

  add(entry: Omit<RecordedRequest, 'sequence'>): RecordedRequest {
    this.#total += 1;
    const recorded: RecordedRequest = { sequence: this.#total, ...entry };
    if (this.#limit === 0) return recorded;
    if (this.#entries.length < this.#limit) this.#entries.push(recorded);
    else this.#entries[this.#next] = recorded;
    this.#next = (this.#next + 1) % this.#limit;
    return recorded;
  }

  /** Oldest first. */
  list(): RecordedRequest[] {
    if (this.#entries.length < this.#limit) return [...this.#entries];
    return [...this.#entries.slice(this.#next), ...this.#entries.slice(0, this.#next)];
  }

  clear(): void {
    this.#entries = [];
    this.#next = 0;
    this.#total = 0;
  }
}
