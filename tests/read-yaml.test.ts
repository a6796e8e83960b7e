/**
 * The placed reader of YAML files: every problem of a file reported at once, each a message
 * placed (line:column) on the node it concerns and saying what to do; the editorial checks and
 * the comparison's warnings placed on the entry they concern.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compare } from '../src/compare/compare.ts';
import { loadEditorial } from '../src/compare/editorial.ts';
import { readYaml } from '../src/core/read-yaml.ts';
import { EditorialAssignments, Glossary, Theme } from '../src/core/records.ts';
import { readRegistry } from '../src/ingest/permalink-registry.ts';
import { ingestSources } from '../src/ingest/processor.ts';
import { makeSources, root, runCli, tempDir } from './helpers.ts';

/** Each message of the files as `file line:column severity reason rule`. */
const messages = (files: VFile[]) =>
  files.flatMap((file) =>
    file.messages.map(
      (message) => `${file.basename} ${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason} ${message.ruleId}`,
    ),
  );

/** Reads one YAML text, written to a fresh folder as `name`, against a schema. */
function read<T>(name: string, text: string, schema: z.ZodType<T>, empty: unknown = []) {
  return readYaml(join(makeSources({ [name]: text }), name), schema, { what: 'file', empty, source: 'test', ruleId: 'schema' });
}

const theme = (id: string) => `- id: ${id}\n  label: {fr: "Thème ${id}", en: "Theme ${id}"}\n  definition: {fr: "Une définition.", en: "A definition."}\n`;
const justified = (id: string) => `  - theme: ${id}\n    justification: {fr: "Parce que.", en: "Because."}\n`;
const link = (from: string, to: string, id: string) =>
  `- from: ${from}\n  to: ${to}\n  relation: partial\n  theme: ${id}\n  rationale: {fr: "Proches.", en: "Close."}\n`;

describe('a YAML file read against its schema', () => {
  it('gives the value of a valid file, and an empty one for a missing file', () => {
    const valid = read('themes.yaml', theme('a'), z.array(Theme));
    expect(valid.ok && valid.value.map((entry) => entry.id)).toEqual(['a']);
    expect(valid.file.messages).toEqual([]);
    const missing = readYaml(join(tempDir(), 'none.yaml'), Glossary, { what: 'file', empty: [], source: 'test', ruleId: 'schema' });
    expect(missing.ok && missing.value).toEqual([]);
  });

  it('reports every problem at once, each placed on its node', () => {
    const text = [
      theme('a'),
      '- id: Bad Id\n',
      '  label:\n',
      '    fr: Coordination\n',
      '    en: ""\n',
      '  definition: 5\n',
      '  colour: blue\n',
      '- label: {fr: "X", en: "X", de: "X"}\n',
    ].join('');
    const result = read('themes.yaml', text, z.array(Theme));
    expect(result.ok).toBe(false);
    expect(messages([result.file])).toEqual([
      'themes.yaml 4:7 error Unexpected value for `1.id`: expected a theme id: lower-case words joined by "-", such as policy-strategy; fix the entry schema',
      'themes.yaml 7:9 error Unexpected value for `1.label.en`: expected a non-empty text; fix the entry schema',
      'themes.yaml 8:15 error Unexpected scalar for `1.definition`, expected a mapping (`key: value` lines); fix the entry schema',
      'themes.yaml 9:3 error Unexpected key `colour` in `1`, expected one of id, label, definition schema',
      'themes.yaml 10:3 error Missing required keys `id` and `definition` in `2`: add them to the entry schema',
      'themes.yaml 10:29 error Unexpected key `de` in `2.label`, expected one of fr, en schema',
    ]);
  });

  it('places a problem deep in a nested entry on its node', () => {
    const text = `x/1:\n${justified('a')}y/1:\n  - theme: b\n    justification:\n      fr: "Parce que."\n      en: 42\n`;
    const result = read('assignments.yaml', text, EditorialAssignments, {});
    expect(messages([result.file])).toEqual([
      'assignments.yaml 8:11 error Unexpected scalar for `y/1.0.justification.en`, expected text; fix the entry schema',
    ]);
  });

  it('places an unknown key on the key, naming the keys expected there', () => {
    const result = read('glossary.yaml', '- fr: Secrétariat général\n  en: Secretariat-General\n  nite: a typo\n', Glossary);
    expect(messages([result.file])).toEqual(['glossary.yaml 3:3 error Unexpected key `nite` in `0`, expected one of fr, en, note schema']);
  });

  it('says what is expected at the top of the file', () => {
    const result = read('themes.yaml', 'id: a\n', z.array(Theme));
    expect(messages([result.file])).toEqual(['themes.yaml 1:1 error Unexpected mapping, expected a sequence (`- ` entries); fix the file schema']);
  });

  it('refuses an alias bomb, placed on the first alias, without expanding it', () => {
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
      .concat(Array.from({ length: 8 }, (_, level) => `${'bcdefghi'[level]}: &${'bcdefghi'[level]} [${Array(9).fill(`*${'abcdefgh'[level]}`).join(', ')}]`))
      .join('\n');
    const result = read('glossary.yaml', `${bomb}\n`, z.unknown(), null);
    expect(messages([result.file])).toEqual([
      'glossary.yaml 2:8 error Unexpected YAML aliases expanding to more than 100 values (an alias bomb), expected plain values: write the file out without aliases yaml',
    ]);
  });

  it('reports every syntax error, and does not validate a document that has one', () => {
    const result = read('themes.yaml', '- id: a\n  label: {fr: "A", en: "A"\n- id: "b\n', z.array(Theme));
    expect(result.ok).toBe(false);
    expect(messages([result.file])).toEqual([
      'themes.yaml 3:1 error Unexpected YAML: Flow map in block collection must be sufficiently indented and end with a }; fix the syntax of the file yaml',
      'themes.yaml 4:1 error Unexpected YAML: Missing closing "quote; fix the syntax of the file yaml',
    ]);
  });

  it('says where an entry is, or its nearest existing ancestor', () => {
    const result = read('assignments.yaml', `x/1:\n${justified('a')}y/1:\n${justified('b')}`, EditorialAssignments, {});
    expect(result.placeOf(['y/1'], 'key')).toEqual({ line: 4, column: 1 });
    expect(result.placeOf(['y/1'])).toEqual({ line: 5, column: 3 });
    expect(result.placeOf(['y/1', 0, 'theme'])).toEqual({ line: 5, column: 12 });
    expect(result.placeOf(['y/1', 0, 'nothing', 'here'])).toEqual({ line: 5, column: 5 });
    expect(result.placeOf(['z/1'])).toEqual({ line: 1, column: 1 });
  });
});

describe('the permalink registry', () => {
  it('reports every malformed entry, each on its entry, and a second entry for an id', () => {
    const entry = (id: string) =>
      `- id: ${id}\n  kind: attribution\n  source: sn/x\n  status: live\n  text: Un texte.\n  last_seen:\n    source_sha256: ${'a'.repeat(64)}\n    retrieved: null\n`;
    const text = `${entry('sn/x/attribution/a')}${entry('sn/x/attribution/a')}- id: sn/x/attribution/b\n  kind: attribution\n  last_seen: {source_sha256: abc, retrieved: 23/11/2026}\n`;
    const registry = readRegistry(join(makeSources({ 'permalinks.yaml': text }), 'permalinks.yaml'));
    expect(registry.failed).toBe(true);
    expect(registry.entries).toEqual([]);
    expect(messages([registry.file])).toEqual([
      'permalinks.yaml 17:3 error Unexpected registry entry: source: missing, as are `status` and `text`; add them to the entry permalinks',
      'permalinks.yaml 19:30 error Unexpected registry entry: last_seen.source_sha256: expected a SHA-256 checksum: 64 lower-case hexadecimal digits; fix the entry permalinks',
      'permalinks.yaml 19:46 error Unexpected registry entry: last_seen.retrieved: expected YYYY-MM-DD; fix the entry permalinks',
    ]);
    const duplicated = readRegistry(
      join(makeSources({ 'permalinks.yaml': `${entry('sn/x/attribution/a')}${entry('sn/x/attribution/a')}` }), 'permalinks.yaml'),
    );
    expect(messages([duplicated.file])).toEqual([
      'permalinks.yaml 9:3 error Unexpected second entry for `sn/x/attribution/a`: keep one entry per id permalinks',
    ]);
  });
});

describe('the editorial data', () => {
  it('reports every consistency problem at once, each on the entry it concerns', () => {
    const folder = makeSources({
      'themes.yaml': `${theme('a')}${theme('b')}${theme('a')}`,
      'assignments.yaml': `x/1:\n${justified('a')}${justified('c')}y/1:\n${justified('b')}`,
      'links.yaml': `${link('x/1', 'y/1', 'a')}${link('x/1', 'y/1', 'd')}`,
    });
    const result = loadEditorial(folder);
    expect(result.failed).toBe(true);
    expect(messages(result.files)).toEqual([
      'themes.yaml 7:7 error Unexpected second declaration of theme `a` (the first is on line 1): keep one entry per theme theme-declared-twice',
      'assignments.yaml 4:12 error Unexpected theme `c`, not declared in themes.yaml: declare it there, or use the id of a declared theme unknown-theme',
      'links.yaml 4:10 error Unexpected link 1 (x/1 → y/1): theme `a` is not among the themes of y/1; assign it, or link on a theme both share link-theme-unassigned',
      'links.yaml 9:10 error Unexpected theme `d`, not declared in themes.yaml: declare it there, or use the id of a declared theme unknown-theme',
    ]);
  });

  it('reports the schema problems of every file at once, and what the checks of the valid ones find', () => {
    const folder = makeSources({
      'themes.yaml': `${theme('a')}- id: b\n`,
      'assignments.yaml': `x/1:\n${justified('a')}y/1: []\n`,
      'links.yaml': `${link('x/1', 'z/1', 'b')}`,
    });
    const result = loadEditorial(folder);
    expect(result.failed).toBe(true);
    expect(messages(result.files)).toEqual([
      'themes.yaml 4:3 error Missing required keys `label` and `definition` in `1`: add them to the entry themes',
      'assignments.yaml 4:6 error Unexpected value for `y/1`: expected at least 1 entry; fix the entry assignments',
    ]);
    const links = loadEditorial(
      makeSources({ 'themes.yaml': `${theme('a')}- id: b\n`, 'assignments.yaml': `x/1:\n${justified('a')}`, 'links.yaml': link('x/1', 'z/1', 'b') }),
    );
    expect(messages(links.files)).toEqual([
      'themes.yaml 4:3 error Missing required keys `label` and `definition` in `1`: add them to the entry themes',
      'links.yaml 4:10 error Unexpected link 1 (x/1 → z/1): theme `b` is not among the themes of x/1; assign it, or link on a theme both share link-theme-unassigned',
    ]);
  });

  it('places the comparison’s warnings on the entry they concern', async () => {
    const bj = 'bj/secretariat-general/attribution';
    const [policy, programme] = [
      `${bj}/propose-liaison-cabinet-orientations-strategiques-destinees`,
      `${bj}/veille-mise-oeuvre-programme-actions-gouvernement`,
    ];
    const mali = 'ml/secretariat-general/attribution/finalisation-mise-forme-documents-politique-documents';
    const folder = makeSources({
      'themes.yaml': theme('a'),
      'assignments.yaml': `${policy}:\n${justified('a')}${mali}:\n${justified('a')}gone/1:\n${justified('a')}`,
      'links.yaml': `${link(policy, mali, 'a')}${link(policy, programme, 'a')}${link(policy, 'gone/2', 'a')}`,
    });
    const result = loadEditorial(folder);
    if (result.failed) throw new Error(messages(result.files).join('\n'));
    const { results } = await ingestSources(join(root, 'content/sources'));
    const { warnings } = compare(
      results.flatMap((records) => records.missions),
      result.editorial,
    );
    expect(warnings).toEqual([
      {
        file: 'assignments.yaml',
        attribution: 'gone/1',
        ruleId: 'unknown-attribution',
        message: 'no attribution `gone/1` in the corpus; update or remove its entry',
      },
      { file: 'links.yaml', link: 1, ruleId: 'same-country', message: `${policy} → ${programme}: both are of BJ; links compare countries` },
      { file: 'links.yaml', link: 2, ruleId: 'unknown-attribution', message: `${policy} → gone/2: gone/2 is not in the corpus; update or remove the link` },
    ]);
    expect(messages(result.warn(warnings))).toEqual([
      'assignments.yaml 7:1 warning no attribution `gone/1` in the corpus; update or remove its entry unknown-attribution',
      `links.yaml 6:3 warning ${policy} → ${programme}: both are of BJ; links compare countries same-country`,
      `links.yaml 11:3 warning ${policy} → gone/2: gone/2 is not in the corpus; update or remove the link unknown-attribution`,
    ]);
  });

  it('warns, placed in no-counterpart.yaml, of a provision of a reviewed source neither linked nor declared, and of an entry that does not hold', async () => {
    const folder = join(root, 'content/comparison');
    const kept = readSource(join(folder, 'no-counterpart.yaml'));
    const archives = 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement';
    const policy = 'bj/secretariat-general/attribution/propose-liaison-cabinet-orientations-strategiques-destinees';
    // The archives duty loses its entry; two entries that cannot hold are added.
    const entries = kept.split(/\n(?=- record: )/u);
    const without = entries.filter((entry) => !entry.includes(archives)).join('\n');
    const reason = '  reason:\n    fr: Une raison assez longue pour la règle.\n    en: A reason long enough for the rule.\n';
    const comparison = makeSources({
      'themes.yaml': readSource(join(folder, 'themes.yaml')),
      'assignments.yaml': readSource(join(folder, 'assignments.yaml')),
      'links.yaml': readSource(join(folder, 'links.yaml')),
      'no-counterpart.yaml': `${without.trimEnd()}\n- record: ${policy}\n  country: BJ\n${reason}- record: ${policy}\n  country: ML\n${reason}`,
    });
    const result = loadEditorial(comparison);
    if (result.failed) throw new Error(messages(result.files).join('\n'));
    const { results } = await ingestSources(join(root, 'content/sources'));
    const { warnings, unmatched } = compare(
      results.flatMap((records) => records.missions),
      result.editorial,
    );
    // Ten entries in the repository's file; the archives duty's is gone and the two added do not hold.
    expect(unmatched).toHaveLength(9);
    const lines = readSource(join(comparison, 'no-counterpart.yaml')).split('\n');
    const at = (nth: number) =>
      lines.findIndex((line, index) => line === `- record: ${policy}` && lines.slice(0, index).filter((l) => l === `- record: ${policy}`).length === nth) + 1;
    expect(messages(result.warn(warnings))).toEqual([
      `no-counterpart.yaml ${at(0)}:3 warning ${policy}: is of BJ; say in which other country it has no counterpart same-country`,
      `no-counterpart.yaml ${at(1)}:3 warning ${policy}: is linked to a provision of ML in links.yaml; remove the link or this entry linked-and-unmatched`,
      // On the head of the list, where its entry would go.
      `no-counterpart.yaml ${lines.findIndex((line) => line.startsWith('- record: ')) + 1}:1 warning ${archives} (attribution 15) has no reviewed counterpart in BJ: link it in links.yaml, or add an entry here saying why it has none not-aligned`,
    ]);
  });

  it('are printed placed by `npm run ingest`, which goes on', () => {
    const folder = join(root, 'content/comparison');
    const comparison = makeSources({
      'themes.yaml': readSource(join(folder, 'themes.yaml')),
      'assignments.yaml': readSource(join(folder, 'assignments.yaml')),
      'links.yaml': `${readSource(join(folder, 'links.yaml'))}${link('bj/secretariat-general/attribution/emet-avis-technique-dossiers-soumis-etude', 'gone/1', 'review-files-acts')}`,
    });
    const line =
      readSource(join(comparison, 'links.yaml')).split('\n').indexOf('- from: bj/secretariat-general/attribution/emet-avis-technique-dossiers-soumis-etude') +
      1;
    const run = runCli(['--comparison', comparison, '--out', join(tempDir(), 'out')]);
    expect(run.status).toBe(0);
    expect(run.stderr.replace(/ +/g, ' ')).toContain(
      `${join(comparison, 'links.yaml')}\n${line}:3 warning bj/secretariat-general/attribution/emet-avis-technique-dossiers-soumis-etude → gone/1: gone/1 is not in the corpus; update or remove the link unknown-attribution compare`,
    );
  });
});

const readSource = (path: string) => readFileSync(path, 'utf8');
