/**
 * `npm run bench:compare`: the cost of the comparison (themes and link suggestions) on seeded
 * synthetic corpora of growing size, to show it grows linearly, not with all pairs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, type Mission } from '../src/schemas.ts';
import { compare } from '../src/compare/compare.ts';
import { loadEditorial } from '../src/compare/editorial.ts';

/** A small seeded generator, so every run draws the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const verbs = [
  'coordonne',
  'élabore',
  'veille à',
  'assure',
  'suit',
  'prépare',
  'supervise',
  'organise',
  'contrôle',
  'évalue',
  'centralise',
  'anime',
  'propose',
  'examine',
  'conserve',
];
const objects = [
  'les activités des services',
  'le programme d’activités',
  'la politique du département',
  'les archives',
  'le courrier',
  'les dossiers soumis au Ministre',
  'les actes juridiques',
  'les relations avec les partenaires techniques et financiers',
  'la réforme administrative',
  'la formation du personnel',
  'les réunions de coordination',
  'les recommandations des inspections',
  'le budget',
  'la documentation',
  'les marchés publics',
  'la communication',
  'les statistiques',
  'la représentation du département',
  'les instructions ministérielles',
  'la performance des services',
];
const complements = [
  'du ministère',
  'des directions centrales',
  'des services déconcentrés',
  'des organismes sous tutelle',
  'au niveau national',
  'en liaison avec le Cabinet',
  'dans les délais',
  'de manière périodique',
];

const seeds = Corpus.parse(JSON.parse(readFileSync(join('content/generated', 'corpus.json'), 'utf8'))).missions;
const editorial = loadEditorial('content/comparison');
const countries = ['BJ', 'ML', 'SN', 'NE', 'BF', 'TG', 'CI', 'GN'];

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
