/** Helpers shared by the tests: temporary source folders, the library run, the CLI run, the site build. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { reporter } from 'vfile-reporter';
import { loadEditorial } from '../src/compare/editorial.ts';
import { loadStructuresEditorial } from '../src/compare/structures-editorial.ts';
import type { Corpus } from '../src/core/records.ts';
import { ingestSources } from '../src/ingest/processor.ts';
import { buildCorpus } from '../src/corpus/pipeline.ts';
import { tempDir } from './temp.ts';

export const root = join(import.meta.dirname, '..');

export { tempDir };

/** Writes files (path → text or bytes) under a fresh folder and returns it. */
export function makeSources(files: Record<string, string | Uint8Array>): string {
  const folder = tempDir('sg-sources-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}

/** Minimal valid metadata. */
export const meta = (country = 'SN', extra = '') => `country: ${country}\nlanguage: fr\ntitle: Secrétariat général\n${extra}`;

const comparison = loadEditorial(join(root, 'content/comparison'));
if (comparison.failed) throw new Error(reporter(comparison.files, { quiet: true }));

/** The project's editorial comparison data. */
export const editorial = comparison.editorial;

const structuresRead = loadStructuresEditorial(join(root, 'content/comparison'));
if (structuresRead.failed) throw new Error(reporter(structuresRead.files, { quiet: true }));

/** The project's editorial data of the structures view: unit types, organ types, corrected rows. */
export const structural = structuresRead.editorial;

/** Ingests a folder through the library, with the project's comparison data; throws if any file fails. */
export async function ingestFolder(folder: string): Promise<Corpus> {
  const { results, failed } = await ingestSources(folder);
  if (failed.length > 0) throw new Error(failed.map((file) => file.messages.join('\n')).join('\n'));
  return buildCorpus(results, editorial, [], false, structural).corpus;
}

/** Ingestion's flags, with a new, empty permalink registry unless they name one: test sources publish nothing. */
const withRegistry = (args: string[]) => (args.includes('--permalinks') ? args : ['--permalinks', join(tempDir(), 'permalinks.yaml'), ...args]);

/** Runs `scripts/ingest.ts` with arguments (`withRegistry`), on the Node running the tests. */
export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), ...withRegistry(args)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Runs `astro build` into `dist`, on the Node running the tests, with these environment
 * variables (`SG_OUT`, `SITE_URL`…), from nothing: in a new cache folder of its own unless they
 * name one (`SG_CACHE`), where the next build finds the pages it may copy. With `ingest`, the
 * build ingests the sources itself with those flags (`withRegistry`), as `npm run build` does.
 */
export function buildSite(dist: string, env: Record<string, string>, ingest?: string[]) {
  return spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: root,
    env: {
      ...process.env,
      SG_CACHE: tempDir('sg-cache-'),
      ...env,
      ...(ingest === undefined ? {} : { SG_INGEST: JSON.stringify(withRegistry(ingest)) }),
    },
    encoding: 'utf8',
  });
}
