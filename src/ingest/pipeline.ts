/**
 * The ingestion pipeline, declared once. Order matters: lists are detected before they are
 * classified; items, officials and general statements are extracted from the classified tree;
 * decrees last, since they are sought in every block, whatever it became.
 */
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { classifyLists } from './classify-lists.ts';
import { compileRecords, type SourceRecords } from './compile-records.ts';
import { detectLists } from './detect-lists.ts';
import { extractDecrees } from './extract-decrees.ts';
import { extractGeneral } from './extract-general.ts';
import { extractItems } from './extract-items.ts';
import { extractOfficials } from './extract-officials.ts';
import { parseLines } from './parse-lines.ts';
import { segmentBlocks } from './segment-blocks.ts';
import type { Root } from './tree.ts';

export const processor = unified()
  .use(parseLines)
  .use(segmentBlocks)
  .use(detectLists)
  .use(classifyLists)
  .use(extractItems)
  .use(extractOfficials)
  .use(extractGeneral)
  .use(extractDecrees)
  .use(compileRecords)
  .freeze();

/** Runs the pipeline on a decoded source file; returns its records and the tree for debugging. */
export function ingestFile(file: VFile): { records: SourceRecords; tree: Root } {
  const tree = processor.runSync(processor.parse(file), file);
  const records = processor.stringify(tree, file) as unknown as SourceRecords;
  return { records, tree: tree as Root };
}
