/**
 * The identifier rule (src/ingest/assign-ids.ts): a table of examples, then stability when a
 * source is re-captured with items inserted, removed or reordered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignIds, slugWords } from '../src/ingest/assign-ids.ts';
import { sourceId } from '../src/ingest/read-sources.ts';
import { ingestFolder, makeSources, root } from './helpers.ts';

describe('the identifier rule', () => {
  it.each([
    ['bj/secretariat-general.txt', 'bj/secretariat-general'],
    ['ML/Secrétariat Général.txt', 'ml/secretariat-general'],
    ['sn/decrets/2019_0457.txt', 'sn/decrets/2019-0457'],
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
