/**
 * `npm run translations`: how much of the corpus the English translation covers, and which
 * entries are stale (their French changed) or missing. `--strict` exits 1 unless all is current.
 */
import { parseArgs } from 'node:util';
import { corpusFile, readCorpus } from '../src/core/read-corpus.ts';
import { coverage, loadTranslations } from '../src/core/translations.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: corpusFile },
    translations: { type: 'string', default: 'content/translations' },
    strict: { type: 'boolean', default: false },
  },
});

const corpus = readCorpus(values.corpus);
const report = coverage(corpus, loadTranslations(values.translations, 'en'));
console.log(
  `English translation: ${report.counts.current}/${report.total} current, ${report.counts.stale} stale, ${report.counts.missing} missing` +
    (report.orphans.length > 0 ? `, ${report.orphans.length} for records no longer in the corpus` : ''),
);
for (const { id, field, status } of report.pending) console.log(`  ${status.padEnd(7)} ${id}#${field}`);
for (const orphan of report.orphans) console.log(`  orphan  ${orphan}`);
if (values.strict && (report.pending.length > 0 || report.orphans.length > 0)) process.exit(1);
