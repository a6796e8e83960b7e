/**
 * The identifier rule (src/ingest/assign-ids.ts): a table of examples, bounded lengths, then
 * stability when a source is re-captured with items inserted, removed or reordered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignIds, slugWords, sourceId } from '../src/ingest/assign-ids.ts';
import { ingestFolder, makeSources, root } from './helpers.ts';

describe('the identifier rule', () => {
  it.each([
    ['bj/secretariat-general.txt', 'bj/secretariat-general'],
    ['ML/Secrétariat Général.txt', 'ml/secretariat-general'],
    ['sn/decrets/2019_0457.txt', 'sn/decrets/2019-0457'],
    // Bounded: a word past 32 characters, a name past 120, an id past 240.
    [`sn/${'a'.repeat(269)}.txt`, 'sn/aaaaaaaaaaaaaaaaaaaaaaa-b9d19181'],
    [
      'sn/Décret portant organisation et fonctionnement du Secrétariat général du Ministère de l’Économie numérique et de la Prospective 2019.txt',
      'sn/decret-portant-organisation-et-fonctionnement-du-secretariat-general-du-ministere-de-l-economie-numerique-et-de-39832fcb',
    ],
    [
      `${Array.from({ length: 12 }, (_, i) => `dossier-numero-${i}-des-textes-recus`).join('/')}/x.txt`,
      `${Array.from({ length: 6 }, (_, i) => `dossier-numero-${i}-des-textes-recus`).join('/')}/980d3a95`,
    ],
  ])('source %s → %s', (path, id) => {
    expect(sourceId(path)).toBe(id);
  });

  it.each([
    ['Le suivi de la bonne conservation des archives du département.', 'attribution', 'src/attribution/suivi-bonne-conservation-archives-departement'],
    ['L’autorisation de la participation aux séminaires, colloques', 'attribution', 'src/attribution/autorisation-participation-seminaires-colloques'],
    ['élabore, met en œuvre, évalue et capitalise le plan', 'attribution', 'src/attribution/elabore-met-oeuvre-evalue-capitalise-plan'],
    ['la Cellule juridique ;', 'organ', 'src/organ/cellule-juridique'],
    ['{x} <script>', 'attribution', 'src/attribution/x-script'],
    ['; ;', 'attribution', 'src/attribution/attribution'],
    // A run-together line from a PDF: each word past 32 characters is cut, with a tag of the whole word.
    [`${'a'.repeat(269)} coordonne ;`, 'attribution', 'src/attribution/aaaaaaaaaaaaaaaaaaaaaaa-b9d19181-coordonne'],
    [
      'Lesecrétariatgénéralestchargédelacoordinationdesservicesdel’administrationcentraleetdesorganismesrattachés du ministère',
      'attribution',
      'src/attribution/lesecretariatgeneralest-8e556142-administrationcentralee-d3ade981-ministere',
    ],
  ])('%j (%s)', (text, type, id) => {
    expect(assignIds('src', [{ type, words: slugWords(text) }])).toEqual([id]);
  });

  it('lengthens colliding slugs until they differ, and numbers identical texts', () => {
    const texts = [
      'Le suivi de la mise en œuvre des instructions ministérielles ;',
      'Le suivi de la mise en œuvre des recommandations des services ;',
      'la Cellule juridique ;',
      'la Cellule juridique ;',
    ];
    expect(
      assignIds(
        's',
        texts.map((text) => ({ type: 'attribution', words: slugWords(text) })),
      ),
    ).toEqual([
      's/attribution/suivi-mise-oeuvre-instructions-ministerielles',
      's/attribution/suivi-mise-oeuvre-recommandations-services',
      's/attribution/cellule-juridique',
      's/attribution/cellule-juridique-2',
    ]);
  });

  it('keeps distinct long words distinct, and bounds a slug lengthened by collisions', () => {
    const long = 'a'.repeat(269);
    expect(
      assignIds(
        's',
        [`${long}b`, `${long}c`].map((text) => ({ type: 'attribution', words: slugWords(text) })),
      ),
    ).toEqual(['s/attribution/aaaaaaaaaaaaaaaaaaaaaaa-7953af0e', 's/attribution/aaaaaaaaaaaaaaaaaaaaaaa-2ee8daa7']);
    const base =
      'Le suivi de la coordination administrative des services centraux et déconcentrés du ministère chargé des finances publiques et du budget de l’État dans les régions';
    const ids = assignIds(
      's',
      [`${base} du nord ;`, `${base} du sud ;`].map((text) => ({ type: 'attribution', words: slugWords(text) })),
    );
    expect(ids).toEqual([
      's/attribution/suivi-coordination-administrative-services-centraux-deconcentres-ministere-charge-finances-publiques-budget-cb4471b6',
      's/attribution/suivi-coordination-administrative-services-centraux-deconcentres-ministere-charge-finances-publiques-budget-f066f914',
    ]);
    for (const id of ids) expect(id.split('/').at(-1)!.length).toBeLessThanOrEqual(120);
  });

  it('numbers identical texts past a number that another text ends in', () => {
    expect(
      assignIds(
        's',
        ['la Cellule juridique ;', 'la Cellule juridique ;', 'la Cellule juridique 2 ;'].map((text) => ({ type: 'organ', words: slugWords(text) })),
      ),
    ).toEqual(['s/organ/cellule-juridique', 's/organ/cellule-juridique-3', 's/organ/cellule-juridique-2']);
  });

  it('keeps decree numbers whole', () => {
    expect(assignIds('s', [{ type: 'decree', words: slugWords('décret 94-202/PM-RM', true) }])).toEqual(['s/decree/decret-94-202-pm-rm']);
  });
});

describe('ids across re-captures of a source', () => {
  const seed = readFileSync(join(root, 'content/sources/ml/secretariat-general.txt'), 'utf8');
  const yaml = readFileSync(join(root, 'content/sources/ml/secretariat-general.yaml'), 'utf8');
  const idsOf = async (body: string) => {
    const corpus = await ingestFolder(makeSources({ 'ml/secretariat-general.txt': body, 'ml/secretariat-general.yaml': yaml }));
    return new Map([...corpus.missions, ...corpus.decrees].map((record) => [record.text, record.id]));
  };

  it('are the same when the source is ingested again unchanged', async () => {
    expect([...(await idsOf(seed))]).toEqual([...(await idsOf(seed))]);
  });

  it('survive an item inserted, one removed and two swapped', async () => {
    const before = await idsOf(seed);
    const lines = seed.split('\n');
    const first = lines.findIndex((line) => line.includes('La finalisation'));
    const changed = [...lines];
    [changed[first + 1], changed[first + 2]] = [changed[first + 2]!, changed[first + 1]!];
    changed.splice(first + 5, 1);
    changed.splice(first, 0, '  • La tenue du registre des actes du département ;');
    const after = await idsOf(changed.join('\n'));

    const removed = lines[first + 5]!.replace(/^\s*•\s*/, '');
    for (const [text, id] of before) {
      if (text === removed) expect(after.has(text)).toBe(false);
      else expect(after.get(text)).toBe(id);
    }
    expect(after.get('La tenue du registre des actes du département ;')).toBe('ml/secretariat-general/attribution/tenue-registre-actes-departement');
  });
});
