/** Writing many files at once. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes files (path under the folder → content) as they come, each folder created once.
 * Synchronously: tens of thousands of small files, each written at once rather than through the
 * thread pool.
 */
export function writeTree(folder: string, files: Iterable<readonly [string, string | Uint8Array]>): void {
  const folders = new Set<string>();
  for (const [path, content] of files) {
    const target = join(folder, path);
    const parent = dirname(target);
    if (!folders.has(parent)) mkdirSync(parent, { recursive: true });
    folders.add(parent);
    writeFileSync(target, content);
  }
}
