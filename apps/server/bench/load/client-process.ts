// The load generator: a separate process, so the clients' work (sockets, reading answers) does not run on
// the server's event loop and is not counted in its latency. The server still shares the machine's cores.
// Each client holds one keep-alive connection of its own (socket-client.ts: a few microseconds per request).
import { performance } from 'node:perf_hooks';
import { type Proposal, proposalRequest } from '@lotsa/contracts';
import type { ClientPlan, PhaseReply, PhaseRequest, PlannedRequest } from './protocol.ts';
import { SocketClient } from './socket-client.ts';

const MAX_REPORTED_FAILURES = 5;

/** The booking request's proposal fields, taken from a proposal of a 409's `alternatives`. */
function withAlternative(body: string, answer: string): string | null {
  let alternative: Proposal | undefined;
  try {
    alternative = (JSON.parse(answer) as { alternatives?: (typeof alternative)[] }).alternatives?.[0];
  } catch {
    return null;
  }
  if (!alternative) return null;
  const request = JSON.parse(body) as Record<string, unknown>;
  request.proposal = proposalRequest(alternative);
  return JSON.stringify(request);
}

async function runPhase({ id, baseUrl, clients, accept = [200] }: PhaseRequest): Promise<PhaseReply> {
  const latencies: number[][] = clients.map(() => []);
  const statuses: number[][] = clients.map(() => []);
  const failures: string[] = [];
  let failed = 0;
  const runClient = async ({ cookie, csrfToken, paths }: ClientPlan, client: number) => {
    const connection = new SocketClient(baseUrl);
    const send = async (r: PlannedRequest) => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (cookie) headers.cookie = cookie;
      if (r.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
      if (r.body !== undefined) headers['content-type'] = 'application/json';
      const start = performance.now();
      const res = await connection.send(r.method, r.path, headers, r.body);
      const body = res.body;
      latencies[client]!.push(performance.now() - start);
      statuses[client]!.push(res.status);
      if (!accept.includes(res.status)) {
        failed++;
        if (failures.length < MAX_REPORTED_FAILURES)
          failures.push(`${res.status} ${r.method} ${r.path}: ${body.slice(0, 300)}`);
      }
      return { status: res.status, body };
    };
    let doneGroup: number | undefined;
    for (const p of paths) {
      const r: PlannedRequest = typeof p === 'string' ? { method: 'GET', path: p } : p;
      if (r.group !== undefined && r.group === doneGroup) continue;
      let answer = await send(r);
      for (let retry = 0; answer.status === 409 && retry < (r.retryWithAlternative ?? 0); retry++) {
        const next = r.body === undefined ? null : withAlternative(r.body, answer.body);
        if (next === null) break;
        answer = await send({ ...r, body: next });
      }
      if (r.group !== undefined && answer.status >= 200 && answer.status < 300) doneGroup = r.group;
    }
    connection.close();
  };
  const start = performance.now();
  await Promise.all(clients.map(runClient));
  return { id, latencies, statuses, wallMs: performance.now() - start, failed, failures };
}

process.on('message', (request: PhaseRequest) => {
  runPhase(request).then(
    (reply) => process.send?.(reply),
    (err: unknown) =>
      process.send?.({
        id: request.id,
        latencies: [],
        statuses: [],
        wallMs: 0,
        failed: 1,
        failures: [String(err)],
      }),
  );
});
// The benchmark ended (or died): kept-alive sockets must not keep this process running.
process.on('disconnect', () => process.exit(0));
