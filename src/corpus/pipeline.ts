/**
 * The pipeline, declared once: from the source texts to the corpus, in order.
 *
 * 1. ingest    every text read, checked and parsed into records (src/ingest: read-sources,
 *              then each text through the steps of src/ingest/processor.ts);
 * 2. track     each source's captures matched record by record: the current records, the
 *              former ones, every record's history and the changes (track-versions);
 *    keep      current and former records matched to the registry of permalinks (keep-permalinks);
 * 3. compare   themes and cross-links for the attributions, and each source's structure:
 *              who leads it, its authority, its organs by unit type (src/compare);
 * 4. validate  the corpus against its schema (src/core/records.ts);
 * 5. write     corpus.json and the MDX collections, all or nothing (write-output), and the
 *              registry when asked.
 *
 * Any problem with the input stops the run before step 5, with placed messages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { compare } from '../compare/compare.ts';
import { type Editorial, type EditorialWarning, loadEditorial } from '../compare/editorial.ts';
import { describeStructures } from '../compare/structures.ts';
import { loadStructuresEditorial, noStructuresEditorial, type StructuresEditorial, type StructuresWarning } from '../compare/structures-editorial.ts';
import { Corpus, type Permalink } from '../core/records.ts';
import type { SourceRecords } from '../ingest/compile-records.ts';
import { type KeptPermalinks, keepPermalinks } from '../ingest/keep-permalinks.ts';
import { readRegistry, writeRegistry } from '../ingest/permalink-registry.ts';
import { ingestSources } from '../ingest/processor.ts';
import { renameVersions, trackVersions } from '../ingest/track-versions.ts';
import type { Root } from '../ingest/tree.ts';
import { corpusFiles, writeOutputs } from './write-output.ts';

export interface PipelineOptions {
  sources: string;
  out: string;
  comparison: string;
  permalinks: string;
  /** Write the permalink registry: new records, and the current text of every live one. */
  register?: boolean;
  /** Also retire published records that are gone, leaving tombstones (implies `register`). */
  retire?: boolean;
  /** Sees each text's tree (for the debug dump). */
  inspect?: (file: VFile, tree: Root) => void;
}

/** What a run says, in order: warnings for the editor, and what was done. */
export interface Note {
  level: 'log' | 'warn';
  text: string;
}

export interface PipelineRun {
  notes: Note[];
  /** The report of the problems that stopped the run before anything was written; null when it ran through. */
  stopped: string | null;
}

/**
 * Steps 2 to 4 on the records of every source: sources sorted by id, records in source order,
 * the comparison of their attributions, the permalink registry it leaves; what the comparison
 * found amiss in the editorial data; and what became of the published permalinks.
 */
export function buildCorpus(
  results: SourceRecords[],
  editorial: Editorial,
  registry: Permalink[] = [],
  retire = false,
  structural: StructuresEditorial = noStructuresEditorial,
): { corpus: Corpus; warnings: EditorialWarning[]; structureWarnings: StructuresWarning[] } & Omit<KeptPermalinks, 'results' | 'registry'> {
  const versions = trackVersions(results);
  const sorted = versions.current.sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
  // Former records keep their addresses too: they are matched to the registry with the current ones.
  const { results: all, registry: permalinks, ...fate } = keepPermalinks([...sorted, ...versions.former], registry, retire);
  const kept = all.slice(0, sorted.length);
  const { histories, changes } = renameVersions(versions, fate.kept);
  const missions = kept.flatMap((result) => result.missions);
  const { warnings, ...comparison } = compare(missions, editorial);
  const { warnings: structureWarnings, ...structures } = describeStructures(kept, structural);
  const corpus = Corpus.parse({
    sources: kept.map((result) => result.source),
    missions,
    organs: kept.flatMap((result) => result.organs),
    officials: kept.flatMap((result) => result.officials),
    decrees: kept.flatMap((result) => result.decrees),
    ...comparison,
    permalinks,
    former: all
      .slice(sorted.length)
      .flatMap((result) => [...result.missions, ...result.organs, ...result.officials, ...result.decrees])
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    histories,
    changes,
    ...structures,
  });
  return { corpus, warnings, structureWarnings, ...fate };
}

/** The whole pipeline, from the sources folder to the written corpus. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineRun> {
  const notes: Note[] = [];
  const stop = (report: string): PipelineRun => ({ notes, stopped: report });

  const { results, failed, warned, read } = await ingestSources(options.sources, options.inspect);
  if (read === 0) return stop(`${options.sources}: no source text (.txt with its .yaml) found`);
  if (failed.length > 0) return stop(reporter(failed));
  // Lists whose role is unclear: ingested as "other", placed so an editor sees them.
  if (warned.length > 0) notes.push({ level: 'warn', text: reporter(warned) });

  const comparison = loadEditorial(options.comparison);
  if (comparison.failed) return stop(reporter(comparison.files, { quiet: true }));
  const structural = loadStructuresEditorial(options.comparison);
  if (structural.failed) return stop(reporter(structural.files, { quiet: true }));
  const registry = readRegistry(options.permalinks);
  if (registry.failed) return stop(reporter([registry.file]));

  const retire = options.retire ?? false;
  const { corpus, warnings, structureWarnings, fresh, kept, lost } = buildCorpus(results, comparison.editorial, registry.entries, retire, structural.editorial);
  for (const entry of lost) {
    const message = registry.file.message(
      `Unexpected loss of the published permalink \`${entry.id}\` (${entry.kind}: “${entry.text.slice(0, 60)}${entry.text.length > 60 ? '…' : ''}”): no record of \`${entry.source}\` has its id or a close text. Restore the text, or retire the address: \`npm run permalinks -- --retire\` leaves a tombstone, or set \`status: moved\` and \`to: <id>\` on this entry to redirect it`,
      { place: registry.placeOf(entry.id), ruleId: 'permalink-lost', source: 'ingest' },
    );
    message.fatal = true;
  }
  if (lost.length > 0) return stop(reporter([registry.file]));
  // Editorial entries the corpus no longer matches: placed on the entry, for an editor to update.
  if (warnings.length > 0) notes.push({ level: 'warn', text: reporter(comparison.warn(warnings)) });
  if (structureWarnings.length > 0) notes.push({ level: 'warn', text: reporter(structural.warn(structureWarnings)) });
  for (const [from, to] of kept) notes.push({ level: 'log', text: `permalink kept: ${to} (the changed text would give ${from})` });

  const files = new Map<string, string | Uint8Array>(corpusFiles(corpus));
  for (const capture of corpus.sources.flatMap((source) => source.captures))
    files.set(`sources/${capture.file}`, new Uint8Array(await readFile(join(options.sources, capture.file))));
  writeOutputs(options.out, files);
  if (options.register || retire) {
    await writeRegistry(options.permalinks, corpus.permalinks);
    const retired = corpus.permalinks.filter((entry) => entry.status !== 'live').length;
    notes.push({
      level: 'log',
      text: `Registered ${corpus.permalinks.length} permalinks in ${options.permalinks} (${fresh.length} new, ${retired} retired).`,
    });
  } else if (fresh.length > 0) {
    notes.push({
      level: 'warn',
      text: `warning: ${fresh.length} records are published for the first time and not yet in ${options.permalinks}: run \`npm run permalinks\` to register them.`,
    });
  }
  const count = (name: keyof Corpus) => corpus[name].length;
  const themes = (status: string) => corpus.assignments.filter((assignment) => assignment.status === status).length;
  notes.push({
    level: 'log',
    text: `Ingested ${count('sources')} sources: ${count('missions')} missions, ${count('organs')} organs, ${count('officials')} officials, ${count('decrees')} decrees, ${corpus.sources.reduce((n, source) => n + source.set_aside.length, 0)} lines set aside; ${themes('reviewed')} reviewed and ${themes('suggested')} suggested themes, ${count('links')} links → ${options.out}`,
  });
  return { notes, stopped: null };
}
