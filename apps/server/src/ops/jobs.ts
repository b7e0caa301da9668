import { hostname } from 'node:os';
import type { Database, Db, Leadership } from '../db/database.ts';
import { claimDueRun, finishRun } from './jobs.repository.ts';

/**
 * Scheduled jobs, run once per deployment however many instances run: the instances elect a leader
 * with a PostgreSQL advisory lock (`Database.tryLeadership`), and only the leader runs jobs. Each job's
 * last start is kept in `job_runs`; a job runs when its interval has passed since its last start on any
 * instance, claimed in one transaction, so a new leader after a failover does not run it again early.
 * Jobs must still be safe to run twice (they delete what has expired, send what is not yet sent).
 */

export interface Job {
  name: string;
  /** How often it runs. */
  everyMs: number;
  /** Does the work; may answer a short summary for the log. */
  run(db: Db, now: Date): Promise<string | undefined>;
}

/**
 * Work the leader does continuously, more often than a job (the audit log's sealer, every second): no row
 * in `job_runs` per round. Runs only while this instance is the leader; must be safe to run twice.
 */
export interface LeaderLoop {
  name: string;
  everyMs: number;
  run(db: Db): Promise<string | undefined>;
}

/** The advisory lock key of the jobs' leader (any constant, distinct from the migrations' key). */
export const JOBS_LEADER_KEY = 7_105_117_2;

export interface JobRunnerOptions {
  /** How often the runner looks for a due job and, when not leader, tries to become it. */
  tickMs?: number;
  /** This instance's name in `job_runs.last_instance` and the log. */
  instance?: string;
  log?: { info(o: object, msg: string): void; error(o: object, msg: string): void };
  /** Continuous work of the leader (see LeaderLoop). */
  loops?: LeaderLoop[];
}

export class JobRunner {
  private leadership: Leadership | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly loopTimers = new Map<string, NodeJS.Timeout>();
  private readonly loopsRunning = new Set<Promise<void>>();
  readonly instance: string;
  /** Where the runner writes (main.ts sets the app's logger once it exists). */
  log: JobRunnerOptions['log'];

  constructor(
    private readonly database: Database,
    readonly jobs: Job[],
    private readonly opts: JobRunnerOptions = {},
  ) {
    this.instance = opts.instance ?? `${hostname()}:${process.pid}`;
    this.log = opts.log;
  }

  get isLeader(): boolean {
    return this.leadership !== null && !this.leadership.lost;
  }

  start(): void {
    this.stopped = false;
    const loop = () => {
      this.running = this.tick().finally(() => {
        this.running = null;
        if (!this.stopped) this.timer = setTimeout(loop, this.opts.tickMs ?? 30_000);
      });
    };
    loop();
    for (const l of this.opts.loops ?? []) this.startLoop(l);
  }

  private startLoop(l: LeaderLoop): void {
    const round = () => {
      const running: Promise<void> = (async () => {
        if (this.stopped || !this.isLeader) return;
        try {
          const summary = await l.run(this.database.db);
          if (summary) this.log?.info({ loop: l.name, summary }, 'leader loop');
        } catch (err) {
          this.log?.error({ loop: l.name, err }, 'leader loop failed');
        }
      })().finally(() => {
        this.loopsRunning.delete(running);
        if (!this.stopped) this.loopTimers.set(l.name, setTimeout(round, l.everyMs));
      });
      this.loopsRunning.add(running);
    };
    this.loopTimers.set(l.name, setTimeout(round, l.everyMs));
  }

  /** Stops looking for work, waits for a job under way, and gives up the leadership. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.loopTimers.values()) clearTimeout(t);
    await Promise.all([this.running, ...this.loopsRunning]);
    await this.leadership?.release();
    this.leadership = null;
  }

  /** One round: become leader if nobody is, then run every due job (exposed for tests). */
  async tick(now = () => new Date()): Promise<void> {
    try {
      if (this.leadership?.lost) this.leadership = null;
      this.leadership ??= await this.database.tryLeadership(JOBS_LEADER_KEY);
      if (!this.leadership) return;
      for (const job of this.jobs) {
        if (this.stopped || !this.isLeader) return;
        const at = now();
        if (!(await claimDueRun(this.database.db, job.name, job.everyMs, at, this.instance))) continue;
        try {
          const summary = await job.run(this.database.db, at);
          await finishRun(this.database.db, job.name, now(), null);
          this.log?.info({ job: job.name, summary }, 'job done');
        } catch (err) {
          await finishRun(
            this.database.db,
            job.name,
            now(),
            err instanceof Error ? err.message : String(err),
          );
          this.log?.error({ job: job.name, err }, 'job failed');
        }
      }
    } catch (err) {
      // The database was away: try again next round.
      this.log?.error({ err }, 'job runner round failed');
    }
  }
}
