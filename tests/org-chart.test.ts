/**
 * Who stands where in an organisation chart, read from the records of the seed corpus: the head
 * and deputy named by their posts, and, where no record names the head, the Secrétariat itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../src/core/records.ts';
import { chartPlan } from '../src/lib/org-chart.ts';
import { root } from './helpers.ts';

const corpus = Corpus.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/seeds/corpus.json'), 'utf8')));
const organs = corpus.organs.filter((organ) => organ.source === 'bj/secretariat-general');
const officials = corpus.officials.filter((official) => official.source === 'bj/secretariat-general');
const names = (records: Array<{ text: string }>) => records.map((record) => record.text);

describe('the organisation chart', () => {
  it('is headed by the organ that is the post of Secrétaire général, its deputy next, the units below in source order', () => {
    const plan = chartPlan(organs, officials);
    expect(plan.head?.id).toBe('bj/secretariat-general/organ/secretaire-general-ministere');
    expect(plan.deputies.map((deputy) => deputy.id)).toEqual(['bj/secretariat-general/organ/secretaire-general-adjoint-ministere']);
    expect(plan.units).toHaveLength(6);
    expect(names(plan.units)).toEqual(names(organs.filter((organ) => organ.position === null)));
  });

  it('is headed by the official in post when no organ is the post', () => {
    const plan = chartPlan(
      organs.filter((organ) => organ.position === null),
      officials,
    );
    expect([plan.head?.kind, plan.head?.id]).toEqual(['official', 'bj/secretariat-general/official/secretaire-general-ministere']);
    expect(plan.deputies.map((deputy) => deputy.kind)).toEqual(['official']);
  });

  it('is headed by the Secrétariat itself where no record names the head, every organ a unit', () => {
    const units = organs.filter((organ) => organ.position === null);
    const plan = chartPlan(units, []);
    expect(plan.head).toBeNull();
    expect(plan.deputies).toEqual([]);
    expect(plan.units).toEqual(units);
  });
});
