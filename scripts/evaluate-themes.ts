/**
 * `npm run evaluate:themes`: the theme classifier's accuracy on the reviewed attributions, each
 * classified by a classifier trained on all the others (leave-one-out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../src/schemas.ts';
import { evaluateClassifier } from '../src/compare/classify-themes.ts';
import { loadEditorial } from '../src/compare/editorial.ts';

const corpus = Corpus.parse(JSON.parse(readFileSync(join(process.env.SG_OUT ?? 'content/generated', 'corpus.json'), 'utf8')));
const { correct, total, accuracy } = evaluateClassifier(corpus.missions, loadEditorial('content/comparison'));
console.log(`Theme classifier, leave-one-out on ${total} reviewed attributions: main theme right for ${correct} (${(accuracy * 100).toFixed(1)} %)`);
