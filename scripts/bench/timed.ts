/** One build step in its own process, timed by GNU time as a shell would run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Timing {
  seconds: number;
  /** CPU seconds, user and system, of the command and the processes it waited for. */
  cpu: number;
  mib: number;
  /** What the command printed. */
  output: string;
}

/** Runs a command from `cwd`; returns wall and CPU seconds, peak resident memory (MiB) and what it printed, or throws on failure. */
export function timed(command: string[], cwd: string, env: Record<string, string> = {}): Timing {
  const folder = mkdtempSync(join(tmpdir(), 'sg-time-'));
  const report = join(folder, 'time.txt');
  try {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, ...command], {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`${command.join(' ')} failed:\n${run.stderr.slice(-4000)}`);
    const [seconds, user, system, kib] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return { seconds: seconds!, cpu: user! + system!, mib: kib! / 1024, output: run.stdout };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Indexes a built site for search, as `npm run build` does: the project and the reference alike. */
export function searchIndex(root: string, dist: string): Timing {
  return timed([process.execPath, 'scripts/search-index.ts', '--site', dist], root);
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
