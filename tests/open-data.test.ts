/**
 * The open data from the reviewed seed corpus, without a site build: every file written to a
 * folder passes the post-build data check, two runs give the same bytes, translation status is
 * told apart, and the CSV survives hostile text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../scripts/checks/csv.ts';
import { checkData } from '../scripts/checks/data.ts';
import { Corpus, type TranslationFile } from '../src/core/records.ts';
import { stableJson, stableJsonPieces } from '../src/core/stable-json.ts';
import { loadTranslations, sha256 } from '../src/core/translations.ts';
import { attributionsCsv } from '../src/open-data/attributions-csv.ts';
import { bytesOf, type DataFile, dataFiles } from '../src/open-data/files.ts';
import { AttributionRow } from '../src/open-data/published.ts';
import { root, tempDir } from './helpers.ts';
import { siteUrl } from '../src/core/site-url.ts';

const site = siteUrl;
const corpus = Corpus.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/seeds/corpus.json'), 'utf8')));
const english = loadTranslations(join(root, 'content/translations'), 'en');
/** The seeds' captures as committed, so that no build is needed. */
const captures = (file: string) => new Uint8Array(readFileSync(join(root, 'content/sources', file)));
/** A published file's text. */
const decode = (file: DataFile) => new TextDecoder().decode(bytesOf(file));
const archives = 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement';

describe('the open data of the seed corpus', () => {
  it('passes the post-build check: 55 JSON files valid against their schemas, 13 schemas, the index, the CSVs, the source texts as received', () => {
    const dist = tempDir('sg-data-');
    for (const [path, file] of dataFiles(corpus, english, site, captures)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), bytesOf(file));
    }
    const report = checkData(dist, corpus);
    expect(report.problems).toEqual([]);
    expect([report.checked, report.validated, report.schemas, report.csv.length]).toEqual([74, 55, 13, 27]);
  });

  it('says what each record is, in its collection and in its own file, and the schemas require it', () => {
    const files = dataFiles(corpus, english, site, captures);
    const items = (name: string) => JSON.parse(decode(files.get(`/data/${name}.json`)!)).items as Array<{ id: string; kind: string }>;
    const kinds = (name: string) => [...new Set(items(name).map((record) => record.kind))].sort();
    expect([kinds('missions'), kinds('organs'), kinds('officials'), kinds('decrees')]).toEqual([
      ['attribution', 'general'],
      ['organ'],
      ['official'],
      ['decree'],
    ]);
    for (const { id, kind } of ['missions', 'organs', 'officials', 'decrees'].flatMap(items)) {
      const file = JSON.parse(decode(files.get(`/data/records/${id}.json`)!));
      expect([file.kind, file.record.kind], id).toEqual([kind, kind]);
    }
    for (const name of ['missions', 'organs', 'officials', 'decrees']) {
      const schema = JSON.parse(decode(files.get(`/data/schemas/${name}.schema.json`)!));
      expect(schema.properties.items.items.required, name).toContain('kind');
    }
    const record = JSON.parse(decode(files.get('/data/schemas/record.schema.json')!)).properties.record;
    expect(
      record.oneOf.map((branch: { properties: { kind: { const?: string; enum?: string[] } } }) => branch.properties.kind.const ?? branch.properties.kind.enum),
    ).toEqual([['attribution', 'general'], 'organ', 'official', 'decree']);
  });

  it('aligns Benin and Mali provision by provision, as JSON and as CSV', () => {
    const files = dataFiles(corpus, english, site, captures);
    const alignment = JSON.parse(decode(files.get('/data/alignments/bj-ml.json')!));
    expect(alignment.$schema).toBe(`${site}/data/schemas/alignment.schema.json`);
    expect(alignment.countries).toEqual(['BJ', 'ML']);
    expect(alignment.coverage).toEqual([
      { country: 'BJ', provisions: 15, linked: 9, unmatched: 6, unaligned: 0 },
      { country: 'ML', provisions: 16, linked: 12, unmatched: 4, unaligned: 0 },
    ]);
    expect([alignment.links.length, alignment.unmatched.length, alignment.unaligned.length]).toEqual([15, 10, 0]);
    // Seen from Benin: Benin's "other tasks" duty is broader than Mali's hearings at the Minister's request;
    // they share no word that counts (the Minister is everywhere, a stop word of the comparison).
    const other = alignment.links.find(
      (link: { from: { id: string } }) => link.from.id === 'bj/secretariat-general/attribution/execute-toutes-autres-taches-lui-confiees',
    );
    expect([other.to.kind, other.to.ordinal, other.relation, other.theme, other.shared.from]).toEqual(['attribution', 13, 'broader', 'other-tasks', []]);
    const rows = parseCsv(decode(files.get('/data/alignments/bj-ml.csv')!));
    expect(rows).toHaveLength(1 + 15 + 10);
    expect(rows.filter((row) => row[0] === 'no-counterpart')).toHaveLength(10);
  });

  it('is the same bytes, run after run', () => {
    const [first, second] = [dataFiles(corpus, english, site, captures), dataFiles(corpus, english, site, captures)];
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, file] of first) expect(bytesOf(second.get(path)!), path).toEqual(bytesOf(file));
  });

  it('writes each JSON file in pieces that join into the text of its value', () => {
    const files = [...dataFiles(corpus, english, site, captures).values()].filter((file) => file.media_type === 'application/json');
    expect(files).toHaveLength(55);
    for (const file of files) {
      const text = decode(file);
      expect(stableJson(JSON.parse(text)), file.path).toBe(text);
      expect([...file.pieces()].length, file.path).toBe(1);
    }
    // Pieces of a few bytes each, and what JSON leaves out or writes otherwise.
    const value = {
      z: [{ b: [1, { d: null, c: 'é “»' }], a: undefined }, undefined, [], {}, 'x', () => 0],
      '10': { '2': true, '1': false },
      a: new Date(0),
      m: [],
      n: {},
      u: undefined,
      s: 'line\nbreak',
    };
    const pieces = [...stableJsonPieces(value, 4)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(stableJson(value));
    expect([...stableJsonPieces([])].join('')).toBe('[]\n');
    expect([...stableJsonPieces('text')].join('')).toBe('"text"\n');
  });

  it('tells a stale translation from a current one, and keeps it out of the CSV', () => {
    const stale: TranslationFile = { ...english, [archives]: { text: { fr_sha256: sha256('an older French'), en: 'An older English.' } } };
    const files = dataFiles(corpus, stale, site, captures);
    const record = JSON.parse(decode(files.get(`/data/records/${archives}.json`)!));
    expect(record.translations).toEqual([
      expect.objectContaining({
        status: 'stale',
        text: 'An older English.',
        translates_sha256: sha256('an older French'),
        fr_sha256: sha256(record.record.text),
      }),
      expect.objectContaining({ record: 'ml/secretariat-general', field: 'lead_in/attributions/1', status: 'current' }),
    ]);
    const [header, ...rows] = parseCsv(decode(files.get('/data/attributions.csv')!));
    const row = rows.find((cells) => cells[0] === archives)!;
    expect([row[header!.indexOf('text_en')], row[header!.indexOf('translation_status')]]).toEqual(['', 'stale']);
  });

  it('publishes each lead-in once under its source, and in the file of each record of its list', () => {
    const files = dataFiles(corpus, english, site, captures);
    const entries = JSON.parse(decode(files.get('/data/translations.json')!)).items as Array<Record<string, string>>;
    const leadIns = entries.filter((entry) => entry.field!.startsWith('lead_in/'));
    expect(leadIns.map(({ record, field, fr, text, status }) => [record, field, fr, text, status])).toEqual([
      [
        'bj/secretariat-general',
        'lead_in/attributions/1',
        "A ce titre et sous l'autorité du Ministre, il :",
        'In this capacity and under the authority of the Minister, it:',
        'current',
      ],
      [
        'bj/secretariat-general',
        'lead_in/composition/1',
        'Le Secrétariat général du Ministère comprend :',
        'The Secretariat-General of the Ministry comprises:',
        'current',
      ],
      [
        'ml/secretariat-general',
        'lead_in/attributions/1',
        'A cet effet, il assure les attributions suivantes :',
        'To this end, the Secretary-General exercises the following functions:',
        'current',
      ],
    ]);
    expect(leadIns.map((entry) => entry.translates_sha256)).toEqual(leadIns.map((entry) => sha256(entry.fr!)));
    const organ = JSON.parse(decode(files.get('/data/records/bj/secretariat-general/organ/cellule-juridique.json')!));
    expect(organ.translations.map((entry: Record<string, string>) => [entry.record, entry.field])).toEqual([
      ['bj/secretariat-general/organ/cellule-juridique', 'name'],
      ['bj/secretariat-general', 'lead_in/composition/1'],
    ]);
    const general = JSON.parse(decode(files.get('/data/records/ml/secretariat-general/general/autorite-directe-ministre-secretaire-general-est.json')!));
    expect(general.translations.map((entry: Record<string, string>) => entry.field)).toEqual(['text']);
  });
});

describe('the attributions CSV', () => {
  it('reads back field for field, whatever the text holds', () => {
    const hostile = 'a, "quoted" text;\r\nover lines\nand ; commas, é ‘’ « »';
    const row = AttributionRow.parse({
      ...Object.fromEntries(Object.keys(AttributionRow.shape).map((key) => [key, `https://example.org/${key}`])),
      country: 'ML',
      ordinal: 3,
      article: null,
      text_fr: hostile,
      line_first: 9,
      line_last: 12,
      translation_status: 'missing',
      source_sha256: sha256(''),
    });
    const csv = attributionsCsv([row]);
    expect([csv.startsWith('\uFEFF'), csv.endsWith('\r\n')]).toEqual([true, true]);
    const [header, cells] = parseCsv(csv);
    expect(header).toEqual(Object.keys(AttributionRow.shape));
    expect(cells![header!.indexOf('text_fr')]).toBe(hostile);
    expect(cells![header!.indexOf('article')]).toBe('');
    expect(['ordinal', 'line_first', 'line_last'].map((column) => cells![header!.indexOf(column)])).toEqual(['3', '9', '12']);
  });

  it('rejects what RFC 4180 does not allow', () => {
    expect(() => parseCsv('a,"b"c\r\n')).toThrow(/offset 2/);
    expect(() => parseCsv('a,b\nc\r\n')).toThrow(/offset/);
    expect(parseCsv('a,"b ""c"""\r\n,\r\n')).toEqual([
      ['a', 'b "c"'],
      ['', ''],
    ]);
  });
});
