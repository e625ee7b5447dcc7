/**
 * The CPU time of every thread of this process's descendants (the browser the bench
 * launched and its renderers), from Linux's /proc, so a run's cost can be compared on a
 * busy machine: seconds of CPU do not grow with the load as seconds of the clock do.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds by process and thread name ("renderer: CrRendererMain"), of descendants of `root`. */
export function descendantThreadCpu(root = process.pid): Map<string, number> {
  const parents = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      commands.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      // The process ended while it was being read.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (
      let at: number | undefined = parents.get(pid);
      at !== undefined && at > 1;
      at = parents.get(at)
    )
      if (at === root) return true;
    return false;
  };
  const ticks = 100;
  const cpu = new Map<string, number>();
  for (const [pid, command] of commands) {
    if (!isDescendant(pid)) continue;
    const type = /--type=([a-z-]+)/.exec(command)?.[1] ?? 'browser';
    let threads: string[];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
      // The process's own figure holds its threads that have ended (a stopped worker's).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const key = `${type} ${pid}, all threads`;
      cpu.set(key, (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      continue;
    }
    for (const tid of threads) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const seconds = (Number(fields[11]) + Number(fields[12])) / ticks;
        const key = `${type}: ${name}`;
        cpu.set(key, (cpu.get(key) ?? 0) + seconds);
      } catch {
        // The thread ended while it was being read.
      }
    }
  }
  return cpu;
}

/** What each thread used between two readings, largest first, those over 0.05 s. */
export function cpuBetween(
  before: Map<string, number>,
  after: Map<string, number>,
): [string, number][] {
  return [...after]
    .map(([key, seconds]): [string, number] => [key, seconds - (before.get(key) ?? 0)])
    .filter(([, seconds]) => seconds > 0.05)
    .sort((a, b) => b[1] - a[1]);
}
