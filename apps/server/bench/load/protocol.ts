/** Messages between the benchmark and its load-generating child process. */

/** One simulated user: a signed-in session and the requests it sends one after another. */
export interface ClientPlan {
  cookie: string;
  paths: string[];
}

export interface PhaseRequest {
  id: number;
  baseUrl: string;
  clients: ClientPlan[];
}

export interface PhaseReply {
  id: number;
  /** Milliseconds per request: one list per client, in the order of its `paths`. */
  latencies: number[][];
  wallMs: number;
  /** Requests that did not answer 200, with the first few for the error message. */
  failed: number;
  failures: string[];
}
