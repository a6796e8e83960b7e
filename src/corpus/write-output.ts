/**
 * Output: the corpus → corpus.json, one MDX file per record and every capture of every source
 * under `sources/` (as received, for the site to publish), written to a temporary folder
 * beside the destination and moved into place only once all is serialised, so a failed run
 * leaves the previous output whole.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type CollectionName, type Corpus, collections } from '../core/records.ts';
import { stableJson } from '../core/stable-json.ts';
import { writeTree } from '../core/write-tree.ts';
import { toMdx } from './to-mdx.ts';

/** Every output file, path relative to the output folder → content. */
export function corpusFiles(corpus: Corpus): Map<string, string> {
  const files = new Map<string, string>([['corpus.json', stableJson(corpus)]]);
  for (const name of Object.keys(collections) as CollectionName[]) {
    for (const record of corpus[name]) files.set(`${name}/${record.id}.mdx`, toMdx(record));
  }
  return files;
}

/** The entries of the output folder that ingestion owns and replaces; `sources/` holds every capture, byte for byte. */
const owned = ['corpus.json', 'sources', ...Object.keys(collections)];

/** Writes all files to a staging folder, then swaps each owned entry into place. */
export function writeOutputs(out: string, files: Map<string, string | Uint8Array>): void {
  const staging = `${out.replace(/\/+$/, '')}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    writeTree(staging, files);
    // A collection with no record is still an (empty) folder, so readers find all four.
    for (const name of owned.slice(1)) mkdirSync(join(staging, name), { recursive: true });
    mkdirSync(out, { recursive: true });
    for (const name of owned) {
      rmSync(join(out, name), { recursive: true, force: true });
      renameSync(join(staging, name), join(out, name));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
