/**
 * The structures view's data: the rule that finds who leads a Secrétariat général, who assists,
 * to whom it answers and what is under it; the unit type an organ's name suggests; the seeds'
 * structures; an editor's rows; and the placed reader of the taxonomy and its reviews.
 */
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRows } from '../src/compare/structure-rows.ts';
import { describeStructures } from '../src/compare/structures.ts';
import { loadStructuresEditorial } from '../src/compare/structures-editorial.ts';
import { ruleTypes, suggestUnitType } from '../src/compare/unit-type-rule.ts';
import type { Corpus } from '../src/core/records.ts';
import { ingestSources } from '../src/ingest/processor.ts';
import { ingestFolder, makeSources, root, structural } from './helpers.ts';

/** Each message of the files as `file line:column severity reason rule`. */
const messages = (files: VFile[]) =>
  files.flatMap((file) =>
    file.messages.map(
      (message) => `${file.basename} ${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason} ${message.ruleId}`,
    ),
  );

const bj = 'bj/secretariat-general';
const ml = 'ml/secretariat-general';

describe('the rule over the words of a provision', () => {
  it.each([
    [
      "Le Secrétariat général du Ministère est dirigé par un Secrétaire général assisté d'un Secrétaire général adjoint.",
      [
        { row: 'leads', cue: 'dirige par', none: false },
        { row: 'assists', cue: 'assiste d', none: false },
      ],
    ],
    [
      'Sous l’autorité directe du Ministre, le Secrétaire Général est chargé de l’animation, de la coordination et du contrôle des activités du Secrétariat Général.',
      [
        { row: 'leads', cue: 'animation', none: false },
        { row: 'answers-to', cue: 'sous l autorite directe du ministre', none: false },
      ],
    ],
    [
      "Les Directeurs centraux, techniques, et les responsables d'organismes sous tutelle sont sous l'autorité du Secrétaire général du Ministère.",
      [{ row: 'over', cue: 'sous l autorite du secretaire general du ministere', none: false }],
    ],
    ["A ce titre et sous l'autorité du Ministre, il :", [{ row: 'answers-to', cue: 'sous l autorite du ministre', none: false }]],
    [
      'Le Secrétariat général est placé sous l’autorité d’un Secrétaire général nommé par décret.',
      [{ row: 'leads', cue: 'sous l autorite d un secretaire general nomme', none: false }],
    ],
    ['Sont placés sous son autorité directe :', [{ row: 'over', cue: 'sous son autorite', none: false }]],
    ['Sont rattachés au Secrétariat général :', [{ row: 'over', cue: 'rattaches au secretariat general', none: false }]],
    [
      'Il relève directement du Secrétaire général du Gouvernement.',
      [{ row: 'answers-to', cue: 'releve directement du secretaire general du gouvernement', none: false }],
    ],
    ['Le Secrétaire général rend compte au Ministre.', [{ row: 'answers-to', cue: 'rend compte au ministre', none: false }]],
    ["Le Secrétaire général n'est pas assisté d'un adjoint.", [{ row: 'assists', cue: 'assiste d', none: true }]],
    ['Le Secrétariat général fonctionne sans Secrétaire général adjoint.', [{ row: 'assists', cue: 'adjoint', none: true }]],
    ["Il assure la continuité de l'administration du Ministère.", []],
    ["Le Secrétariat général du Ministère est l'organe chargé de l'exécution correcte de la mission du Ministère.", []],
  ])('%s', (text, expected) => {
    expect(findRows(text)).toEqual(expected);
  });
});

describe('the unit type an organ’s name suggests', () => {
  const declared = new Set(structural.unitTypes.map((type) => type.id));

  it('can only suggest declared types, `other` among them', () => {
    expect(ruleTypes.filter((type) => !declared.has(type))).toEqual([]);
    expect(declared.has('other')).toBe(true);
  });

  it.each([
    ['la Cellule juridique', 'legal-affairs', 'juridique'],
    ['la Personne responsable des marchés publics', 'public-procurement', 'marches publics'],
    ['Cellule de contrôle des marchés publics', 'public-procurement', 'marches publics'],
    ['la Cellule sectorielle de pilotage de la réforme administrative et institutionnelle', 'administrative-reform', 'reforme'],
    ['le Secrétariat administratif', 'administrative-secretariat', 'secretariat administratif'],
    ['Secrétariat particulier du Secrétaire général', 'administrative-secretariat', 'secretariat particulier'],
    ["l'Assistant du Secrétaire général du Ministère", 'leadership', 'assistant'],
    ['La Cellule de Suivi-Évaluation', 'planning-statistics', 'suivi evaluation'],
    ['le Service du Courrier et des Archives', 'documentation-archives', 'archives'],
    ["la Direction des Systèmes d'Information", 'information-systems', 'systemes d information'],
    ['Direction des Affaires Administratives et Financières (DAAF)', 'resources', 'affaires administratives'],
    ['Cellule de Communication', 'communication', 'communication'],
    ["Unité de l'Audit Interne", 'control-audit', 'audit'],
    ['le Service du Protocole', 'other', null],
  ])('%s: %s', (name, type, cue) => {
    expect(suggestUnitType(name, declared)).toEqual({ type, cue });
  });

  it('passes over a type the taxonomy does not declare', () => {
    expect(suggestUnitType('Cellule de contrôle des marchés publics', new Set(['control-audit', 'other']))).toEqual({ type: 'control-audit', cue: 'controle' });
    expect(suggestUnitType('la Cellule juridique', new Set(['other']))).toEqual({ type: 'other', cue: null });
  });
});

describe('the seeds’ structures', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await ingestFolder(join(root, 'content/sources'));
  });
  const rowsOf = (source: string) =>
    corpus.structures
      .find((structure) => structure.source === source)!
      .rows.map(({ row, status, records }) => [row, status, records.map((cited) => `${cited.part} ${cited.record}`)]);

  it('cite, for Benin, the provisions that say who leads it, who assists, and what is under it, and the sentence that says to whom it answers', () => {
    expect(rowsOf(bj)).toEqual([
      ['leads', 'described', [`text ${bj}/general/secretariat-general-ministere-est-dirige-secretaire`]],
      ['assists', 'described', [`text ${bj}/general/secretariat-general-ministere-est-dirige-secretaire`]],
      ['answers-to', 'described', [`lead-in ${bj}/attribution/propose-liaison-cabinet-orientations-strategiques-destinees`]],
      ['over', 'described', [`text ${bj}/general/directeurs-centraux-techniques-responsables-organismes-tutelle`]],
    ]);
  });

  it('say, for Mali, who leads it and to whom it answers, and that its source describes neither a deputy nor what is under it', () => {
    const provision = `text ${ml}/general/autorite-directe-ministre-secretaire-general-est`;
    expect(rowsOf(ml)).toEqual([
      ['leads', 'described', [provision]],
      ['assists', 'not-described', []],
      ['answers-to', 'described', [provision]],
      ['over', 'not-described', []],
    ]);
  });

  it('type every organ of Benin as an editor reviewed it, and Mali, with no composition, has none', () => {
    const organs = (source: string) => corpus.structures.find((structure) => structure.source === source)!.organs;
    expect(organs(bj).map(({ organ, type, status }) => [organ.split('/').at(-1), type, status])).toEqual([
      ['secretaire-general-ministere', 'leadership', 'reviewed'],
      ['secretaire-general-adjoint-ministere', 'leadership', 'reviewed'],
      ['assistant-secretaire-general-ministere', 'leadership', 'reviewed'],
      ['secretariat-administratif', 'administrative-secretariat', 'reviewed'],
      ['cellule-juridique', 'legal-affairs', 'reviewed'],
      ['personne-responsable-marches-publics', 'public-procurement', 'reviewed'],
      ['commission-passation-marches-publics', 'public-procurement', 'reviewed'],
      ['cellule-sectorielle-pilotage-reforme-administrative-institutionnelle', 'administrative-reform', 'reviewed'],
    ]);
    expect(organs(ml)).toEqual([]);
  });

  it('suggest, for organs nobody reviewed, the type their name gives, and the rule agrees with the editor on every seed organ', async () => {
    const { results } = await ingestSources(join(root, 'content/sources'));
    const { structures } = describeStructures(results, { ...structural, organTypes: {} });
    const suggested = structures.find((structure) => structure.source === bj)!.organs;
    expect(suggested.every((organ) => organ.status === 'suggested' && organ.justification === null)).toBe(true);
    expect(suggested.map((organ) => organ.type)).toEqual(corpus.structures.find((structure) => structure.source === bj)!.organs.map((organ) => organ.type));
  });
});

describe('an editor’s rows and types', () => {
  it('replace the rule’s records, say "none", and are reported, the rule standing, where they name what the corpus has not', async () => {
    const { results } = await ingestSources(join(root, 'content/sources'));
    const reason = { fr: 'Parce que.', en: 'Because.' };
    const { structures, warnings } = describeStructures(results, {
      ...structural,
      organTypes: { ...structural.organTypes, 'bj/gone/organ/x': { type: 'other', justification: reason } },
      rows: {
        [ml]: {
          over: { records: [`${ml}/general/autorite-directe-ministre-secretaire-general-est`], justification: reason },
          assists: { records: [`${ml}/attribution/suivi-bonne-conservation-archives-departement`], none: true, justification: reason },
        },
        [bj]: { leads: { records: [`${ml}/general/autorite-directe-ministre-secretaire-general-est`], justification: reason } },
        'xx/gone': {},
      },
    });
    const mali = structures.find((structure) => structure.source === ml)!.rows;
    expect(mali.find((cell) => cell.row === 'over')).toEqual({
      row: 'over',
      status: 'described',
      records: [{ record: `${ml}/general/autorite-directe-ministre-secretaire-general-est`, part: 'text', cue: null }],
      decided: 'editor',
      justification: reason,
    });
    expect(mali.find((cell) => cell.row === 'assists')).toMatchObject({
      status: 'none',
      records: [{ record: `${ml}/attribution/suivi-bonne-conservation-archives-departement`, part: 'lead-in', cue: null }],
    });
    // A record of another source: the rule's record stands.
    expect(structures.find((structure) => structure.source === bj)!.rows[0]).toMatchObject({ row: 'leads', decided: 'rule' });
    expect(warnings).toEqual([
      {
        file: 'structure-rows.yaml',
        path: [bj, 'leads', 'records', 0],
        ruleId: 'unknown-record',
        message: `no record \`${ml}/general/autorite-directe-ministre-secretaire-general-est\` in \`${bj}\`; update or remove the record (the rule's records stand meanwhile)`,
      },
      {
        file: 'organ-types.yaml',
        organ: 'bj/gone/organ/x',
        ruleId: 'unknown-organ',
        message: 'no organ `bj/gone/organ/x` in the corpus; update or remove its entry',
      },
      { file: 'structure-rows.yaml', path: ['xx/gone'], ruleId: 'unknown-source', message: 'no source `xx/gone` in the corpus; update or remove its entry' },
    ]);
  });
});

describe('the taxonomy and its reviews, read placed', () => {
  const type = (id: string) => `- id: ${id}\n  label: {fr: "Type ${id}", en: "Type ${id}"}\n  definition: {fr: "Une définition.", en: "A definition."}\n`;
  const typed = (organ: string, id: string) => `${organ}:\n  type: ${id}\n  justification: {fr: "Parce que.", en: "Because."}\n`;

  it('reads the project’s files without a message', () => {
    const read = loadStructuresEditorial(join(root, 'content/comparison'));
    expect(read.failed).toBe(false);
    expect(messages(read.files)).toEqual([]);
  });

  it('reports every problem at once, each on the entry it concerns', () => {
    const folder = makeSources({
      'unit-types.yaml': `${type('legal-affairs')}${type('legal-affairs')}`,
      'organ-types.yaml': `${typed('x/organ/a', 'legal-affairs')}${typed('x/organ/b', 'procurement')}`,
      'structure-rows.yaml': 'x:\n  assists:\n    records: []\n    none: true\n    justification: {fr: "Aucun.", en: "None."}\n  heads:\n    records: []\n',
    });
    const read = loadStructuresEditorial(folder);
    expect(read.failed).toBe(true);
    expect(messages(read.files)).toEqual([
      'unit-types.yaml 4:7 error Unexpected second declaration of unit type `legal-affairs` (the first is on line 1): keep one entry per type unit-type-declared-twice',
      'unit-types.yaml 1:1 error Missing unit type `other`, the type of an organ no other type describes: declare it unit-type-other-missing',
      'organ-types.yaml 5:9 error Unexpected unit type `procurement`, not declared in unit-types.yaml: declare it there, or use the id of a declared type unknown-unit-type',
      'structure-rows.yaml 6:3 error Unexpected key `heads` in `x`, expected one of leads, assists, answers-to, over structure-rows',
    ]);
  });

  it('places a row that says "none" without the record that says so, and a schema problem, on their node', () => {
    const folder = makeSources({
      'unit-types.yaml': `${type('other')}${type('Legal Affairs')}`,
      'structure-rows.yaml': 'x:\n  assists:\n    records: []\n    none: true\n    justification: {fr: "Aucun.", en: "None."}\n',
    });
    const read = loadStructuresEditorial(folder);
    expect(messages(read.files)).toEqual([
      'unit-types.yaml 4:7 error Unexpected value for `1.id`: expected a unit type id: lower-case words joined by "-", such as legal-affairs; fix the entry unit-types',
      'structure-rows.yaml 4:11 error Unexpected `none: true` with no record for `assists` of `x`: cite the record that says there is none none-without-record',
    ]);
  });

  it('places the warnings of the structures on the entry they concern', () => {
    const folder = makeSources({
      'unit-types.yaml': type('other'),
      'organ-types.yaml': `${typed('x/organ/a', 'other')}${typed('x/organ/gone', 'other')}`,
      'structure-rows.yaml': 'x:\n  leads:\n    records: [x/general/a, x/general/gone]\n    justification: {fr: "Oui.", en: "Yes."}\n',
    });
    const read = loadStructuresEditorial(folder);
    if (read.failed) throw new Error(messages(read.files).join('\n'));
    const warned = read.warn([
      {
        file: 'organ-types.yaml',
        organ: 'x/organ/gone',
        ruleId: 'unknown-organ',
        message: 'no organ `x/organ/gone` in the corpus; update or remove its entry',
      },
      { file: 'structure-rows.yaml', path: ['x', 'leads', 'records', 1], ruleId: 'unknown-record', message: 'no record `x/general/gone` in `x`' },
    ]);
    expect(messages(warned)).toEqual([
      'organ-types.yaml 4:1 warning no organ `x/organ/gone` in the corpus; update or remove its entry unknown-organ',
      'structure-rows.yaml 3:28 warning no record `x/general/gone` in `x` unknown-record',
    ]);
  });
});
