/**
 * Output: the records of all sources → corpus.json and one MDX file per record, written to a
 * temporary folder beside the destination and moved into place only once all is serialised,
 * so a failed run leaves the previous output whole.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { compare } from '../compare/compare.ts';
import type { Editorial, EditorialWarning } from '../compare/editorial.ts';
import { type CollectionName, Corpus, collections, type Permalink } from '../core/records.ts';
import { stableJson } from '../core/stable-json.ts';
import type { SourceRecords } from './compile-records.ts';
import { type KeptPermalinks, keepPermalinks } from './keep-permalinks.ts';
import { toMdx } from './to-mdx.ts';

/**
 * The corpus of several sources, sources sorted by id, records in source order, with the
 * comparison of their attributions and the permalink registry it leaves; what the comparison
 * found amiss in the editorial data; and what became of the published permalinks.
 */
export function buildCorpus(
  results: SourceRecords[],
  editorial: Editorial,
  registry: Permalink[] = [],
  retire = false,
): { corpus: Corpus; warnings: EditorialWarning[] } & Omit<KeptPermalinks, 'results' | 'registry'> {
  const sorted = [...results].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
  const { results: kept, registry: permalinks, ...fate } = keepPermalinks(sorted, registry, retire);
  const missions = kept.flatMap((result) => result.missions);
  const { warnings, ...comparison } = compare(missions, editorial);
  const corpus = Corpus.parse({
    sources: kept.map((result) => result.source),
    missions,
    organs: kept.flatMap((result) => result.organs),
    officials: kept.flatMap((result) => result.officials),
    decrees: kept.flatMap((result) => result.decrees),
    ...comparison,
    permalinks,
  });
  return { corpus, warnings, ...fate };
}

/** Every output file, path relative to the output folder → content. */
export function corpusFiles(corpus: Corpus): Map<string, string> {
  const files = new Map<string, string>([['corpus.json', stableJson(corpus)]]);
  for (const name of Object.keys(collections) as CollectionName[]) {
    for (const record of corpus[name]) files.set(`${name}/${record.id}.mdx`, toMdx(record));
  }
  return files;
}

/** The entries of the output folder that ingestion owns and replaces. */
const owned = ['corpus.json', ...Object.keys(collections)];

/** Writes all files to a staging folder, then swaps each owned entry into place. */
export async function writeOutputs(out: string, files: Map<string, string>): Promise<void> {
  const staging = `${out.replace(/\/+$/, '')}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(join(staging, path)), { recursive: true });
      await writeFile(join(staging, path), content);
    }
    // A collection with no record is still an (empty) folder, so readers find all four.
    for (const name of Object.keys(collections)) await mkdir(join(staging, name), { recursive: true });
    await mkdir(out, { recursive: true });
    for (const name of owned) {
      await rm(join(out, name), { recursive: true, force: true });
      await rename(join(staging, name), join(out, name));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
