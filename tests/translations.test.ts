/**
 * Translations as editorial data: every seed record has its English, checked against the
 * checksum of the French it translates; a changed French makes it stale, a new record missing.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { YamlError } from '../src/core/read-yaml.ts';
import type { Corpus } from '../src/core/records.ts';
import { coverage, frenchStrings, loadGlossary, loadTranslations, translate } from '../src/core/translations.ts';
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
    expect(report.counts).toEqual({ current: 46, stale: 0, missing: 0 });
    const attributions = corpus.missions.filter((mission) => mission.kind === 'attribution');
    expect(attributions).toHaveLength(26);
    for (const mission of attributions) expect(translate(english, mission.id, 'text', mission.text).status).toBe('current');
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
