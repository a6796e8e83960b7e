/**
 * `npm run capture -- <source id> <file> [--retrieved YYYY-MM-DD] [--url <address>]`: files a new
 * capture of a source beside the earlier ones and ingests every capture (src/corpus/capture.ts).
 */
import { parseArgs } from 'node:util';
import { fileCapture } from '../src/corpus/capture.ts';
import { generatedFolder } from '../src/core/read-corpus.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    retrieved: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    url: { type: 'string' },
    sources: { type: 'string', default: process.env.SG_SOURCES ?? 'content/sources' },
    out: { type: 'string', default: generatedFolder },
    comparison: { type: 'string', default: 'content/comparison' },
    permalinks: { type: 'string', default: process.env.SG_PERMALINKS ?? 'content/permalinks.yaml' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || positionals.length !== 2) {
  console.log(`Usage: npm run capture -- <source id> <file> [--retrieved YYYY-MM-DD] [--url <address>]
  files <file>, byte for byte, as the next capture of the source (such as bj/secretariat-general),
  with the previous capture's metadata, the date it was retrieved (today unless told) and its address;
  then ingests every capture and registers the new records' permalinks. Nothing is filed on bad input.`);
  process.exit(values.help ? 0 : 1);
}

const [id, file] = positionals as [string, string];
const run = await fileCapture({ ...values, id, file });
for (const note of run.notes) (note.level === 'warn' ? console.warn : console.log)(note.text);
if (run.stopped !== null) {
  console.error(`${run.stopped}\nNothing was filed.`);
  process.exit(1);
}
