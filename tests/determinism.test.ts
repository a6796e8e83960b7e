/** The same inputs give byte-identical outputs, run after run. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from './helpers.ts';

function snapshot(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(folder.length), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

describe('ingestion output', () => {
  it('is byte-identical across two runs', () => {
    const [a, b] = [join(tempDir(), 'a'), join(tempDir(), 'b')];
    for (const out of [a, b]) expect(runCli(['--sources', join(root, 'content/sources'), '--out', out]).status).toBe(0);
    const [first, second] = [snapshot(a), snapshot(b)];
    // corpus.json, the records, the two source texts.
    expect(first.size).toBe(1 + 31 + 8 + 2 + 1 + 2);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, content] of first) expect(second.get(path), path).toBe(content);
  });
});
