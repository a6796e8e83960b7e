/**
 * `npm run evaluate:themes`: the theme classifier's accuracy on the reviewed attributions, each
 * classified by a classifier trained on all the others (leave-one-out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../src/schemas.ts';
import { evaluateClassifier } from '../src/compare/classify-themes.ts';
import { loadEditorial } from '../src/compare/editorial.ts';
import { VectorSpace } from '../src/compare/vectors.ts';

const corpus = Corpus.parse(JSON.parse(readFileSync(join(process.env.SG_OUT ?? 'content/generated', 'corpus.json'), 'utf8')));
const editorial = loadEditorial('content/comparison');
const attributions = corpus.missions.filter((mission) => mission.kind === 'attribution' && editorial.assignments[mission.id]);
const space = new VectorSpace([...attributions.map((mission) => mission.text), ...editorial.themes.map((theme) => `${theme.label.fr}. ${theme.definition.fr}`)]);
const examples = attributions.map((mission) => ({ text: mission.text, themes: editorial.assignments[mission.id]!.map(({ theme }) => theme) }));
const { correct, total, accuracy } = evaluateClassifier(space, editorial.themes, examples);
console.log(`Theme classifier, leave-one-out on ${total} reviewed attributions: main theme right for ${correct} (${(accuracy * 100).toFixed(1)} %)`);
