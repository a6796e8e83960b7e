/**
 * Translations as editorial data: every seed record has its English, checked against the
 * checksum of the French it translates; a changed French makes it stale, a new record missing.
 * The sentence introducing a list is translated once, under its source, keyed by the list's
 * rank among the source's lists of its role.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { YamlError } from '../src/core/read-yaml.ts';
import type { Corpus } from '../src/core/records.ts';
import { coverage, frenchStrings, leadInsOf, loadGlossary, loadTranslations, translate } from '../src/core/translations.ts';
import { ingestFolder, makeSources, root } from './helpers.ts';

let corpus: Corpus;
const english = loadTranslations(join(root, 'content/translations'), 'en');
beforeAll(async () => {
  corpus = await ingestFolder(join(root, 'content/sources'));
});

describe('the English translation of the seeds', () => {
  it('covers every attribution and every other French text, all current', () => {
    const report = coverage(corpus, english);
    expect(report.pending).toEqual([]);
    expect(report.orphans).toEqual([]);
    expect(report.counts).toEqual({ current: 49, stale: 0, missing: 0 });
    const attributions = corpus.missions.filter((mission) => mission.kind === 'attribution');
    expect(attributions).toHaveLength(26);
    for (const mission of attributions) expect(translate(english, mission.id, 'text', mission.text).status).toBe('current');
  });

  it('translates the three lead-ins once each, under their source', () => {
    const leadIns = leadInsOf([...corpus.missions, ...corpus.organs]);
    expect(leadIns.map(({ source, field, fr, records }) => [source, field, fr, records.length, translate(english, source, field, fr)])).toEqual([
      [
        'bj/secretariat-general',
        'lead_in/attributions/1',
        "A ce titre et sous l'autorité du Ministre, il :",
        11,
        { status: 'current', text: 'In this capacity and under the authority of the Minister, it:' },
      ],
      [
        'bj/secretariat-general',
        'lead_in/composition/1',
        'Le Secrétariat général du Ministère comprend :',
        8,
        { status: 'current', text: 'The Secretariat-General of the Ministry comprises:' },
      ],
      [
        'ml/secretariat-general',
        'lead_in/attributions/1',
        'A cet effet, il assure les attributions suivantes :',
        15,
        { status: 'current', text: 'To this end, the Secretary-General exercises the following functions:' },
      ],
    ]);
  });

  it('keeps the repetition of the source rather than correcting it', () => {
    const item = corpus.missions.find((mission) => mission.country === 'ML' && mission.ordinal === 4 && mission.kind === 'attribution')!;
    const text = translate(english, item.id, 'text', item.text).text!;
    expect(text.match(/at meetings with technical and financial partners and/g)).toHaveLength(2);
  });

  it('follows a glossary', () => {
    const glossary = loadGlossary(join(root, 'content/glossary.yaml'));
    expect(glossary.find((term) => term.fr === 'Secrétariat général')?.en).toBe('Secretariat-General');
    expect(glossary.length).toBeGreaterThanOrEqual(20);
  });
});

describe('translation status', () => {
  it('is stale when the French changes, and missing for a new record', async () => {
    const corpusChanged = await ingestFolder(
      makeSources({
        'ml/secretariat-general.txt':
          'A cet effet, il assure les attributions suivantes :\n  • Le suivi de la bonne conservation des archives du ministère.\n  • La tenue du registre du courrier.\n',
        'ml/secretariat-general.yaml': 'country: ML\nlanguage: fr\ntitle: Le Secrétariat Général\ninstitution: Secrétariat Général\n',
      }),
    );
    const statuses = frenchStrings(corpusChanged).map(({ id, field, fr }) => [id, field, translate(english, id, field, fr).status]);
    expect(statuses).toEqual([
      ['ml/secretariat-general', 'title', 'current'],
      ['ml/secretariat-general', 'institution', 'current'],
      ['ml/secretariat-general/attribution/suivi-bonne-conservation-archives-ministere', 'text', 'missing'],
      ['ml/secretariat-general/attribution/tenue-registre-courrier', 'text', 'missing'],
      ['ml/secretariat-general', 'lead_in/attributions/1', 'current'],
    ]);
    const seedItem = corpus.missions.find((mission) => mission.id === 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement')!;
    expect(translate(english, seedItem.id, 'text', seedItem.text.replace('département', 'ministère')).status).toBe('stale');
  });

  it('refuses a translation file that does not match its schema, naming the file', () => {
    const folder = makeSources({ 'en/x.yaml': 'a/b:\n  text:\n    fr_sha256: "123"\n    en: "x"\n' });
    const load = () => loadTranslations(folder, 'en');
    expect(load).toThrow(YamlError);
    expect(load).toThrow(
      `${join(folder, 'en/x.yaml')}:3:16: Unexpected value for \`a/b.text.fr_sha256\`: expected a SHA-256 checksum: 64 lower-case hexadecimal digits; fix the entry`,
    );
  });
});

describe('the translation of a lead-in', () => {
  const fixture = join(root, 'tests/fixtures/translations/lead-ins');
  const input = readFileSync(join(fixture, 'input.txt'), 'utf8');
  const translations = loadTranslations(fixture, 'en');
  const ingest = (text: string) =>
    ingestFolder(makeSources({ 'sn/secretariat-general.txt': text, 'sn/secretariat-general.yaml': readFileSync(join(fixture, 'input.yaml')) }));
  /** Each lead-in's field, the list it introduces (its first record) and the status of its English. */
  const statuses = (changed: Corpus) =>
    leadInsOf([...changed.missions, ...changed.organs]).map(
      ({ field, fr, records }) =>
        [field, records[0]!.replace('sn/secretariat-general/', ''), translate(translations, 'sn/secretariat-general', field, fr).status] as const,
    );

  it('is read from the file under the source id, one per list, ranked among the lists of its role', async () => {
    const fixed = await ingest(input);
    expect(statuses(fixed)).toEqual([
      ['lead_in/attributions/1', 'attribution/coordination-services-ministere', 'current'],
      ['lead_in/composition/1', 'organ/cellule-juridique', 'current'],
      ['lead_in/attributions/2', 'attribution/tenue-archives-ministere', 'current'],
    ]);
    expect(
      translate(translations, 'sn/secretariat-general', 'lead_in/attributions/2', 'En outre, le Secrétaire général assure les attributions suivantes :'),
    ).toEqual({
      status: 'current',
      text: 'In addition, the Secretary-General ensures the following functions:',
    });
    const report = coverage(fixed, translations);
    expect(report.pending.filter(({ field }) => field.startsWith('lead_in/'))).toEqual([]);
    expect(report.orphans).toEqual([]);
  });

  it('keeps its key when lines are added above, and is stale when its French changes', async () => {
    const changed = await ingest(
      `REPUBLIQUE DU SENEGAL\n\n${input.replace('le Secrétaire général assure les attributions', 'le Secrétaire général exerce les attributions')}`,
    );
    expect(statuses(changed)).toEqual([
      ['lead_in/attributions/1', 'attribution/coordination-services-ministere', 'current'],
      ['lead_in/composition/1', 'organ/cellule-juridique', 'current'],
      ['lead_in/attributions/2', 'attribution/tenue-archives-ministere', 'stale'],
    ]);
    expect(coverage(changed, translations).pending.filter(({ field }) => field.startsWith('lead_in/'))).toEqual([
      { id: 'sn/secretariat-general', field: 'lead_in/attributions/2', status: 'stale' },
    ]);
  });

  it('is missing for a new list and stale where the new list took its rank, never the English of another sentence', async () => {
    const changed = await ingest(
      input.replace(
        'Le Secrétariat général comprend :',
        'Sont rattachés au Secrétariat général :\n\n- le Service de la documentation ;\n- le Bureau d’ordre.\n\nLe Secrétariat général comprend :',
      ),
    );
    expect(statuses(changed).filter(([field]) => field.startsWith('lead_in/composition/'))).toEqual([
      ['lead_in/composition/1', 'organ/service-documentation', 'stale'],
      ['lead_in/composition/2', 'organ/cellule-juridique', 'missing'],
    ]);
  });

  it('is an orphan once its list is gone', async () => {
    const changed = await ingest(input.slice(0, input.indexOf('En outre')));
    expect(coverage(changed, translations).orphans).toEqual(['sn/secretariat-general#lead_in/attributions/2']);
  });
});
