/**
 * `npm run ingest [-- --sources DIR --out DIR --comparison DIR --permalinks FILE --register --retire --debug]`:
 * parses the flags and runs the pipeline (src/corpus/pipeline.ts). Any error stops before
 * anything is written; messages are placed (file:line:col).
 */
import { parseArgs } from 'node:util';
import { runPipeline } from '../src/corpus/pipeline.ts';
import { generatedFolder } from '../src/core/read-corpus.ts';
import { debugDump } from '../src/ingest/debug-dump.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: process.env.SG_SOURCES ?? 'content/sources' },
    out: { type: 'string', default: generatedFolder },
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

const run = await runPipeline({
  ...values,
  inspect: values.debug ? (file, tree) => process.stdout.write(debugDump(file, tree)) : undefined,
});
for (const note of run.notes) (note.level === 'warn' ? console.warn : console.log)(note.text);
if (run.stopped !== null) {
  console.error(`${run.stopped}\nNothing was written.`);
  process.exit(1);
}
