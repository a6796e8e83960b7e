/**
 * `npm run bench:compare`: the cost of the comparison (themes and link suggestions) on seeded
 * synthetic corpora of growing size, to show it grows linearly, not with all pairs.
 */

import { reporter } from 'vfile-reporter';
import { compare } from '../src/compare/compare.ts';
import { loadEditorial } from '../src/compare/editorial.ts';
import { readCorpus } from '../src/core/read-corpus.ts';
import type { Mission } from '../src/core/records.ts';
import { countries as codes, complements, objects, random, verbs } from './bench/synthetic.ts';

const comparison = loadEditorial('content/comparison');
if (comparison.failed) {
  console.error(reporter(comparison.files, { quiet: true }));
  process.exit(1);
}
const { editorial } = comparison;
const seeds = readCorpus().missions;
const countries = codes.map((code) => code.toUpperCase());

function synthetic(count: number): Mission[] {
  const draw = random(count);
  const pick = <T>(list: T[]) => list[Math.floor(draw() * list.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const country = countries[index % countries.length]!;
    const text = `${pick(verbs)} ${pick(objects)} ${pick(complements)} ;`;
    return {
      ...seeds[0]!,
      id: `${country.toLowerCase()}/synthetic/attribution/a${index}`,
      source: `${country.toLowerCase()}/synthetic`,
      country,
      kind: 'attribution',
      ordinal: index + 1,
      text,
    };
  });
}

console.log('| attributions | themes assigned | links suggested | seconds | ms per 1,000 |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const size of [2_500, 5_000, 10_000, 20_000, 40_000]) {
  const missions = [...seeds, ...synthetic(size)];
  const started = performance.now();
  const result = compare(missions, editorial);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `| ${missions.length.toLocaleString('en')} | ${result.assignments.length.toLocaleString('en')} | ${result.links.length.toLocaleString('en')} | ${seconds.toFixed(2)} | ${((seconds * 1000 * 1000) / missions.length).toFixed(1)} |`,
  );
}
