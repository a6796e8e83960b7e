/**
 * Bad and awkward input through the command line: each gives a correct result, or a placed
 * message (file:line:column, what is wrong, what to do), exit code 1 and nothing written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ingestFolder, makeSources, meta, runCli, tempDir } from './helpers.ts';

const text = 'Le Secrétariat général est chargé de :\n- coordonner les services ;\n- préparer les dossiers du Ministre.\n';

/** "Billion laughs": nine levels of nine aliases each, a billion values once expanded. */
const aliasBomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  .concat(
    Array.from({ length: 8 }, (_, level) => {
      const [name, previous] = ['bcdefghi'[level]!, 'abcdefgh'[level]!];
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
    }),
  )
  .join('\n');

/** The message for a country code that is not an assigned ISO 3166-1 alpha-2 code. */
const notACountry = '1:10 error Unexpected value for `country`: expected an ISO 3166-1 alpha-2 code in upper case, such as BJ or ML metadata ingest';

/** Runs the CLI on files; returns the outcome and whether the output folder was touched. */
function ingest(files: Record<string, string | Uint8Array>) {
  const out = join(tempDir(), 'out');
  const result = runCli(['--sources', makeSources(files), '--out', out]);
  return { ...result, wrote: existsSync(out) };
}

/** The reporter's lines that name a place and an error, with the temporary folder removed. */
function errors(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => / error /.test(line))
    .map((line) => line.replace(/\s+/g, ' ').trim());
}

describe('bad input stops with a placed message and writes nothing', () => {
  const cases: Array<[string, Record<string, string | Uint8Array>, string, string[]]> = [
    [
      'a text without metadata',
      { 'sn/x.txt': text },
      'sn/x.txt',
      ['1:1 error Missing metadata `sn/x.yaml`: create it with at least country, language and title unpaired ingest'],
    ],
    [
      'metadata without text',
      { 'sn/x.yaml': meta() },
      'sn/x.yaml',
      ['1:1 error Unexpected metadata without text, expected `sn/x.txt` beside it: add the text or remove the metadata unpaired ingest'],
    ],
    [
      'a misspelt key and a missing one',
      { 'sn/x.txt': text, 'sn/x.yaml': 'country: SN\nlanguage: fr\ntitel: X\n' },
      'sn/x.yaml',
      [
        '1:1 error Missing required key `title`: add it to the metadata metadata ingest',
        '3:1 error Unexpected key `titel`, expected one of country, language, title, institution, ministry, source_url, retrieved, document_type, received_as metadata ingest',
      ],
    ],
    [
      'a country in lower case',
      { 'sn/x.txt': text, 'sn/x.yaml': 'country: sn\nlanguage: fr\ntitle: X\n' },
      'sn/x.yaml',
      ['1:10 error Unexpected value for `country`: expected an ISO 3166-1 alpha-2 code in upper case, such as BJ or ML metadata ingest'],
    ],
    ['a country that does not exist', { 'sn/x.txt': text, 'sn/x.yaml': 'country: QQ\nlanguage: fr\ntitle: X\n' }, 'sn/x.yaml', [notACountry]],
    // Reserved (EU, UN), user-assigned (QO) and withdrawn (SU, YU, DD) codes are no country.
    ...['EU', 'UN', 'QO', 'SU', 'YU', 'DD'].map((code): [string, Record<string, string>, string, string[]] => [
      `the code ${code}, not an assigned country`,
      { 'x.txt': text, 'x.yaml': `country: ${code}\nlanguage: fr\ntitle: X\n` },
      'x.yaml',
      [notACountry],
    ]),
    [
      'a language that is not BCP 47',
      { 'sn/x.txt': text, 'sn/x.yaml': 'country: SN\nlanguage: "fr_!!"\ntitle: X\n' },
      'sn/x.yaml',
      ['2:11 error Unexpected value for `language`: expected a BCP 47 language tag, such as fr or fr-BJ metadata ingest'],
    ],
    [
      'a retrieval date that is not a date',
      { 'sn/x.txt': text, 'sn/x.yaml': `${meta()}retrieved: 23/11/2026\n` },
      'sn/x.yaml',
      ['4:12 error Unexpected value for `retrieved`: Invalid ISO date metadata ingest'],
    ],
    ['metadata that is not YAML', { 'sn/x.txt': text, 'sn/x.yaml': 'country: SN\nlanguage: [fr\ntitle: X\n' }, 'sn/x.yaml', []],
    [
      'metadata with an alias bomb',
      { 'sn/x.txt': text, 'sn/x.yaml': `${aliasBomb}\n${meta()}` },
      'sn/x.yaml',
      [
        '2:8 error Unexpected YAML aliases expanding to more than 100 values (an alias bomb), expected plain values: write the metadata out without aliases yaml ingest',
      ],
    ],
    [
      'metadata with an alias before its anchor',
      { 'sn/x.txt': text, 'sn/x.yaml': 'country: SN\nlanguage: fr\ntitle: *t\n' },
      'sn/x.yaml',
      ['3:8 error Unexpected YAML: Unresolved alias (the anchor must be set before the alias): t; fix the syntax of the metadata yaml ingest'],
    ],
    [
      'metadata in Latin-1',
      { 'sn/x.txt': text, 'sn/x.yaml': Buffer.from('country: SN\nlanguage: fr\ntitle: Secr\xe9tariat\n', 'latin1') },
      'sn/x.yaml',
      ['3:12 error Unexpected byte 0xe9, expected UTF-8: convert the file to UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`) encoding ingest'],
    ],
    [
      'metadata that is a list',
      { 'sn/x.txt': text, 'sn/x.yaml': '# The metadata\n- country: SN\n- language: fr\n' },
      'sn/x.yaml',
      ['2:1 error Unexpected sequence, expected a mapping of metadata keys (country, language, title…): write one `key: value` per line metadata ingest'],
    ],
    [
      'metadata that is a scalar',
      { 'sn/x.txt': text, 'sn/x.yaml': 'Secrétariat général\n' },
      'sn/x.yaml',
      ['1:1 error Unexpected scalar, expected a mapping of metadata keys (country, language, title…): write one `key: value` per line metadata ingest'],
    ],
    [
      'a country that does not match its folder',
      { 'ml/x.txt': text, 'ml/x.yaml': meta('SN') },
      'ml/x.yaml',
      ['1:1 error Unexpected country `SN` for a text in the folder `ml/`: correct the country or move the pair metadata ingest'],
    ],
    [
      'a text in Windows-1252',
      { 'sn/x.txt': Buffer.from('Le SG est chargé de :\n- coor\xe9donner ;\n', 'latin1'), 'sn/x.yaml': meta() },
      'sn/x.txt',
      ['1:16 error Unexpected byte 0xe9, expected UTF-8: convert the file to UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`) encoding ingest'],
    ],
    [
      'a binary file',
      { 'sn/x.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'sn/x.yaml': meta() },
      'sn/x.txt',
      ['3:1 error Unexpected NUL byte, expected plain text: this looks like a binary file; export the text as UTF-8 plain text binary ingest'],
    ],
    [
      'an empty text',
      { 'sn/x.txt': ' \n\u00a0\n', 'sn/x.yaml': meta() },
      'sn/x.txt',
      ['1:1 error Unexpected empty text, expected the source text: add its content or remove the pair empty ingest'],
    ],
    [
      'a text in which nothing is recognised',
      { 'sn/x.txt': 'Bonjour.\nIl fait beau aujourd’hui.\n', 'sn/x.yaml': meta() },
      'sn/x.txt',
      [
        '1:1 error Unexpected text with no recognisable structure: no list of duties or composition, provision about the Secrétariat général, official or act was found; check that this is a text of the genre, or teach its layout (src/ingest/list-features.ts, src/ingest/recognisers/) no-structure ingest',
      ],
    ],
  ];

  it.each(cases)('%s', (_, files, file, expected) => {
    const result = ingest(files);
    expect(result.status).toBe(1);
    expect(result.wrote).toBe(false);
    expect(result.stderr).toContain(`${file}\n`);
    expect(result.stderr).toContain('Nothing was written.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain('internal error');
    if (expected.length > 0) expect(errors(result.stderr)).toEqual(expected);
    else expect(errors(result.stderr)[0]).toMatch(/^3:1 error Unexpected YAML: .+; fix the syntax of the metadata yaml ingest$/);
  });

  it.each([
    ['a space', { 'sn/a b.txt': text, 'sn/a b.yaml': meta(), 'sn/a-b.txt': text, 'sn/a-b.yaml': meta() }, 'sn/a b.txt', 'sn/a-b.txt'],
    [
      'case and an underscore, with different texts',
      { 'sn/A_B.txt': text, 'sn/A_B.yaml': meta(), 'sn/a-b.txt': text.replace('services', 'directions'), 'sn/a-b.yaml': meta() },
      'sn/A_B.txt',
      'sn/a-b.txt',
    ],
  ])('stops on two file names that differ only by %s, naming each in the other’s message', (_, files, first, second) => {
    const result = ingest(files);
    expect(result.status).toBe(1);
    expect(result.wrote).toBe(false);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr).toContain(`${first}\n`);
    expect(result.stderr).toContain(`${second}\n`);
    const message = (other: string) =>
      `1:1 error Unexpected source id \`sn/a-b\`, also that of \`${other}\`, expected one id per text: rename one of the files so that their names differ in letters or digits (an id keeps only those, in lower case) source-id-collision ingest`;
    expect(errors(result.stderr)).toEqual([message(second), message(first)]);
  });

  it('stops on an alias bomb in the permalink registry, placed on it', () => {
    const permalinks = join(makeSources({ 'permalinks.yaml': `${aliasBomb}\n` }), 'permalinks.yaml');
    const out = join(tempDir(), 'out');
    const result = runCli(['--sources', makeSources({ 'sn/x.txt': text, 'sn/x.yaml': meta() }), '--out', out, '--permalinks', permalinks]);
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(result.stderr).toContain('permalinks.yaml\n');
    expect(errors(result.stderr)).toEqual([
      '2:8 error Unexpected YAML aliases expanding to more than 100 values (an alias bomb), expected plain values: write the registry out without aliases permalinks ingest',
    ]);
  });

  it('stops on an alias bomb in the editorial data, naming the file, line and column', () => {
    const comparison = makeSources({ 'themes.yaml': `${aliasBomb}\n` });
    const out = join(tempDir(), 'out');
    const result = runCli(['--sources', makeSources({ 'sn/x.txt': text, 'sn/x.yaml': meta() }), '--out', out, '--comparison', comparison]);
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr).toContain(`${join(comparison, 'themes.yaml')}\n`);
    expect(errors(result.stderr)).toEqual([
      '2:8 error Unexpected YAML aliases expanding to more than 100 values (an alias bomb), expected plain values: write the file out without aliases yaml compare',
    ]);
    expect(result.stderr).toContain('✖ 1 error\nNothing was written.');
  });

  it('reports every bad file at once, and keeps the previous output whole', () => {
    const out = join(tempDir(), 'out');
    expect(runCli(['--sources', makeSources({ 'sn/good.txt': text, 'sn/good.yaml': meta() }), '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'corpus.json'), 'utf8');
    const result = runCli(['--sources', makeSources({ 'sn/good.txt': text, 'sn/good.yaml': meta(), 'sn/a.txt': text, 'sn/b.yaml': meta() }), '--out', out]);
    expect(result.status).toBe(1);
    expect(errors(result.stderr)).toHaveLength(2);
    expect(readFileSync(join(out, 'corpus.json'), 'utf8')).toBe(before);
  });

  it('stops the site build that ingests it, the message placed, and leaves no half-built site', () => {
    const sources = makeSources({ 'sn/good.txt': text, 'sn/good.yaml': meta(), 'sn/x.txt': text, 'sn/x.yaml': 'country: SN\nlanguage: fr\ntitel: X\n' });
    const out = join(tempDir(), 'out');
    const dist = join(tempDir(), 'dist');
    // A previous build's page, which the stopped build must not leave beside a new half.
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    const build = buildSite(dist, { SG_OUT: out }, ['--sources', sources, '--out', out]);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(`${join(sources, 'sn/x.yaml')}\n`);
    expect(errors(build.stderr)).toEqual([
      '1:1 error Missing required key `title`: add it to the metadata metadata ingest',
      '3:1 error Unexpected key `titel`, expected one of country, language, title, institution, ministry, source_url, retrieved, document_type, received_as metadata ingest',
    ]);
    expect(`${build.stdout}${build.stderr}`).toContain('Ingestion stopped (exit code 1), its messages above: the site was not built.');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(dist)).toBe(false);
  });

  it('says so when the folder holds no source', () => {
    const result = runCli(['--sources', makeSources({ 'README.md': 'nothing' }), '--out', join(tempDir(), 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no source text (.txt with its .yaml) found');
  });
});

describe('awkward input gives the correct result', () => {
  const expectedTexts = ['coordonner les services ;', 'préparer les dossiers du Ministre.'];
  const textsOf = async (body: string | Uint8Array) =>
    (await ingestFolder(makeSources({ 'sn/x.txt': body, 'sn/x.yaml': meta() }))).missions.map((mission) => mission.text);

  it('drops a byte order mark, and the checksum is of the bytes as received', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const corpus = await ingestFolder(makeSources({ 'sn/x.txt': bytes, 'sn/x.yaml': meta() }));
    expect(corpus.missions.map((mission) => mission.text)).toEqual(expectedTexts);
    const { createHash } = await import('node:crypto');
    expect(corpus.sources[0]!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('reads CRLF and CR line ends as LF', async () => {
    expect(await textsOf(text.replace(/\n/g, '\r\n'))).toEqual(expectedTexts);
    expect(await textsOf(text.replace(/\n/g, '\r'))).toEqual(expectedTexts);
    const corpus = await ingestFolder(makeSources({ 'sn/x.txt': text.replace(/\n/g, '\r\n'), 'sn/x.yaml': meta() }));
    expect(corpus.missions.map((mission) => mission.lines)).toEqual([
      [2, 2],
      [3, 3],
    ]);
  });

  it('ingests a 10 MB text', async () => {
    const item = (n: number) => `- veille à la coordination des services numéro ${n} du ministère et de ses organismes rattachés ;\n`;
    let body = 'Le Secrétariat général est chargé de :\n';
    for (let n = 1; body.length < 10 * 1024 * 1024; n++) body += item(n);
    const corpus = await ingestFolder(makeSources({ 'sn/x.txt': body, 'sn/x.yaml': meta() }));
    expect(corpus.missions.length).toBe(body.split('\n').length - 2);
    expect(corpus.missions.at(-1)!.ordinal).toBe(corpus.missions.length);
    expect(new Set(corpus.missions.map((mission) => mission.id)).size).toBe(corpus.missions.length);
  });

  it('bounds the file name of a record whose text starts with a run-together word of 269 letters', () => {
    const out = join(tempDir(), 'out');
    const body = text.replace('coordonner', `${'a'.repeat(269)}coordonner`);
    const result = runCli(['--sources', makeSources({ 'sn/x.txt': body, 'sn/x.yaml': meta() }), '--out', out]);
    expect(result.stderr).not.toContain('internal error');
    expect(result.status).toBe(0);
    expect(readdirSync(join(out, 'missions/sn/x/attribution')).sort()).toEqual([
      'aaaaaaaaaaaaaaaaaaaaaaa-a44a9e89-services.mdx',
      'preparer-dossiers-ministre.mdx',
    ]);
  });

  it('ingests a line of 100,000 characters', async () => {
    const long = `- ${'coordonne les services et '.repeat(4000)}le reste.`;
    const corpus = await ingestFolder(makeSources({ 'sn/x.txt': `Le Secrétariat général est chargé de :\n${long}\n`, 'sn/x.yaml': meta() }));
    expect(long.length).toBeGreaterThan(100_000);
    expect(corpus.missions).toHaveLength(1);
    expect(corpus.missions[0]!.text).toBe(long.slice(2));
  });
});

describe('the output folder', () => {
  it('holds corpus.json, one MDX file per record and the source texts as received', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['--sources', makeSources({ 'sn/x.txt': text, 'sn/x.yaml': meta() }), '--out', out]);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['corpus.json', 'decrees', 'missions', 'officials', 'organs', 'sources']);
    expect(readdirSync(join(out, 'missions/sn/x/attribution')).sort()).toEqual(['coordonner-services.mdx', 'preparer-dossiers-ministre.mdx']);
    expect(readFileSync(join(out, 'sources/sn/x.txt'), 'utf8')).toBe(text);
    writeFileSync(join(out, 'keep.txt'), 'not ingestion’s');
    expect(runCli(['--sources', makeSources({ 'sn/x.txt': text, 'sn/x.yaml': meta() }), '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('not ingestion’s');
  });
});
