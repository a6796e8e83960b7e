/**
 * The comparison: a complete bilingual taxonomy, reviewed themes for every seed attribution,
 * reviewed cross-links that hold together, and suggestions for a source nobody has reviewed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateClassifier } from '../src/compare/classify-themes.ts';
import { loadEditorial } from '../src/compare/editorial.ts';
import { tokenize } from '../src/compare/tokenize.ts';
import type { Corpus } from '../src/core/records.ts';
import { inverse } from '../src/core/records.ts';
import { editorial, ingestFolder, makeSources, root } from './helpers.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await ingestFolder(join(root, 'content/sources'));
});

describe('the taxonomy', () => {
  it('has 10 to 20 themes, each labelled and defined in French and English', () => {
    expect(editorial.themes.length).toBeGreaterThanOrEqual(10);
    expect(editorial.themes.length).toBeLessThanOrEqual(20);
    expect(new Set(editorial.themes.map((theme) => theme.id)).size).toBe(editorial.themes.length);
    for (const theme of editorial.themes) {
      for (const lang of ['fr', 'en'] as const) {
        expect(theme.label[lang].length, `${theme.id} label ${lang}`).toBeGreaterThan(3);
        expect(theme.definition[lang], `${theme.id} definition ${lang}`).toMatch(/^\p{Lu}.{20,}\.$/u);
      }
      expect(theme.label.fr).not.toBe(theme.label.en);
    }
  });
});

describe('the seeds', () => {
  it('give every attribution at least one reviewed theme, with its justification in both languages', () => {
    const attributions = corpus.missions.filter((mission) => mission.kind === 'attribution');
    expect(attributions).toHaveLength(26);
    for (const mission of attributions) {
      const themes = corpus.assignments.filter((assignment) => assignment.attribution === mission.id);
      expect(themes.length, mission.id).toBeGreaterThanOrEqual(1);
      for (const assignment of themes) {
        expect(assignment.status).toBe('reviewed');
        expect(assignment.justification?.fr.length).toBeGreaterThan(10);
        expect(assignment.justification?.en.length).toBeGreaterThan(10);
      }
    }
    expect(corpus.assignments.filter((assignment) => assignment.status === 'suggested')).toEqual([]);
  });

  it('link Benin’s and Mali’s provisions on a theme their attributions carry, each pair once, with rationales in both languages', () => {
    const reviewed = corpus.links.filter((link) => link.status === 'reviewed');
    expect(reviewed).toHaveLength(15);
    expect(corpus.links.filter((link) => link.status === 'suggested')).toEqual([]);
    const pairs = new Set<string>();
    for (const link of reviewed) {
      const [from, to] = [link.from, link.to].map((id) => corpus.missions.find((mission) => mission.id === id)!);
      expect([from!.country, to!.country]).toEqual(['BJ', 'ML']);
      // A general provision carries no theme: the link rests on the theme of its attribution end, if any.
      for (const end of [from!, to!].filter((mission) => mission.kind === 'attribution'))
        expect(corpus.assignments.some((a) => a.attribution === end.id && a.theme === link.theme)).toBe(true);
      const key = [link.from, link.to].sort().join(' ');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
      expect(link.rationale.fr).toMatch(/^\p{Lu}.+[.!]$/u);
      expect(link.rationale.en).toMatch(/^\p{Lu}.+[.!]$/u);
    }
  });

  it('align every provision: linked to the other country, or said to have no counterpart there, with the reason in both languages', () => {
    const linked = new Set(corpus.links.flatMap((link) => [link.from, link.to]));
    const alone = corpus.missions.filter((mission) => !linked.has(mission.id));
    expect(alone.map((mission) => `${mission.country} ${mission.kind} ${mission.ordinal}`)).toEqual([
      'BJ general 2',
      'BJ attribution 4',
      'BJ attribution 6',
      'BJ attribution 7',
      'BJ attribution 9',
      'BJ attribution 10',
      'ML attribution 6',
      'ML attribution 12',
      'ML attribution 14',
      'ML attribution 15',
    ]);
    expect(corpus.unmatched.map((entry) => entry.record).sort()).toEqual(alone.map((mission) => mission.id).sort());
    for (const entry of corpus.unmatched) {
      expect(entry.country).toBe(entry.record.startsWith('bj/') ? 'ML' : 'BJ');
      expect(entry.reason.fr).toMatch(/^\p{Lu}.{30,}[.!]$/u);
      expect(entry.reason.en).toMatch(/^\p{Lu}.{30,}[.!]$/u);
    }
  });
});

describe('relations', () => {
  it('read the other way round from the other end', () => {
    expect(['equivalent', 'broader', 'narrower', 'partial'].map((relation) => inverse(relation as never))).toEqual([
      'equivalent',
      'narrower',
      'broader',
      'partial',
    ]);
  });
});

describe('a new source nobody has reviewed', () => {
  it('gets suggested themes and suggested links, without error', async () => {
    const added = await ingestFolder(
      makeSources({
        ...Object.fromEntries(
          ['bj', 'ml'].flatMap((cc) => [
            [`${cc}/secretariat-general.txt`, readSource(`${cc}/secretariat-general.txt`)],
            [`${cc}/secretariat-general.yaml`, readSource(`${cc}/secretariat-general.yaml`)],
          ]),
        ),
        'sn/secretariat-general.txt':
          'Le Secrétaire général est chargé de :\n- assurer la conservation des archives du ministère ;\n- suivre la mise en œuvre des recommandations des corps de contrôle ;\n- préparer les réunions de coordination des services.\n',
        'sn/secretariat-general.yaml': 'country: SN\nlanguage: fr\ntitle: Secrétariat général\n',
      }),
    );
    const suggested = added.assignments.filter((assignment) => assignment.status === 'suggested');
    expect(new Set(suggested.map((assignment) => assignment.attribution)).size).toBe(3);
    for (const assignment of suggested) expect(assignment.justification).toBeNull();
    const newLinks = added.links.filter((link) => link.status === 'suggested');
    expect(newLinks.length).toBeGreaterThan(0);
    for (const link of newLinks) {
      expect([link.from, link.to].some((id) => id.startsWith('sn/'))).toBe(true);
      expect(link.rationale.en).toMatch(/^Suggested automatically: /);
    }
    expect(added.links.filter((link) => link.status === 'reviewed')).toEqual(corpus.links.filter((link) => link.status === 'reviewed'));
  });
});

describe('the classifier', () => {
  it('is French-aware: accents folded, stems, stop words', () => {
    expect(tokenize('La conservation des Archives du département')).toEqual(['conserv', 'archiv']);
    expect(tokenize('coordonne')).toEqual(tokenize('coordonner'));
    expect(tokenize('élaboration')).toEqual(tokenize('elaboration'));
  });

  it('finds the main theme of reviewed attributions it was not trained on', () => {
    const result = evaluateClassifier(corpus.missions, editorial);
    expect(result).toEqual(EXPECTED_ACCURACY);
  });
});

describe('editorial data', () => {
  it('is refused, naming the file, when a link rests on a theme one end does not carry', () => {
    const folder = makeSources({
      'themes.yaml':
        '- id: a\n  label: {fr: "Aaa", en: "Aaa"}\n  definition: {fr: "Une définition.", en: "A definition."}\n- id: b\n  label: {fr: "Bbb", en: "Bbb"}\n  definition: {fr: "Une définition.", en: "A definition."}\n',
      'assignments.yaml':
        'x/1:\n  - theme: a\n    justification: {fr: "Parce que.", en: "Because."}\ny/1:\n  - theme: b\n    justification: {fr: "Parce que.", en: "Because."}\n',
      'links.yaml': '- from: x/1\n  to: y/1\n  relation: partial\n  theme: a\n  rationale: {fr: "Proches.", en: "Close."}\n',
    });
    const read = loadEditorial(folder);
    expect(read.failed).toBe(true);
    expect(read.files.flatMap((file) => file.messages.map(String))).toEqual([
      `${join(folder, 'links.yaml')}:4:10: Unexpected link 1 (x/1 → y/1): theme \`a\` is not among the themes of y/1; assign it, or link on a theme both share`,
    ]);
  });
});

const EXPECTED_ACCURACY = { correct: 24, total: 26, accuracy: 0.923 };

function readSource(path: string): string {
  return readFileSync(join(root, 'content/sources', path), 'utf8');
}
