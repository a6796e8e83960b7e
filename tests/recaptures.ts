/**
 * The Benin seed re-captured twice, by hand. Capture 2 (2026-12-10): an item added, one removed,
 * two swapped, one reworded and a whitespace-only change. Capture 3 (2026-12-20): a new holder
 * of the deputy's post. Line numbers are those of the seed, 1-based.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, root, runCli, tempDir } from './helpers.ts';

const seed = (path: string) => readFileSync(join(root, 'content/sources', path), 'utf8');

export const dates = { second: '2026-12-10', third: '2026-12-20' };

const bj = 'bj/secretariat-general';
/** The records the captures change. */
export const ids = {
  added: `${bj}/attribution/assure-veille-juridique-documentaire-ministere`,
  removed: `${bj}/attribution/veille-faire-atteinte-resultats-exigence-institutionnelle`,
  swappedA: `${bj}/attribution/veille-mise-oeuvre-programme-actions-gouvernement`,
  swappedB: `${bj}/attribution/veille-aligner-toutes-directions-centrales-directions`,
  reworded: `${bj}/attribution/emet-avis-technique-dossiers-soumis-etude`,
  respaced: `${bj}/attribution/elabore-met-oeuvre-programme-renforcement-leadership`,
  deputy: `${bj}/official/secretaire-generale-adjointe-ministere`,
};

/** Capture 2's text. */
export function secondCapture(): string {
  const lines = seed(`${bj}.txt`).split('\n');
  const line = (n: number) => lines[n - 1]!;
  return lines
    .flatMap((text, index) => {
      const n = index + 1;
      if (n === 9) return [text, '', '- assure la veille juridique et documentaire du Ministère ;'];
      if (n === 11) return [line(13)];
      if (n === 13) return [line(11)];
      if (n === 15) return [text.replace(/[\s\u00a0]+/g, ' ')];
      if (n === 17) return [text.replace('avis technique', 'avis technique motivé')];
      if (n === 21) return [];
      return [text];
    })
    .join('\n');
}

/** Capture 3's text. */
export function thirdCapture(): string {
  return secondCapture().replace('Madame Lidwine GLELE GNANSOUNOU', 'Madame Aïcha KOTO');
}

/** Metadata of a later capture: the seed's, with the date it was retrieved. */
export function laterMeta(retrieved: string): string {
  return seed(`${bj}.yaml`).replace(/^received_as:.*$/m, `retrieved: ${retrieved}`);
}

/** A sources folder with both seeds; with `captures`, Benin's two re-captures beside its seed. */
export function recapturedSources(captures = true): string {
  const folder = tempDir('sg-captures-');
  for (const country of ['bj', 'ml']) {
    mkdirSync(join(folder, country));
    for (const ext of ['txt', 'yaml'])
      copyFileSync(join(root, `content/sources/${country}/secretariat-general.${ext}`), join(folder, `${country}/secretariat-general.${ext}`));
  }
  if (captures) {
    writeFileSync(join(folder, `${bj}@2.txt`), secondCapture());
    writeFileSync(join(folder, `${bj}@2.yaml`), laterMeta(dates.second));
    writeFileSync(join(folder, `${bj}@3.txt`), thirdCapture());
    writeFileSync(join(folder, `${bj}@3.yaml`), laterMeta(dates.third));
  }
  return folder;
}

/**
 * The re-captured sources ingested against a copy of the registry (registering the new record),
 * built into a folder and indexed for search: the sources, the generated folder, dist and the
 * registry.
 */
export function buildRecaptured(): { sources: string; out: string; dist: string; registry: string } {
  const sources = recapturedSources();
  const registry = join(tempDir(), 'permalinks.yaml');
  copyFileSync(join(root, 'content/permalinks.yaml'), registry);
  const out = join(tempDir(), 'generated');
  const run = runCli(['--sources', sources, '--out', out, '--permalinks', registry, '--register']);
  if (run.status !== 0) throw new Error(run.stderr);
  const dist = join(tempDir(), 'dist');
  const build = buildSite(dist, { SG_OUT: out });
  if (build.status !== 0) throw new Error(build.stderr);
  // The search index, as `npm run build` makes it, for the post-build checks.
  const index = spawnSync(process.execPath, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist], { cwd: root, encoding: 'utf8' });
  if (index.status !== 0) throw new Error(index.stderr);
  return { sources, out, dist, registry };
}
