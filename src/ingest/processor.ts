/**
 * The steps of one text, in order: step 1 of the pipeline (src/corpus/pipeline.ts). Order
 * matters: lists are detected before they are classified; items, officials and general
 * statements are extracted from the classified tree; decrees last, since they are sought in
 * every block, whatever it became.
 */
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { readSources } from './read-sources.ts';
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

/**
 * Reads and ingests every source under a folder. Problems are collected, not thrown: each
 * failed file carries its fatal, placed message; `warned` are the files ingested with warnings
 * (a list whose role is unclear). `inspect` sees each tree (for the debug dump).
 */
export async function ingestSources(
  folder: string,
  inspect?: (file: VFile, tree: Root) => void,
): Promise<{ results: SourceRecords[]; failed: VFile[]; warned: VFile[]; read: number }> {
  const { files, failed } = await readSources(folder);
  const results: SourceRecords[] = [];
  const warned: VFile[] = [];
  for (const file of files) {
    try {
      const { records, tree } = ingestFile(file);
      inspect?.(file, tree);
      if (records.missions.length + records.organs.length + records.officials.length + records.decrees.length === 0) {
        // Placed on the first line that holds text: that is where a reader looks for the genre.
        const first = tree.lines.find((line) => line.text !== '') ?? tree.lines[0]!;
        file.fail(
          'Unexpected text with no recognisable structure: no list of duties or composition, provision about the Secrétariat général, official or act was found; check that this is a text of the genre, or teach its layout (src/ingest/list-features.ts, src/ingest/recognisers/)',
          {
            place: { line: first.position.start.line, column: first.value.length - first.value.trimStart().length + 1 },
            ruleId: 'no-structure',
            source: 'ingest',
          },
        );
      }
      results.push(records);
      if (file.messages.length > 0) warned.push(file);
    } catch (error) {
      if (!file.messages.some((message) => message.fatal)) throw error;
      failed.push(file);
    }
  }
  return { results, failed, warned, read: files.length + failed.length };
}
