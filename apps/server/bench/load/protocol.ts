/** Messages between the benchmark and its load-generating child process. */

/**
 * A request other than a plain GET. With `group`, the client skips the rest of the group once one of its
 * requests succeeded (2xx): the next proposal is only tried when the one before was taken. With
 * `retryWithAlternative`, a 409 whose body lists `alternatives` (fresh proposals) makes the client send
 * the same body again with `proposal` replaced by the first alternative, up to that many more times.
 */
export interface PlannedRequest {
  method: 'GET' | 'POST';
  path: string;
  /** JSON, sent with `content-type: application/json`. */
  body?: string;
  group?: number;
  retryWithAlternative?: number;
}

/** One simulated user: a signed-in session and the requests it sends one after another. */
export interface ClientPlan {
  /** The session cookie; empty for a server without sessions (the ceiling). */
  cookie: string;
  /** Sent as `x-csrf-token` on requests other than GET. */
  csrfToken?: string;
  paths: Array<string | PlannedRequest>;
}

export interface PhaseRequest {
  id: number;
  baseUrl: string;
  clients: ClientPlan[];
  /** Answers that count as success; anything else fails the phase. Default: 200 only. */
  accept?: number[];
}

export interface PhaseReply {
  id: number;
  /** Milliseconds per request sent: one list per client, in the order sent. */
  latencies: number[][];
  /** The status of each request sent, parallel to `latencies`. */
  statuses: number[][];
  wallMs: number;
  /** Requests whose answer was not accepted, with the first few for the error message. */
  failed: number;
  failures: string[];
}
