/**
 * The corpus as ingestion leaves it: `corpus.json` and the record collections, in one folder
 * (`SG_OUT`, by default content/generated). Everything downstream reads it from here, once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from './records.ts';

/** Where ingestion writes the collections and corpus.json that the site reads. */
export const generatedFolder = process.env.SG_OUT ?? 'content/generated';
export const corpusFile = join(generatedFolder, 'corpus.json');

const read = new Map<string, Corpus>();

/** A corpus.json (the generated one by default), read and validated on first use. */
export function readCorpus(file = corpusFile): Corpus {
  let corpus = read.get(file);
  if (!corpus) {
    corpus = Corpus.parse(JSON.parse(readFileSync(file, 'utf8')));
    read.set(file, corpus);
  }
  return corpus;
}

/** A capture of a source as received, byte for byte: its `file` under the generated `sources/`. */
export function readCapture(file: string, folder = generatedFolder): Uint8Array {
  return new Uint8Array(readFileSync(join(folder, 'sources', file)));
}
