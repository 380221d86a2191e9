/**
 * Resident memory of a process and all its descendants (the runner and its
 * worker processes), read from Linux's /proc: what a batch costs the machine.
 * Benchmarks sample it; `peak` keeps the largest sum and the largest single
 * process seen.
 */
import { readFileSync, readdirSync } from 'node:fs';

const PAGE = 4096;

/** Resident bytes of `pid` and of each of its descendants, by pid. */
export function treeResident(pid: number): Map<number, number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      children.set(Number(fields[1]), [...(children.get(Number(fields[1])) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * PAGE);
    } catch {
      // the process ended while we looked
    }
  }
  const out = new Map<number, number>();
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    out.set(p, rss.get(p) ?? 0);
    stack.push(...(children.get(p) ?? []));
  }
  return out;
}

/** Samples a process tree every `everyMs` until stopped: the peak of the sum, of the root alone, and of any one descendant. */
export function samplePeak(pid: number, everyMs = 50): { stop: () => { total: number; root: number; child: number } } {
  const peak = { total: 0, root: 0, child: 0 };
  const timer = setInterval(() => {
    const tree = treeResident(pid);
    let total = 0;
    for (const [p, bytes] of tree) {
      total += bytes;
      if (p === pid) peak.root = Math.max(peak.root, bytes);
      else peak.child = Math.max(peak.child, bytes);
    }
    peak.total = Math.max(peak.total, total);
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
