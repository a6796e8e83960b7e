/**
 * The corpus as ingestion leaves it: `corpus.json` and the record collections, in one folder
 * (`SG_OUT`, by default content/generated). Everything downstream reads it from here, once.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { processWide } from './process-wide.ts';
import { Corpus } from './records.ts';

/** Where ingestion writes the collections and corpus.json that the site reads. */
export const generatedFolder = process.env.SG_OUT ?? 'content/generated';
export const corpusFile = join(generatedFolder, 'corpus.json');

// Once per process: the configuration and the pages of a site build each load this module.
const read = processWide('corpora', () => new Map<string, { stamp: string; corpus: Corpus }>());

/** A corpus.json (the generated one by default), read and validated on first use in the process, and again once rewritten. */
export function readCorpus(file = corpusFile): Corpus {
  const path = resolve(file);
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs} ${size}`;
  let entry = read.get(path);
  if (entry?.stamp !== stamp) {
    entry = { stamp, corpus: Corpus.parse(JSON.parse(readFileSync(path, 'utf8'))) };
    read.set(path, entry);
  }
  return entry.corpus;
}

/** A capture of a source as received, byte for byte: its `file` under the generated `sources/`. */
export function readCapture(file: string, folder = generatedFolder): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(folder, 'sources', file)));
}
