/**
 * `npm run evaluate:themes`: the theme classifier's accuracy on the reviewed attributions, each
 * classified by a classifier trained on all the others (leave-one-out).
 */

import { reporter } from 'vfile-reporter';
import { evaluateClassifier } from '../src/compare/classify-themes.ts';
import { loadEditorial } from '../src/compare/editorial.ts';
import { readCorpus } from '../src/core/read-corpus.ts';

const comparison = loadEditorial('content/comparison');
if (comparison.failed) {
  console.error(reporter(comparison.files, { quiet: true }));
  process.exit(1);
}
const corpus = readCorpus();
const { correct, total, accuracy } = evaluateClassifier(corpus.missions, comparison.editorial);
console.log(`Theme classifier, leave-one-out on ${total} reviewed attributions: main theme right for ${correct} (${(accuracy * 100).toFixed(1)} %)`);
