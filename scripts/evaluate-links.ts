/**
 * `npm run evaluate:links [-- --json FILE --min-recall X --corpus FILE --comparison DIR]`: the
 * link suggestions measured against the reviewed links (src/compare/evaluate-links.ts): recall@3
 * with each link held out in turn, from either end, and precision@1 of the best candidates.
 * Prints the table and the misses; exit 1 when --min-recall is not met, 2 on bad usage.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { reporter } from 'vfile-reporter';
import { loadEditorial } from '../src/compare/editorial.ts';
import { evaluateLinks, type LinkMiss, type Score } from '../src/compare/evaluate-links.ts';
import { MIN_SCORE } from '../src/compare/suggest-links.ts';
import { corpusFile, readCorpus } from '../src/core/read-corpus.ts';

const usage = `Usage: npm run evaluate:links -- [--json FILE] [--min-recall X] [--corpus FILE] [--comparison DIR]
Holds each reviewed link out in turn, from either end, and says whether the link suggester
ranks the other end among its 3 best candidates (recall@3); then counts how many of its best
candidates, for every attribution as if none had reviewed links, are reviewed links (precision@1).
  --json FILE         write the figures, the misses and the skipped links as JSON
  --min-recall X      exit 1 when recall@3 (both ends together) is below X (0 to 1)
  --corpus FILE       the corpus to read (default ${corpusFile}, written by npm run ingest)
  --comparison DIR    the editorial data (default content/comparison)
  --help              this help`;

/** Stops on bad usage or unreadable input: exit 2, so that it is never taken for a low recall. */
function usageError(message: string): never {
  console.error(`evaluate:links: ${message}\n\n${usage}`);
  process.exit(2);
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        json: { type: 'string' },
        'min-recall': { type: 'string' },
        corpus: { type: 'string', default: corpusFile },
        comparison: { type: 'string', default: 'content/comparison' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}
const { values } = parseCommandLine();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const minRecall = values['min-recall'] === undefined ? undefined : Number(values['min-recall']);
if (minRecall !== undefined && !(values['min-recall']!.trim() !== '' && minRecall >= 0 && minRecall <= 1))
  usageError(`--min-recall expects a number from 0 to 1, not "${values['min-recall']}"`);

const comparison = loadEditorial(values.comparison);
if (comparison.failed) {
  console.error(reporter(comparison.files, { quiet: true }));
  process.exit(2);
}
let missions: ReturnType<typeof readCorpus>['missions'];
try {
  missions = readCorpus(values.corpus).missions;
} catch (error) {
  usageError(`${values.corpus}: ${(error as Error).message.split('\n')[0]} (run npm run ingest first?)`);
}

const result = evaluateLinks(missions, comparison.editorial);
const { k, recall, precision } = result;

const rate = (value: number | null) => (value === null ? '—' : value.toFixed(3));
const figures: Array<[string, Score]> = [
  [`recall@${k}, from → to`, recall.from],
  [`recall@${k}, to → from`, recall.to],
  [`recall@${k}`, recall.both],
  ['precision@1', precision],
];
const rows = [['measure', 'hits', 'total', 'rate'], ...figures.map(([name, { hits, total, rate: value }]) => [name, String(hits), String(total), rate(value)])];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

console.log(`Link suggestions against ${plural(result.links, 'reviewed link')} (${result.evaluated} measured, ${result.skipped.length} skipped)`);
console.log(
  rows.map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`).join('\n'),
);
console.log(
  [
    `from → to: the \`from\` end taken as unreviewed (its themes proposed by the classifier, leave-one-out), the \`to\` end`,
    `expected among its ${k} best candidates in that country; to → from, the other way round.`,
    `precision@1: the best candidate of every attribution in each country its own has reviewed links with;`,
    `${result.unsuggested} of ${precision.total + result.unsuggested} got none.`,
  ].join('\n'),
);

const reasons: Record<LinkMiss['reason'], (miss: LinkMiss) => string> = {
  'ranked-lower': (miss) => `ranked ${miss.rank} (similarity ${miss.score.toFixed(3)})`,
  'no-shared-theme': (miss) => `no theme in common (similarity ${miss.score.toFixed(3)})`,
  'below-threshold': (miss) => `similarity ${miss.score.toFixed(3)}, under the ${MIN_SCORE} threshold`,
  'not-found-by-index': (miss) => `similarity ${miss.score.toFixed(3)}, but not among the candidates the index of stems gave`,
};
console.log(`\nMissed at recall@${k} (${result.misses.length})${result.misses.length === 0 ? ': none' : ':'}`);
for (const miss of result.misses) {
  console.log(`  link ${miss.link + 1}, ${miss.held === 'from' ? 'from → to' : 'to → from'}`);
  console.log(`    duty      ${miss.duty} (themes: ${miss.themes.join(', ') || 'none'})`);
  console.log(`    expected  ${miss.expected} (themes: ${miss.expectedThemes.join(', ')}): ${reasons[miss.reason](miss)}`);
  if (miss.proposed.length === 0) console.log('    proposed  nothing in its country');
  miss.proposed.forEach(({ id, score, theme }, index) => {
    console.log(`    ${index === 0 ? 'proposed' : '        '}  ${score.toFixed(3)} ${id} (${theme})`);
  });
}
console.log(`\nBest candidates that are no reviewed link (${result.wrong.length})${result.wrong.length === 0 ? ': none' : ':'}`);
for (const { duty, proposed, reviewed } of result.wrong) {
  console.log(`  ${duty} → ${proposed.id} (${proposed.score.toFixed(3)}, ${proposed.theme})${reviewed.length > 0 ? `; reviewed: ${reviewed.join(', ')}` : ''}`);
}
if (result.skipped.length > 0) {
  const why = {
    'not-an-attribution': 'an end is not an attribution',
    'not-in-corpus': 'an end is not in the corpus',
    'same-country': 'both ends are of one country',
  };
  console.log(`\nSkipped (${result.skipped.length}):`);
  for (const { link, from, to, reason } of result.skipped) console.log(`  link ${link + 1} (${from} → ${to}): ${why[reason]}`);
}

if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);

if (minRecall !== undefined) {
  if (recall.both.rate === null || recall.both.rate < minRecall) {
    console.error(recall.both.rate === null ? '\nNo reviewed link to measure.' : `\nrecall@${k} ${rate(recall.both.rate)} below ${minRecall}`);
    process.exit(1);
  }
  console.log(`\nrecall@${k} at least ${minRecall}.`);
}
