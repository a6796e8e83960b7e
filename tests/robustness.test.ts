/**
 * Random texts built from the genre's pieces (markers, padding, wraps, headings, lead-ins,
 * decree citations, chrome, hostile characters), seeded so a failure replays: each either
 * ingests with every invariant holding, or stops with a placed message.
 */
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../src/schemas.ts';
import { ingestFile } from '../src/ingest/pipeline.ts';
import { textOfMdx, toMdx } from '../src/ingest/to-mdx.ts';
import { buildCorpus, stableJson } from '../src/ingest/write-output.ts';
import { editorial } from './helpers.ts';

const padding = fc.constantFrom('', ' ', '\u00a0', '\u00a0\u00a0\u00a0 ', '\t', '  ');
const markerOf = fc.constantFrom('-', '–', '•', '›', '*', '·', '1.', '2)', '3°)', 'a)', 'b.');
const words = fc.constantFrom(
  'coordonne les activités des services',
  'veille à la mise en œuvre du programme',
  'la Cellule juridique',
  'élabore le plan de',
  'de suivre {x} <script>alert(1)</script>',
  "import x from 'y'",
  'export const a = 1',
  'aux rencontres avec les partenaires techniques et financiers et aux rencontres avec les partenaires techniques et financiers et',
  'le contrôle des actes </textarea>',
  'prépare les dossiers du Conseil des ministres',
);
const ending = fc.constantFrom(' ;', ';', '.', '', ',');
const item = fc.tuple(padding, markerOf, padding, words, ending, fc.boolean(), words).map(([before, marker, after, text, end, wrap, more]) =>
  wrap ? `${before}${marker}${after}${text}\n    ${more}${end}` : `${before}${marker}${after}${text}${end}`,
);
const piece = fc.oneof(
  fc.constantFrom(
    'REPUBLIQUE DU SENEGAL',
    'Un Peuple - Un But - Une Foi',
    'MISSIONS',
    'Article premier.-',
    'CHAPITRE III',
    'Le Secrétaire général est chargé de :',
    'Il assure les attributions suivantes :',
    'Le Secrétariat général comprend :',
    'Les candidats doivent remplir les conditions suivantes :',
    'Sous l’autorité du Ministre, il est chargé : de coordonner les services ; de préparer les dossiers ; de suivre le budget.',
    'Le Secrétariat général est l’organe chargé de la coordination des services.',
    'Vu le décret n° 2021 – 401 /PR du 1er juillet 2021 fixant les attributions ;',
    'Décret N° 94-202/PM-RM du 3 juin fixant les règles. Lire le document…',
    'Le Secrétaire Général du Ministère',
    'Madame Awa DIALLO',
    'photo.jpg',
    '- 2 -',
    'Page 3 sur 4',
    '1. Missions du Secrétariat Général',
    'Secrétaire Général : Monsieur Issa OUÉDRAOGO',
    'ATTRIBUTIONS',
    'Article 2 : Le Secrétariat général a pour attributions :',
    'La coordination des services ;',
    '\u00a0',
    '',
  ),
  item,
  words,
);
const text = fc.array(piece, { minLength: 1, maxLength: 30 }).chain((pieces) =>
  fc.constantFrom('\n', '\r\n', '\n\n').map((eol) => pieces.join(eol)),
);

function ingest(value: string) {
  const file = new VFile({ path: 'sn/x.txt', value });
  file.data.source = { id: 'sn/x', file: 'sn/x.txt', sha256: '0'.repeat(64), meta: { country: 'SN', language: 'fr', title: 'X' } };
  return { file, ...ingestFile(file) };
}

describe('random texts of the genre', () => {
  it('ingest with every invariant holding', () => {
    let cases = 0;
    fc.assert(
      fc.property(text, (value) => {
        cases += 1;
        const { records } = ingest(value);
        const corpus = buildCorpus([records], editorial).corpus;
        Corpus.parse(corpus);
        const lines = value.split(/\r\n|\r|\n/);
        const all = [...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees];
        const covered = new Set(corpus.sources[0]!.set_aside.map((entry) => entry.line));
        expect(corpus.sources[0]!.set_aside.filter((entry) => entry.rule === 'none')).toEqual([]);
        for (const record of all) {
          const span = lines.slice(record.lines[0] - 1, record.lines[1]).join(' ').replace(/\s+/g, ' ');
          // The text is the source's, whitespace aside: every word of it stands in its lines.
          for (const word of record.text.split(' ')) expect(span).toContain(word);
          expect(textOfMdx(toMdx(record))).toBe(record.text);
          for (let line = record.lines[0]; line <= record.lines[1]; line++) covered.add(line);
        }
        lines.forEach((line, index) => {
          if (line.trim() !== '') expect(covered.has(index + 1), `line ${index + 1}: ${line}`).toBe(true);
        });
        expect(stableJson(buildCorpus([ingest(value).records], editorial).corpus)).toBe(stableJson(corpus));
      }),
      { seed: 20261123, numRuns: 300 },
    );
    expect(cases).toBe(300);
  });
});
