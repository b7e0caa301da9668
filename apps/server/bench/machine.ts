import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/** CPU time in clock ticks: the whole machine's busy time, and this process's and its descendants'. */
interface CpuSnapshot {
  at: number;
  machineBusy: number;
  ours: number;
}

/** Busy ticks of all cores: every /proc/stat column except idle and iowait. */
function machineBusyTicks(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return user! + nice! + system! + irq! + softirq! + (steal ?? 0);
}

/** utime + stime of this process and everything it started (load generator, PostgreSQL server). */
function ourTicks(): number {
  const procs = new Map<number, { parent: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which may itself hold spaces or parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(entry), { parent: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  const isOurs = (pid: number): boolean => {
    for (let p = pid; p > 1; p = procs.get(p)?.parent ?? 0) if (p === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, p] of procs) if (isOurs(pid)) ticks += p.ticks;
  return ticks;
}

/** A reading to compare with a later one; null where /proc is missing (not Linux). */
export function cpuSnapshot(): CpuSnapshot | null {
  try {
    return { at: performance.now(), machineBusy: machineBusyTicks(), ours: ourTicks() };
  } catch {
    return null;
  }
}

/** Share (0–1) of all cores that other programs used between the two readings. */
export function otherProgramsShare(start: CpuSnapshot, end: CpuSnapshot): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  const capacity = ((end.at - start.at) / 1000) * ticksPerSecond * availableParallelism();
  const others = end.machineBusy - start.machineBusy - (end.ours - start.ours);
  return Math.max(0, others / capacity);
}

/** The machine's 1-minute load average (runnable processes; 2 cores are full at 2). */
export function loadAverage(): number {
  return loadavg()[0]!;
}
