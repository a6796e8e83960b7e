/** Temporary folders for the tests, removed when their test file is done (tests/setup.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh temporary folder. */
export function tempDir(prefix = 'sg-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

/** Removes every folder `tempDir` made. */
export function removeTempDirs(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}
