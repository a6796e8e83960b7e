/**
 * The three-capture corpus, built once per test file: both seeds, and two re-captures of the
 * Benin one — capture 2 (2026-12-10) with an item added, one removed, two swapped, one reworded
 * and a whitespace-only change; capture 3 (2026-12-20) with a new holder of the deputy's post —
 * ingested against a copy of the registry (registering the new record) and built into a folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, runCli, tempDir } from './helpers.ts';

const seeds = join(root, 'content/sources');

/** A sources folder with both seeds and the two re-captures of Benin's. */
export function threeCaptures(): string {
  const folder = tempDir('sg-captures-');
  for (const country of ['bj', 'ml']) {
    mkdirSync(join(folder, country));
    for (const ext of ['txt', 'yaml'])
      copyFileSync(join(seeds, `${country}/secretariat-general.${ext}`), join(folder, `${country}/secretariat-general.${ext}`));
  }
  const lines = readFileSync(join(seeds, 'bj/secretariat-general.txt'), 'utf8').split('\n');
  const second = lines.flatMap((text, index) => {
    const n = index + 1;
    if (n === 11) return [lines[12]!]; // two items swapped
    if (n === 13) return [lines[10]!];
    if (n === 15) return [text.replace(/[\s\u00a0]+/g, ' ')]; // whitespace only
    if (n === 17) return [text.replace('avis technique', 'avis technique motivé')]; // reworded
    if (n === 21) return []; // removed
    if (n === 9) return [text, '', '- assure la veille juridique et documentaire du Ministère ;']; // added
    return [text];
  });
  const third = second.map((text) => text.replace('Madame Lidwine GLELE GNANSOUNOU', 'Madame Aïcha KOTO'));
  const meta = readFileSync(join(seeds, 'bj/secretariat-general.yaml'), 'utf8');
  for (const [n, text, date] of [
    [2, second, '2026-12-10'],
    [3, third, '2026-12-20'],
  ] as const) {
    writeFileSync(join(folder, `bj/secretariat-general@${n}.txt`), text.join('\n'));
    writeFileSync(join(folder, `bj/secretariat-general@${n}.yaml`), meta.replace(/^received_as:.*$/m, `retrieved: ${date}`));
  }
  return folder;
}

/** Ingests the three-capture corpus and builds the site from it: the generated folder and dist. */
export function buildThreeCaptures(): { out: string; dist: string } {
  const registry = join(tempDir(), 'permalinks.yaml');
  copyFileSync(join(root, 'content/permalinks.yaml'), registry);
  const out = join(tempDir(), 'generated');
  const run = runCli(['--sources', threeCaptures(), '--out', out, '--permalinks', registry, '--register']);
  if (run.status !== 0) throw new Error(run.stderr);
  const dist = join(tempDir(), 'dist');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', dist], {
    cwd: root,
    env: { ...process.env, SG_OUT: out },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(build.stderr);
  return { out, dist };
}
