import { type ChildProcess, fork } from 'node:child_process';
import type { ClientPlan, PhaseReply } from './protocol.ts';

export interface PhaseResult {
  /** Milliseconds per request: one list per client, in the order of its requests. */
  latencies: number[][];
  /** The status of each request, parallel to `latencies`. */
  statuses: number[][];
  wallMs: number;
}

export interface LoadRunner {
  /**
   * Runs every client at once, each sending its requests in order; fails if any answer is not 200 (or
   * not one of `accept`). `baseUrl`: another server than the app (the ceiling).
   */
  run(clients: ClientPlan[], opts?: { accept?: number[]; baseUrl?: string }): Promise<PhaseResult>;
  close(): void;
}

/** Starts the load-generating child process for a server at `baseUrl`. */
export function startLoadRunner(baseUrl: string): LoadRunner {
  const child: ChildProcess = fork(new URL('./client-process.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 0;
  let pending: { id: number; resolve: (r: PhaseReply) => void; reject: (e: Error) => void } | null = null;
  child.on('message', (reply: PhaseReply) => {
    if (pending?.id === reply.id) pending.resolve(reply);
  });
  child.on('exit', (code) => pending?.reject(new Error(`the load generator exited (code ${code})`)));
  return {
    async run(clients, opts = {}) {
      if (pending) throw new Error('one load phase at a time');
      const id = nextId++;
      const reply = await new Promise<PhaseReply>((resolve, reject) => {
        pending = { id, resolve, reject };
        child.send({ id, baseUrl: opts.baseUrl ?? baseUrl, clients, accept: opts.accept });
      }).finally(() => {
        pending = null;
      });
      if (reply.failed > 0)
        throw new Error(`${reply.failed} requests failed, for example:\n${reply.failures.join('\n')}`);
      return { latencies: reply.latencies, statuses: reply.statuses, wallMs: reply.wallMs };
    },
    close() {
      if (child.exitCode === null) child.kill();
    },
  };
}
