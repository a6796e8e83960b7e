/**
 * `npm run evaluate:ingest`: the scoring rule (normalisation, Python's SequenceMatcher ratio, the
 * match rule at its boundaries, the matching order) and the command on a small annotated folder
 * written for it, tests/fixtures/evaluate/ (two texts that ingest, one that stops for want of
 * structure, one whose metadata stops it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, digitsOf, type KindItems, normalise, rates, scoreKind, sequenceRatio } from '../src/evaluate/score-records.ts';
import { root, tempDir } from './helpers.ts';

/** The Thue–Morse word over a, b: aperiodic, so a slice of it is found in one place only. */
const thueMorse = (length: number) => Array.from({ length }, (_, i) => 'ab'[(i.toString(2).split('1').length - 1) % 2]).join('');
const longDuty =
  "veiller à la bonne exécution des décisions du ministre et des instructions données aux services centraux et déconcentrés du département, ainsi qu'au suivi des dossiers transmis par les autres ministères et les partenaires techniques et financiers";

describe('sequenceRatio', () => {
  // Each expectation is what Python 3 prints for difflib.SequenceMatcher(None, a, b).ratio().
  it.each([
    ['abcd', 'bcde', 0.75],
    ["coordonner l'action des services", "coordonne l'action des services du ministère", 0.8157894736842105],
    ['le bureau du courrier', 'la cellule informatique', 0.22727272727272727],
    ['2021145', '20210145', 0.9333333333333333],
    ['', '', 1],
    // Code points, as Python counts them: an emoji is one character, not two UTF-16 units.
    ['😀a', '😁a', 0.5],
    // b of 246 characters: autojunk drops its popular characters as anchors (0.8789… without it).
    [`${longDuty.slice(0, 180)} avec les directions`, longDuty, 0.8116591928251121],
    // Every character of b popular: only extensions from the start of each range match.
    [thueMorse(300).slice(30, 270), thueMorse(300), 0.014814814814814815],
  ])('%j against %j is %d, as in Python', (a, b, ratio) => {
    expect(sequenceRatio(a, b)).toBe(ratio);
  });
});

describe('normalise', () => {
  it.each([
    ['- coordonner l’action ;', "coordonner l'action"],
    ['-coordonner;', 'coordonner'],
    ['–\tsuivre les dossiers ,', 'suivre les dossiers'],
    ['•    veiller à la Gestion.', 'veiller à la gestion'],
    ['› la Cellule informatique :', 'la cellule informatique'],
    ['\uf0b7 tenir le fichier', 'tenir le fichier'],
    ['1. préparer', 'préparer'],
    ['12) préparer', 'préparer'],
    ['(3) préparer', 'préparer'],
    ['a) préparer', 'préparer'],
    ['iv. préparer', 'préparer'],
    ['1° préparer', 'préparer'],
    ['2 directeurs adjoints', '2 directeurs adjoints'],
    ['Article\u00a02\u202f:  le   Bureau', 'article 2 : le bureau'],
    ['l‘État ʼ ′ ´ `', "l'état ' ' ' '"],
    // NFD (e + combining acute) and NFC (é) compare equal.
    ['Secre\u0301tariat', 'secrétariat'],
  ])('%j → %j', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it('keeps only digits of a decree number', () => {
    expect(digitsOf('94-202 / PRM')).toBe('94202');
    expect(digitsOf('N°2013/112')).toBe('2013112');
    expect(digitsOf(null)).toBe('');
  });
});

describe('the match rule', () => {
  it('matches a text containing the other when the shorter is at least 80 % of the longer', () => {
    // Ratios near 0 (see above), so only containment can match: 240 of 300 characters, then 239.
    const extracted = thueMorse(300);
    expect(compare(extracted.slice(30, 270), extracted).match).toBe(true);
    expect(compare(extracted.slice(30, 269), extracted).match).toBe(false);
    expect(compare(extracted.slice(31, 270), extracted).match).toBe(false);
  });

  it('matches a ratio of 0.85, not one below', () => {
    expect(compare('abcdefghijklmnopqrst', 'abcXefghiYklmnopZrst')).toEqual({ match: true, ratio: 0.85 });
    expect(compare('abcdefghijklmnopqrst', 'abcXefghiYklmWopZrst')).toEqual({ match: false, ratio: 0.8 });
  });

  it('never matches an empty text (a number without digits)', () => {
    expect(compare('', '').match).toBe(false);
    expect(compare('2013112', '').match).toBe(false);
  });
});

/** Items compared on their normalised text. */
const items = (annotated: string[], extracted: string[]): KindItems => ({
  annotated,
  extracted,
  annotatedKeys: annotated.map(normalise),
  extractedKeys: extracted.map(normalise),
});

describe('scoreKind', () => {
  it('gives each annotated item, in order, the best unmatched record, the earliest on a tie', () => {
    const score = scoreKind(
      items(
        ['suivre le budget ;', 'suivre le budget ;', 'tenir les archives.'],
        ['suivre les budgets', 'suivre le budget', 'suivre le budget', 'la cellule informatique'],
      ),
    );
    // The first takes the exact record (ratio 1, the earlier of two); the second the other exact
    // one, not the closest but worse "suivre les budgets", which stays unmatched.
    expect(score).toEqual({
      hits: 2,
      annotated: 3,
      extracted: 4,
      missed: ['tenir les archives.'],
      spurious: ['suivre les budgets', 'la cellule informatique'],
    });
  });

  it('gives undefined rates as null, and F1 0 when nothing matched', () => {
    expect(rates({ hits: 0, annotated: 0, extracted: 0 })).toEqual({ precision: null, recall: null, f1: null });
    expect(rates({ hits: 0, annotated: 3, extracted: 0 })).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(rates({ hits: 3, annotated: 4, extracted: 6 })).toEqual({ precision: 0.5, recall: 0.75, f1: 0.6 });
  });
});

const fixtures = join(root, 'tests/fixtures/evaluate');

/** Runs the command on the Node running the tests. */
function evaluate(args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/evaluate-ingest.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run evaluate:ingest', () => {
  const json = join(tempDir(), 'figures.json');
  const run = evaluate([fixtures, '--json', json, '--misses']);
  const figures = JSON.parse(readFileSync(json, 'utf8'));
  const counts = (kinds: Record<string, { hits: number; annotated: number; extracted: number }>) =>
    Object.fromEntries(Object.entries(kinds).map(([kind, { hits, annotated, extracted }]) => [kind, [hits, annotated, extracted]]));

  it('scores each text on its own: hits, annotated, extracted per kind', () => {
    expect(run.status).toBe(0);
    expect(figures.texts.map((text: { text: string; kinds: never }) => [text.text, counts(text.kinds)])).toEqual([
      ['01-sn-peche-secretariat-general.txt', { attributions: [4, 4, 4], organs: [3, 3, 3], officials: [1, 1, 1], decrees: [0, 0, 0] }],
      // Metadata from the annotation; the loi of the recitals is not counted.
      ['02-ml-agriculture-decret.txt', { attributions: [3, 3, 3], organs: [3, 3, 3], officials: [0, 0, 0], decrees: [2, 2, 2] }],
      ['03-bj-historique.txt', { attributions: [0, 0, 0], organs: [0, 0, 0], officials: [0, 0, 0], decrees: [0, 0, 0] }],
      ['04-cm-tourisme-secretariat-general.txt', { attributions: [0, 3, 0], organs: [0, 0, 0], officials: [0, 1, 0], decrees: [0, 0, 0] }],
    ]);
    expect(counts(figures.overall)).toEqual({ attributions: [7, 10, 7], organs: [6, 6, 6], officials: [1, 2, 1], decrees: [2, 2, 2] });
    const f1 = Object.fromEntries(Object.entries(figures.overall as Record<string, { f1: number }>).map(([kind, { f1 }]) => [kind, f1.toFixed(4)]));
    expect(f1).toEqual({ attributions: '0.8235', organs: '1.0000', officials: '0.6667', decrees: '1.0000' });
  });

  it('lists the texts that stopped, with their placed message', () => {
    const stopped = figures.texts.filter((text: { stopped: string | null }) => text.stopped !== null);
    expect(stopped.map((text: { text: string }) => text.text)).toEqual(['03-bj-historique.txt', '04-cm-tourisme-secretariat-general.txt']);
    expect(stopped[0].stopped).toMatch(/^03-bj-historique\.txt:1:1: Unexpected text with no recognisable structure/);
    expect(stopped[1].stopped).toMatch(/^04-cm-tourisme-secretariat-general\.yaml:1:10: Unexpected value for `country`/);
    expect(run.stdout).toContain('Stopped (2):\n  03-bj-historique.txt:1:1: Unexpected text with no recognisable structure');
  });

  it('writes stable JSON: rates, null where undefined, and the misses', () => {
    expect(figures.overall.officials).toEqual({ hits: 1, annotated: 2, extracted: 1, precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(figures.texts[2].kinds.decrees).toEqual({ hits: 0, annotated: 0, extracted: 0, precision: null, recall: null, f1: null, missed: [], spurious: [] });
    expect(figures.texts[3].kinds.officials.missed).toEqual(['Paul ATANGANA']);
    const again = join(tempDir(), 'again.json');
    evaluate([fixtures, '--json', again]);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(json, 'utf8'));
  });

  it('prints a table per text, the overall table and, with --misses, what matched nothing', () => {
    expect(run.stdout).toContain(
      [
        'Overall, 4 texts',
        '  kind          hits  annotated  extracted      P      R     F1',
        '  attributions     7         10          7  1.000  0.700  0.824',
        '  organs           6          6          6  1.000  1.000  1.000',
        '  officials        1          2          1  1.000  0.500  0.667',
        '  decrees          2          2          2  1.000  1.000  1.000',
      ].join('\n'),
    );
    expect(run.stdout).toContain('04-cm-tourisme-secretariat-general.txt (stopped: no records)\n  kind          hits  annotated  extracted  P      R     F1\n');
    expect(run.stdout).toContain("  attributions annotated, not found:\n    - suit l'exécution des décisions du Ministre ;\n");
    expect(evaluate([fixtures]).stdout).not.toContain('not found');
  });

  it('exits 1 when an annotated kind is under --min-f1, saying which', () => {
    expect(evaluate([fixtures, '--min-f1', '0.6']).status).toBe(0);
    const under = evaluate([fixtures, '--min-f1', '0.7']);
    expect(under.status).toBe(1);
    expect(under.stderr).toContain('Overall F1 below 0.7: officials 0.667');
    expect(evaluate([fixtures, '--min-f1', '0.9']).stderr).toContain('Overall F1 below 0.9: attributions 0.824, officials 0.667');
  });

  it('exits 2 on bad usage, with the help', () => {
    expect(evaluate(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('--min-f1 X') });
    expect(evaluate([])).toMatchObject({ status: 2, stderr: expect.stringContaining('expected one folder') });
    expect(evaluate([fixtures, '--min-f1', 'high'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--min-f1 expects a number') });
    expect(evaluate([join(root, 'tests/fixtures/ingest')])).toMatchObject({ status: 2, stderr: expect.stringContaining('no .txt to evaluate') });
    const unannotated = tempDir();
    writeFileSync(join(unannotated, 'a.txt'), 'Le Secrétariat général comprend :\n- le Bureau du courrier.\n');
    expect(evaluate([unannotated])).toMatchObject({ status: 2, stderr: expect.stringContaining('missing annotation for a.txt') });
  });
});

describe('the texts of the genre written for the project (tests/fixtures/genre/)', () => {
  // 144 texts in the genre's layouts, each with the annotation a careful reader makes: the
  // ingestion's figures on them, exactly, so that a change that loses a layout shows here.
  const json = join(tempDir(), 'genre.json');
  const run = evaluate([join(root, 'tests/fixtures/genre'), '--json', json]);

  it('are ingested with the figures they give today', () => {
    expect(run.status).toBe(0);
    const figures = JSON.parse(readFileSync(json, 'utf8'));
    expect(figures.texts).toHaveLength(144);
    // Organisation charts told by indentation or box-drawing alone: nothing of them is read yet.
    expect(figures.texts.filter((text: { stopped: string | null }) => text.stopped !== null).map((text: { text: string }) => text.text)).toEqual([
      'set4-10-ga-organigramme-indente.txt',
      'set5-16-bj-agriculture-organigramme.txt',
    ]);
    const overall = figures.overall as Record<string, { hits: number; annotated: number; extracted: number }>;
    expect(Object.fromEntries(Object.entries(overall).map(([kind, { hits, annotated, extracted }]) => [kind, [hits, annotated, extracted]]))).toEqual({
      attributions: [603, 610, 606],
      organs: [397, 435, 404],
      officials: [94, 103, 96],
      decrees: [156, 157, 156],
    });
  });
});
