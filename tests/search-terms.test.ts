/**
 * What a search query's words are worth (src/browser/search-terms.ts), and the opening words a
 * provision's page title carries (src/lib/views.ts).
 */
import { describe, expect, it } from 'vitest';
import { answers, editDistance, isFunctionWord, mainWord, matchedWords, nearestWords, queryTerms } from '../src/browser/search-terms.ts';
import { openingWords } from '../src/lib/views.ts';

describe('queryTerms', () => {
  it('leaves out the terms made of function words only, in either language', () => {
    expect(queryTerms('le suivi de la conservation')).toEqual({ kept: ['suivi', 'conservation'], dropped: ['le', 'de', 'la'] });
    expect(queryTerms('  the  monitoring of   archives ')).toEqual({ kept: ['monitoring', 'archives'], dropped: ['the', 'of'] });
    expect(queryTerms('à, de la')).toEqual({ kept: [], dropped: ['à,', 'de', 'la'] });
  });

  it('keeps a term as typed when a word of it counts: an elision, a number with a hyphen', () => {
    expect(queryTerms("l'archive décret 94-202 d’")).toEqual({ kept: ["l'archive", 'décret', '94-202'], dropped: ['d’'] });
    expect(queryTerms('« » - ;')).toEqual({ kept: [], dropped: [] });
  });

  it('counts a single letter as a function word, not a single digit', () => {
    expect(isFunctionWord('a')).toBe(true);
    expect(isFunctionWord('À')).toBe(true);
    expect(isFunctionWord('Les')).toBe(true);
    expect(isFunctionWord('2')).toBe(false);
    expect(isFunctionWord('SG')).toBe(false);
  });

  it('names the word that carries a term', () => {
    expect(mainWord('d’archives')).toBe('archives');
    expect(mainWord('94-202')).toBe('202');
    expect(mainWord('de')).toBe('');
  });
});

describe('answers', () => {
  it('refuses Pagefind’s answer for a word it lacks: a function word the query starts with', () => {
    expect(answers('archvies', 'à')).toBe(false);
    expect(answers('archvies', 'a')).toBe(false);
    expect(answers('orchidée', 'or')).toBe(false);
    expect(answers('parlementaires', 'par')).toBe(false);
  });

  it('accepts the word itself, its other endings and a word being typed', () => {
    expect(answers('archives', 'archives,')).toBe(true);
    expect(answers('conservations', 'conservation.')).toBe(true);
    expect(answers('administratifs', 'administrative')).toBe(true);
    expect(answers('controle', 'contrôle')).toBe(true);
    expect(answers('arch', 'archives')).toBe(true);
    expect(answers('94-202', 'n°94-202/PM-RM')).toBe(true);
  });

  it('refuses a word sharing only the first letters of a long one', () => {
    expect(answers('conservatoire', 'conserver')).toBe(false);
    expect(answers('documentation', 'document')).toBe(false);
  });
});

describe('matchedWords', () => {
  it('reads the words at the matched locations, and the title’s', () => {
    const fragment = { content: 'Le suivi de la bonne conservation des archives du département.', locations: [1, 7], meta: { title: 'Attribution 15' } };
    expect(matchedWords(fragment)).toEqual(['suivi', 'archives', 'Attribution', '15']);
    expect(matchedWords({ content: 'a — b', locations: [1, 9], meta: {} })).toEqual([]);
  });
});

describe('nearestWords', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('archvies', 'archives')).toBe(1);
    expect(editDistance('controle', 'contrôle')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('offers the closest candidates first, one edit per four letters at most, each once', () => {
    const candidates = ['archiver', 'Archives', 'archives.', 'archivage', 'arche', 'à', 'archives'];
    expect(nearestWords('archvies', candidates)).toEqual(['archives', 'archiver']);
    expect(nearestWords('archvies', candidates, 1)).toEqual(['archives']);
    expect(nearestWords('arhc', ['arcs', 'arch'])).toEqual(['arch']);
    expect(nearestWords('xyzzy', candidates)).toEqual([]);
  });
});

describe('openingWords', () => {
  it('gives a short text whole, without its final punctuation', () => {
    expect(openingWords('Le suivi de la mise en œuvre des instructions ministérielles ;')).toBe('Le suivi de la mise en œuvre des instructions ministérielles');
  });

  it('cuts a long one between words, as written, and says so', () => {
    expect(openingWords('propose en liaison avec le Cabinet les orientations stratégiques destinées à traduire la vision')).toBe(
      'propose en liaison avec le Cabinet les orientations…',
    );
    expect(openingWords('un  texte\nsur deux lignes, assez long pour être coupé après la virgule, voilà', 32)).toBe('un texte sur deux lignes, assez…');
  });
});
