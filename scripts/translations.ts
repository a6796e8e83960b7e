/**
 * `npm run translations`: how much of the corpus the English translation covers (as the build
 * reports it), and which entries are stale (their French changed) or missing. `--strict` exits 1
 * unless all is current; an invalid translation file is reported, placed, and exits 1.
 */
import { parseArgs } from 'node:util';
import { corpusFile, readCorpus } from '../src/core/read-corpus.ts';
import { reporter } from 'vfile-reporter';
import { coverage, coverageLine, readTranslations } from '../src/core/translations.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: corpusFile },
    translations: { type: 'string', default: 'content/translations' },
    strict: { type: 'boolean', default: false },
  },
});

const english = readTranslations(values.translations, 'en');
if (english.failed) {
  console.error(reporter(english.files, { quiet: true }));
  process.exit(1);
}
const corpus = readCorpus(values.corpus);
const report = coverage(corpus, english.translations);
console.log(coverageLine(report));
for (const { id, field, status } of report.pending) console.log(`  ${status.padEnd(7)} ${id}#${field}`);
for (const orphan of report.orphans) console.log(`  orphan  ${orphan}`);
if (values.strict && (report.pending.length > 0 || report.orphans.length > 0)) process.exit(1);
