/** The glossary's English for a term as a text writes it: any of an entry's forms, without case, accents or a final stop. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/core/translations.ts';
import { glossaryRendering } from '../src/lib/format.ts';
import { root } from './helpers.ts';

const glossary = loadGlossary(join(root, 'content/glossary.yaml'));

describe('the glossary’s rendering of an honorific', () => {
  it.each([
    ['Professeur', 'Professor'],
    ['PROFESSEURE', 'Professor'],
    ['Pr.', 'Professor'],
    ['Madame', 'Ms'],
    ['Mme', 'Ms'],
    ['M.', 'Mr'],
    ['Docteur', 'Dr'],
  ])('%s → %s', (term, english) => {
    expect(glossaryRendering(glossary, term)).toBe(english);
  });

  it('gives none for a term the glossary does not have, rather than a guess', () => {
    expect(glossaryRendering(glossary, 'Colonel')).toBeNull();
  });
});
