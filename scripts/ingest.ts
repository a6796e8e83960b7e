/**
 * `npm run ingest [-- --sources DIR --out DIR --permalinks FILE --register --retire --debug]`:
 * reads every source pair under the sources folder, runs the pipeline, matches the records to
 * the registry of published permalinks, validates everything, then writes the collections and
 * corpus.json (and, with --register, the registry). Any error stops before anything is
 * written; messages are placed (file:line:col).
 */
import { parseArgs } from 'node:util';
import { reporter } from 'vfile-reporter';
import { ingestSources } from '../src/ingest/pipeline.ts';
import { debugDump } from '../src/ingest/debug-dump.ts';
import { readRegistry, writeRegistry } from '../src/ingest/permalink-registry.ts';
import { buildCorpus, corpusFiles, writeOutputs } from '../src/ingest/write-output.ts';
import { loadEditorial } from '../src/compare/editorial.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: process.env.SG_SOURCES ?? 'content/sources' },
    out: { type: 'string', default: process.env.SG_OUT ?? 'content/generated' },
    comparison: { type: 'string', default: 'content/comparison' },
    permalinks: { type: 'string', default: process.env.SG_PERMALINKS ?? 'content/permalinks.yaml' },
    register: { type: 'boolean', default: false },
    retire: { type: 'boolean', default: false },
    debug: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run ingest -- [--sources DIR] [--out DIR] [--comparison DIR] [--permalinks FILE] [--register] [--retire] [--debug]
  --register  write the permalink registry: new records, and the current text of every live one
  --retire    also retire published records that are gone, leaving tombstones (implies --register)`);
  process.exit(0);
}

// A failure that is not a placed message is a fault of the ingester, not of the input.
process.on('uncaughtException', (error) => {
  console.error(`ingest: internal error: ${error.message}\nNothing was written. Run with the same sources and report this message.`);
  process.exit(2);
});

/** Prints the problems and stops with nothing written. */
function stop(report: string): never {
  console.error(`${report}\nNothing was written.`);
  process.exit(1);
}

const { results, failed, warned, read } = await ingestSources(
  values.sources,
  values.debug ? (file, tree) => process.stdout.write(debugDump(file, tree)) : undefined,
);
if (read === 0) stop(`${values.sources}: no source text (.txt with its .yaml) found`);
if (failed.length > 0) stop(reporter(failed));
// Lists whose role is unclear: ingested as "other", placed so an editor sees them.
if (warned.length > 0) console.warn(reporter(warned));

const comparison = loadEditorial(values.comparison);
if (comparison.failed) stop(reporter(comparison.files, { quiet: true }));
const registry = readRegistry(values.permalinks);
if (registry.failed) stop(reporter([registry.file]));

const retire = values.retire;
const { corpus, warnings, fresh, kept, lost } = buildCorpus(results, comparison.editorial, registry.entries, retire);
for (const entry of lost) {
  const message = registry.file.message(
    `Unexpected loss of the published permalink \`${entry.id}\` (${entry.kind}: “${entry.text.slice(0, 60)}${entry.text.length > 60 ? '…' : ''}”): no record of \`${entry.source}\` has its id or a close text. Restore the text, or retire the address: \`npm run permalinks -- --retire\` leaves a tombstone, or set \`status: moved\` and \`to: <id>\` on this entry to redirect it`,
    { place: registry.placeOf(entry.id), ruleId: 'permalink-lost', source: 'ingest' },
  );
  message.fatal = true;
}
if (lost.length > 0) stop(reporter([registry.file]));
// Editorial entries the corpus no longer matches: placed on the entry, for an editor to update.
if (warnings.length > 0) console.warn(reporter(comparison.warn(warnings)));
for (const [from, to] of kept) console.log(`permalink kept: ${to} (the changed text would give ${from})`);

await writeOutputs(values.out, corpusFiles(corpus));
if (values.register || retire) {
  await writeRegistry(values.permalinks, corpus.permalinks);
  const retired = corpus.permalinks.filter((entry) => entry.status !== 'live').length;
  console.log(`Registered ${corpus.permalinks.length} permalinks in ${values.permalinks} (${fresh.length} new, ${retired} retired).`);
} else if (fresh.length > 0) {
  console.warn(
    `warning: ${fresh.length} records are published for the first time and not yet in ${values.permalinks}: run \`npm run permalinks\` to register them.`,
  );
}
const count = (name: keyof typeof corpus) => corpus[name].length;
console.log(
  `Ingested ${count('sources')} sources: ${count('missions')} missions, ${count('organs')} organs, ${count('officials')} officials, ${count('decrees')} decrees, ${corpus.sources.reduce((n, s) => n + s.set_aside.length, 0)} lines set aside; ${corpus.assignments.filter((a) => a.status === 'reviewed').length} reviewed and ${corpus.assignments.filter((a) => a.status === 'suggested').length} suggested themes, ${count('links')} links → ${values.out}`,
);
