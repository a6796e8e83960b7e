/**
 * `npm run ingest [-- --sources DIR --out DIR --debug]`: reads every source pair under the
 * sources folder, runs the pipeline, validates everything, then writes the collections and
 * corpus.json. Any error stops before anything is written; messages are placed (file:line:col).
 */
import { parseArgs } from 'node:util';
import { reporter } from 'vfile-reporter';
import type { VFile } from 'vfile';
import { ingestFile } from '../src/ingest/pipeline.ts';
import { readSources } from '../src/ingest/read-sources.ts';
import { debugDump } from '../src/ingest/debug-dump.ts';
import { buildCorpus, corpusFiles, writeOutputs } from '../src/ingest/write-output.ts';
import { loadEditorial, type Editorial } from '../src/compare/editorial.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: process.env.SG_SOURCES ?? 'content/sources' },
    out: { type: 'string', default: process.env.SG_OUT ?? 'content/generated' },
    comparison: { type: 'string', default: 'content/comparison' },
    debug: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run ingest -- [--sources DIR] [--out DIR] [--comparison DIR] [--debug]');
  process.exit(0);
}

// A failure that is not a placed message is a fault of the ingester, not of the input.
process.on('uncaughtException', (error) => {
  console.error(`ingest: internal error: ${error.message}\nNothing was written. Run with the same sources and report this message.`);
  process.exit(2);
});

const failed: VFile[] = [];
const { files, failed: unreadable } = await readSources(values.sources);
failed.push(...unreadable);
const results = [];
for (const file of files) {
  try {
    const { records, tree } = ingestFile(file);
    if (values.debug) process.stdout.write(debugDump(file, tree));
    const found = records.missions.length + records.organs.length + records.officials.length + records.decrees.length;
    if (found === 0) {
      file.fail('Unexpected text with no recognisable structure: no list, mission statement, official or act was found; check that this is a text of the genre, or teach its layout to src/ingest/recognisers.ts', {
        place: { line: 1, column: 1 },
        ruleId: 'no-structure',
        source: 'ingest',
      });
    }
    results.push(records);
  } catch (error) {
    if (!file.messages.some((message) => message.fatal)) throw error;
    failed.push(file);
  }
}

if (failed.length > 0 || files.length === 0) {
  if (files.length === 0 && failed.length === 0) console.error(`${values.sources}: no source text (.txt with its .yaml) found`);
  else console.error(reporter(failed));
  console.error('Nothing was written.');
  process.exit(1);
}

let editorial: Editorial;
try {
  editorial = loadEditorial(values.comparison);
} catch (error) {
  console.error(`${(error as Error).message}\nNothing was written.`);
  process.exit(1);
}
const { corpus, warnings } = buildCorpus(results, editorial);
for (const warning of warnings) console.warn(`warning: ${values.comparison}/${warning}`);
await writeOutputs(values.out, corpusFiles(corpus));
const count = (name: keyof typeof corpus) => corpus[name].length;
console.log(
  `Ingested ${count('sources')} sources: ${count('missions')} missions, ${count('organs')} organs, ${count('officials')} officials, ${count('decrees')} decrees, ${corpus.sources.reduce((n, s) => n + s.set_aside.length, 0)} lines set aside; ${corpus.assignments.filter((a) => a.status === 'reviewed').length} reviewed and ${corpus.assignments.filter((a) => a.status === 'suggested').length} suggested themes, ${count('links')} links → ${values.out}`,
);
