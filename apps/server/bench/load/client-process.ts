// The load generator: a separate process, so the clients' work (sockets, reading answers) does not run on
// the server's event loop and is not counted in its latency. The server still shares the machine's cores.
import { performance } from 'node:perf_hooks';
import type { ClientPlan, PhaseReply, PhaseRequest } from './protocol.ts';

const MAX_REPORTED_FAILURES = 5;

async function runPhase({ id, baseUrl, clients }: PhaseRequest): Promise<PhaseReply> {
  const latencies: number[][] = clients.map(() => []);
  const failures: string[] = [];
  let failed = 0;
  // Node's fetch keeps connections alive and reuses them: no connection set-up per request.
  const runClient = async ({ cookie, paths }: ClientPlan, client: number) => {
    for (const path of paths) {
      const start = performance.now();
      const res = await fetch(baseUrl + path, { headers: { cookie, accept: 'application/json' } });
      const body = await res.text();
      latencies[client]!.push(performance.now() - start);
      if (res.status !== 200) {
        failed++;
        if (failures.length < MAX_REPORTED_FAILURES)
          failures.push(`${res.status} ${path}: ${body.slice(0, 200)}`);
      }
    }
  };
  const start = performance.now();
  await Promise.all(clients.map(runClient));
  return { id, latencies, wallMs: performance.now() - start, failed, failures };
}

process.on('message', (request: PhaseRequest) => {
  runPhase(request).then(
    (reply) => process.send?.(reply),
    (err: unknown) =>
      process.send?.({ id: request.id, latencies: [], wallMs: 0, failed: 1, failures: [String(err)] }),
  );
});
// The benchmark ended (or died): kept-alive sockets must not keep this process running.
process.on('disconnect', () => process.exit(0));
