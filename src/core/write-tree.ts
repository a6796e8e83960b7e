/** Writing many files at once. */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A piece of a file's content: text (written as UTF-8) or bytes. */
export type Piece = string | Uint8Array;

/** A file's content: in one piece, or in pieces written as they come. */
export type Content = Piece | Iterable<Piece>;

/** A piece's bytes: text encoded as UTF-8. */
export const asBytes = (piece: Piece): Uint8Array => (typeof piece === 'string' ? Buffer.from(piece) : piece);

/**
 * A folder to write files into, by path under it, each subfolder created once. Synchronously:
 * tens of thousands of small files, each written at once rather than through the thread pool.
 */
export function treeWriter(folder: string) {
  const folders = new Set<string>();
  const target = (path: string) => {
    const file = join(folder, path);
    const parent = dirname(file);
    if (!folders.has(parent)) mkdirSync(parent, { recursive: true });
    folders.add(parent);
    return file;
  };
  /** The bytes of a file's content as they pass, each piece written first (a write may take only part of it). */
  function* writing(path: string, pieces: Iterable<Piece>): Generator<Uint8Array> {
    const descriptor = openSync(target(path), 'w');
    try {
      for (const piece of pieces) {
        const bytes = asBytes(piece);
        for (let written = 0; written < bytes.length;) written += writeSync(descriptor, bytes, written);
        yield bytes;
      }
    } finally {
      closeSync(descriptor);
    }
  }
  /** Writes a file's content. */
  const write = (path: string, content: Content) => {
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(target(path), content);
    else for (const _ of writing(path, content));
  };
  return { writing, write };
}

/** Writes files (path under the folder → content) as they come. */
export function writeTree(folder: string, files: Iterable<readonly [string, Content]>): void {
  const { write } = treeWriter(folder);
  for (const [path, content] of files) write(path, content);
}
