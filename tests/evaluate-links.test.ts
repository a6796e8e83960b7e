/**
 * `npm run evaluate:links`: the measure on a small corpus written for it (four duties in each of
 * two countries and a general provision, five reviewed links of which two cannot be measured),
 * figure by figure; the command on it; and the command on the repository's content, without
 * pinning its figures (the reviewed links are being rewritten).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vectorise } from '../src/compare/compare.ts';
import { type EditorialRead, loadEditorial } from '../src/compare/editorial.ts';
import { evaluateLinks } from '../src/compare/evaluate-links.ts';
import { LinkIndex, suggestLinks } from '../src/compare/suggest-links.ts';
import { readCorpus } from '../src/core/read-corpus.ts';
import { makeSources, root, runCli, tempDir } from './helpers.ts';

const SN = 'sn/secretariat-general/attribution/';
const CI = 'ci/secretariat-general/attribution/';
const ids = {
  snArchives: `${SN}assurer-conservation-archives-ministere-gestion-documentation`,
  snCoordination: `${SN}coordonner-activites-directions-services-ministere`,
  snBudget: `${SN}preparer-budget-ministere-suivre-execution`,
  snRepresentation: `${SN}representer-ministre-reunions-interministerielles`,
  snGeneral: 'sn/secretariat-general/general/secretariat-general-est-place-autorite-directe',
  ciArchives: `${CI}veiller-bonne-conservation-archives-documentation-departement`,
  ciCoordination: `${CI}animer-coordonner-action-services-centraux`,
  ciExecution: `${CI}suivre-execution-budget-marches-publics`,
  ciAccounts: `${CI}tenir-comptabilite-credits-alloues-departement`,
  ciAbsent: `${CI}representer-ministre-conseil`,
};

const sources = {
  'sn/secretariat-general.txt': [
    "Le Secrétariat général est placé sous l'autorité directe du Ministre.",
    '',
    'Le Secrétaire général est chargé de :',
    '- assurer la conservation des archives du ministère et la gestion de sa documentation ;',
    '- coordonner les activités des directions et des services du ministère ;',
    '- préparer le budget du ministère et suivre son exécution ;',
    '- représenter le Ministre aux réunions interministérielles.',
    '',
  ].join('\n'),
  'sn/secretariat-general.yaml': 'country: SN\nlanguage: fr\ntitle: Secrétariat général\n',
  'ci/secretariat-general.txt': [
    'Le Secrétaire général est chargé de :',
    '- veiller à la bonne conservation des archives et de la documentation du département ;',
    "- animer et coordonner l'action des services centraux ;",
    "- suivre l'exécution du budget et des marchés publics ;",
    '- tenir la comptabilité des crédits alloués au département.',
    '',
  ].join('\n'),
  'ci/secretariat-general.yaml': 'country: CI\nlanguage: fr\ntitle: Secrétariat général\n',
};

const theme = (id: string, fr: string, definition: string) =>
  `- id: ${id}\n  label: { fr: "${fr}", en: "${id}" }\n  definition: { fr: "${definition}", en: "What falls under ${id}." }\n`;
const assigned = (id: string, themeId: string) => `"${id}":\n  - theme: ${themeId}\n    justification: { fr: "Parce que.", en: "Because." }\n`;
const link = (from: string, to: string, themeId: string) =>
  `- from: "${from}"\n  to: "${to}"\n  relation: partial\n  theme: ${themeId}\n  rationale: { fr: "Comparables.", en: "Comparable." }\n`;

const comparison = {
  'themes.yaml': [
    theme('archives', 'Archives et documentation', 'Conserver les archives et tenir la documentation du ministère.'),
    theme('coordination', 'Coordination des services', 'Animer et coordonner les directions et les services.'),
    theme('budget', 'Budget et finances', "Préparer le budget, en suivre l'exécution et tenir les comptes."),
    theme('representation', 'Représentation', 'Représenter le Ministre auprès des autres institutions.'),
  ].join(''),
  'assignments.yaml': [
    assigned(ids.snArchives, 'archives'),
    assigned(ids.snCoordination, 'coordination'),
    assigned(ids.snBudget, 'budget'),
    assigned(ids.snRepresentation, 'representation'),
    assigned(ids.ciArchives, 'archives'),
    assigned(ids.ciCoordination, 'coordination'),
    assigned(ids.ciExecution, 'budget'),
    assigned(ids.ciAccounts, 'budget'),
  ].join(''),
  'links.yaml': [
    // Same words: found from either end.
    link(ids.snArchives, ids.ciArchives, 'archives'),
    link(ids.snCoordination, ids.ciCoordination, 'coordination'),
    // An editor's reading the words do not show: the budget's execution looks closer.
    link(ids.snBudget, ids.ciAccounts, 'budget'),
    // Not measured: a general provision, an attribution that is not in the corpus.
    link(ids.snGeneral, ids.ciCoordination, 'coordination'),
    link(ids.snRepresentation, ids.ciAbsent, 'representation'),
  ].join(''),
};

const folder = makeSources({ ...Object.fromEntries(Object.entries(sources).map(([path, text]) => [`sources/${path}`, text])), ...comparison });
const out = tempDir();
const ingested = runCli(['--sources', join(folder, 'sources'), '--comparison', folder, '--out', out]);
const corpusJson = join(out, 'corpus.json');

/** The editorial data read, or a failed test saying why. */
function editorialOf(read: EditorialRead) {
  if (read.failed) throw new Error(read.files.flatMap((file) => file.messages.map(String)).join('\n'));
  return read.editorial;
}

/** Runs the command on the Node running the tests. */
function evaluate(args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/evaluate-links.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the measure, on a corpus written for it', () => {
  it('ingests', () => {
    expect(ingested.status, ingested.stderr).toBe(0);
  });

  const missions = () => readCorpus(corpusJson).missions;
  const editorial = () => editorialOf(loadEditorial(folder));

  it('holds each link out from either end and counts recall@3 and precision@1', () => {
    const result = evaluateLinks(missions(), editorial());
    expect(result).toMatchObject({
      k: 3,
      links: 5,
      evaluated: 3,
      recall: { from: { hits: 2, total: 3, rate: 2 / 3 }, to: { hits: 2, total: 3, rate: 2 / 3 }, both: { hits: 4, total: 6, rate: 2 / 3 } },
      // Both ends of the archives and of the coordination find each other; the budget's
      // execution and its preparation do, and neither is a reviewed link.
      precision: { hits: 4, total: 6, rate: 2 / 3 },
      // Representation and the accounts: no candidate in the other country.
      unsuggested: 2,
    });
    expect(result.skipped).toEqual([
      { link: 3, from: ids.snGeneral, to: ids.ciCoordination, reason: 'not-an-attribution' },
      { link: 4, from: ids.snRepresentation, to: ids.ciAbsent, reason: 'not-in-corpus' },
    ]);
  });

  it('says of each miss what was proposed instead and why the expected end was not', () => {
    const { misses } = evaluateLinks(missions(), editorial());
    expect(misses).toEqual([
      {
        link: 2,
        held: 'from',
        duty: ids.snBudget,
        expected: ids.ciAccounts,
        themes: ['budget'],
        proposed: [{ id: ids.ciExecution, score: 0.57, theme: 'budget' }],
        reason: 'below-threshold',
        rank: null,
        score: 0,
        expectedThemes: ['budget'],
      },
      {
        link: 2,
        held: 'to',
        duty: ids.ciAccounts,
        expected: ids.snBudget,
        // The classifier's themes, not the editor's (budget alone): the held-out end is unreviewed.
        themes: ['archives', 'budget'],
        proposed: [],
        reason: 'below-threshold',
        rank: null,
        score: 0,
        expectedThemes: ['budget'],
      },
    ]);
  });

  it('lists the best candidates that are no reviewed link, with the reviewed ones', () => {
    expect(evaluateLinks(missions(), editorial()).wrong).toEqual([
      { duty: ids.ciExecution, proposed: { id: ids.snBudget, score: 0.57, theme: 'budget' }, reviewed: [] },
      { duty: ids.snBudget, proposed: { id: ids.ciExecution, score: 0.57, theme: 'budget' }, reviewed: [ids.ciAccounts] },
    ]);
  });

  it('ranks as the suggester picks: its suggestion is the first candidate of the country', () => {
    const all = missions().filter((mission) => mission.kind === 'attribution');
    const { vectors } = vectorise(all, editorial());
    const items = all.map((mission) => ({
      id: mission.id,
      country: mission.country,
      vector: vectors.get(mission.id)!,
      themes: editorial().assignments[mission.id]!.map(({ theme }) => theme),
      reviewed: false,
    }));
    const index = new LinkIndex(items);
    const firsts = new Set(
      items.flatMap((item) => {
        const best = index.rank(item)[0];
        return best ? [[item.id, best.other.id].sort().join(' ')] : [];
      }),
    );
    const suggested = suggestLinks(items, new Map(editorial().themes.map((theme) => [theme.id, theme])));
    expect(suggested.length).toBeGreaterThan(0);
    expect(new Set(suggested.map(({ from, to }) => `${from} ${to}`))).toEqual(firsts);
  });
});

describe('npm run evaluate:links', () => {
  const args = ['--corpus', corpusJson, '--comparison', folder];

  it('prints the table, the misses, the wrong best candidates and the skipped links', () => {
    const run = evaluate(args);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      [
        'Link suggestions against 5 reviewed links (3 measured, 2 skipped)',
        '  measure              hits  total   rate',
        '  recall@3, from → to     2      3  0.667',
        '  recall@3, to → from     2      3  0.667',
        '  recall@3                4      6  0.667',
        '  precision@1             4      6  0.667',
      ].join('\n'),
    );
    expect(run.stdout).toContain('2 of 8 got none.');
    expect(run.stdout).toContain(
      [
        'Missed at recall@3 (2):',
        '  link 3, from → to',
        `    duty      ${ids.snBudget} (themes: budget)`,
        `    expected  ${ids.ciAccounts} (themes: budget): similarity 0.000, under the 0.08 threshold`,
        `    proposed  0.570 ${ids.ciExecution} (budget)`,
        '  link 3, to → from',
      ].join('\n'),
    );
    expect(run.stdout).toContain(`  ${ids.snBudget} → ${ids.ciExecution} (0.570, budget); reviewed: ${ids.ciAccounts}\n`);
    expect(run.stdout).toContain(`Skipped (2):\n  link 4 (${ids.snGeneral} → ${ids.ciCoordination}): an end is not an attribution\n`);
  });

  it('writes the figures as JSON, those of the measure', () => {
    const json = join(tempDir(), 'figures.json');
    expect(evaluate([...args, '--json', json]).status).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(evaluateLinks(readCorpus(corpusJson).missions, editorialOf(loadEditorial(folder))));
  });

  it('exits 1 under --min-recall, 2 on bad usage, 0 with the help', () => {
    expect(evaluate([...args, '--min-recall', '0.6']).status).toBe(0);
    expect(evaluate([...args, '--min-recall', '0.7'])).toMatchObject({ status: 1, stderr: expect.stringContaining('recall@3 0.667 below 0.7') });
    expect(evaluate([...args, '--min-recall', 'most'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--min-recall expects a number') });
    expect(evaluate(['--corpus', join(out, 'missing.json')])).toMatchObject({ status: 2, stderr: expect.stringContaining('run npm run ingest first') });
    expect(evaluate(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('--min-recall X') });
  });
});

describe('npm run evaluate:links on the repository’s content', () => {
  const own = tempDir();
  const ingest = runCli(['--out', own]);
  const json = join(tempDir(), 'figures.json');
  const run = evaluate(['--corpus', join(own, 'corpus.json'), '--json', json, '--min-recall', '1']);

  it('prints the table for the reviewed links', () => {
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^Link suggestions against \d+ reviewed links? \(\d+ measured, \d+ skipped\)\n {2}measure +hits +total +rate\n {2}recall@3, from → to +\d+ +\d+ +(?:\d\.\d{3}|—)\n {2}recall@3, to → from +\d+ +\d+ +(?:\d\.\d{3}|—)\n {2}recall@3 +\d+ +\d+ +(?:\d\.\d{3}|—)\n {2}precision@1 +\d+ +\d+ +(?:\d\.\d{3}|—)\n/,
    );
    expect(run.stdout).toMatch(/\nMissed at recall@3 \(\d+\)/);
    const figures = JSON.parse(readFileSync(json, 'utf8'));
    expect(figures.evaluated).toBeGreaterThan(0);
    // Under --min-recall 1, the exit says whether every held-out link was found.
    expect(run.status).toBe(figures.recall.both.rate < 1 ? 1 : 0);
  });
});
