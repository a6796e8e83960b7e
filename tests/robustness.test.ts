/**
 * Random texts built from the genre's pieces, read from a sources folder as the command line
 * reads them: list markers of every kind with their padding, items wrapped over lines, headings
 * in capitals, article labels, lead-ins, officials, citations of acts with numbers, dates and
 * authorities, page chrome and menus; and hostile characters: braces, script and textarea tags,
 * JSX, import/export lines, control characters (no NUL), right-to-left marks, emoji, combining
 * accents, a byte order mark, CR, CRLF and LF line ends, very long lines, and now and then a
 * byte that is not UTF-8. Each text either ingests with every invariant holding, or stops with a
 * placed message. Seeded, so a failure replays; the counts are exact, so the test cannot pass
 * by generating nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type CollectionName, Corpus, collections, Source } from '../src/core/records.ts';
import { ingestFile, ingestSources } from '../src/ingest/processor.ts';
import { textOfMdx } from '../src/corpus/to-mdx.ts';
import { buildCorpus } from '../src/corpus/pipeline.ts';
import { corpusFiles } from '../src/corpus/write-output.ts';
import { editorial, meta, structural, tempDir } from './helpers.ts';

const SEED = 20261123;
const RUNS = 500;

// ——— The genre's pieces ———

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const join2 = (parts: string[]) => parts.filter((part) => part !== '').join(' ');

/** Padding around a marker and before a wrapped line: none, spaces, no-break spaces, tabs. */
const padding = pick('', ' ', '  ', '\u00a0', '\u00a0\u00a0\u00a0 ', '\t', ' \t', '\u202f', '    ');
/** Every kind of list marker: bullets and dashes, numbers (1. 1) 1° 1°) 1-), letters, roman numerals. */
const listMarker = fc.oneof(
  pick('-', '–', '—', '•', '›', '*', '·', '▪', '●', '➢', '\uf0b7', '\uf0a7', 'o'),
  fc.tuple(fc.integer({ min: 1, max: 120 }), pick('.', ')', '°', '°)', '° )', '°/', '°.', '-')).map(([n, end]) => `${n}${end}`),
  fc.tuple(pick(...'abcdefghz'), pick('.', ')')).map(([letter, end]) => `${letter}${end}`),
  pick('A)', 'B)', '(1)', '(12)', '(a)', '(c)', 'i.', 'ii.', 'iii)', 'iv.', 'I.', 'II.', 'IV-'),
);

const controlCharacter = fc
  .integer({ min: 1, max: 0x9f })
  .filter((code) => (code < 0x20 && code !== 0x0a && code !== 0x0d) || code >= 0x7f)
  .map((code) => String.fromCharCode(code));
/** What a hostile source may hold, as a word or inside one. */
const hostile = fc.oneof(
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, meant literally
  pick('{', '}', '{x}', '{`${process.exit(1)}`}', '<script>alert(1)</script>', '<script>', '</textarea>', '<textarea>', '</script>'),
  pick('<Component prop={1} />', '<Foo.Bar {...props}>', '<>', '</>', '<div onclick="x()">', '<!-- x -->', '&amp;', '&#x69;', '&lt;'),
  pick("import x from 'y'", 'export const a = 1', 'export default {}', '\\', '\\{', '`code`', '*', '_', '**gras**', '#', '>', '|', '~~', '---', '$$'),
  pick('[lien](javascript:alert(1))', '![i](x.png)', '<https://exemple.org>', 'a:b', '"', "'", '%', '@', '^'),
  fc.array(controlCharacter, { minLength: 1, maxLength: 3 }).map((chars) => chars.join('')),
  // Right-to-left marks and overrides, and right-to-left script.
  pick('\u200f', '\u200e', '\u202e', '\u202b', '\u2067', '\u2069', '\u061c', 'مرسوم', 'עברית'),
  pick('🇸🇳', '👩🏾‍⚖️', '📄', '✅', '🙂'),
  // Combining accents: decomposed letters, a mark on its own, a pile of them.
  pick('Secre\u0301tariat', 'e\u0301', '\u0301', 'a\u0300\u0323', 'Z\u0351\u0352\u0353'),
  pick('\u2028', '\u2029', '\u200b', '\ufeff', '\u00ad', '\u3000', '\u000b', '\u000c', '\u0085'),
);

const opener = pick(
  'coordonner',
  'veiller à',
  'assurer',
  'élaborer',
  'suivre',
  'préparer',
  'contrôler',
  'participer à',
  'la',
  'de',
  'd’',
  'Coordonne',
  'Veille à',
  'Assure',
  'Élabore',
  'Prépare',
  'La Cellule',
  'La Direction',
  'Le Service',
);
const word = pick(
  'les activités des services',
  'la mise en œuvre du programme',
  'le budget du ministère',
  'la Cellule juridique',
  'les dossiers du Conseil des ministres',
  'le courrier arrivée et départ',
  'les archives et la documentation',
  'aux rencontres avec les partenaires techniques et financiers',
  'l’élaboration des textes législatifs et réglementaires',
  'la Direction des Ressources humaines',
  'du Ministre',
  'et',
  'de',
  'des',
);
const words = fc.array(fc.oneof({ arbitrary: word, weight: 5 }, { arbitrary: hostile, weight: 2 }), { maxLength: 6 });
const ending = pick(' ;', ';', '.', '', ',', ' :', ' ; et', '…', ' ;;');
const itemText = fc.tuple(opener, words, ending).map(([first, rest, end]) => `${join2([first, ...rest])}${end}`);

/** A text cut over several lines at word boundaries, the lines after the first indented. */
const wrapped = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.array(fc.nat(), { maxLength: 3 }), padding).map(([value, cuts, indent]) => {
    const parts = value.split(' ');
    const at = new Set(cuts.map((cut) => 1 + (cut % Math.max(1, parts.length - 1))));
    const lines: string[][] = [[]];
    parts.forEach((part, index) => {
      if (at.has(index) && lines.at(-1)!.length > 0) lines.push([]);
      lines.at(-1)!.push(part);
    });
    return lines.map((line, index) => `${index === 0 ? '' : indent}${line.join(' ')}`);
  });

const item = fc
  .tuple(padding, listMarker, padding, wrapped(itemText))
  .map(([before, mark, after, [first, ...rest]]) => [`${before}${mark}${after}${first}`, ...rest]);

const leadIn = wrapped(
  pick(
    'Le Secrétaire général est chargé de :',
    'Le Secrétariat général est chargé notamment de :',
    'Il assure les attributions suivantes :',
    'Le Secrétariat général comprend :',
    'Le Secrétariat général est composé des services suivants :',
    'Les candidats doivent remplir les conditions suivantes :',
    'Sous l’autorité du Ministre, il est chargé : de coordonner les services ; de préparer les dossiers ; de suivre le budget.',
    'Le Secrétaire général est assisté par le Secrétaire général adjoint. Il est chargé de :',
    'Le Secrétariat général a pour missions :',
  ),
);

const heading = pick(
  'MISSIONS',
  'ATTRIBUTIONS',
  'DE LA COMPOSITION',
  'ORGANISATION ET FONCTIONNEMENT',
  'TITRE PREMIER : DES ATTRIBUTIONS',
  'TITRE II - DE L’ORGANISATION',
  'CHAPITRE III',
  'Chapitre 2 : Des missions',
  'SECTION 2 - ORGANISATION',
  'MINISTÈRE DE L’ÉCONOMIE ET DES FINANCES',
  '1. MISSIONS',
  'II. ORGANISATION',
  '1. Missions du Secrétariat Général',
  'Secrétariat général',
  'Organisation',
).map((line) => [line]);

const generalStatement = pick(
  'Le Secrétariat général est l’organe chargé de la coordination des services.',
  'Il veille à la mise en œuvre de la politique du Gouvernement',
  'La Secrétaire générale assiste le Ministre dans l’administration du département ;',
  'Le Secrétaire général a pour mission d’animer les services {x} <script>',
  'Elle coordonne les activités des directions.',
);
const article = fc
  .tuple(
    pick('Article premier', 'Article 1er', 'Article 2', 'Art. 3', 'ARTICLE 4', 'Article 5 bis', 'Article unique', 'Article 12'),
    pick('.-', ' :', '.', ' -', '.–', ' : ', '. —', ''),
    fc.option(
      fc.oneof(
        generalStatement,
        leadIn.map((lines) => lines.join(' ')),
        itemText,
      ),
      { nil: '' },
    ),
  )
  .chain(([label, separator, text]) => wrapped(fc.constant(join2([`${label}${separator}`, text]))));

/** Citations of acts: with or without "n°", a number with its authority's suffix, a date (possible or not), a title. */
const actNumber = fc
  .tuple(
    fc.integer({ min: 60, max: 2030 }),
    pick('-', ' – ', '–', '/', ' - ', '.'),
    fc.integer({ min: 1, max: 9999 }),
    pick('', '/PR', '/PM-RM', '/P-RM', '/PRES/PM/MEF', '/PRN', '/PR/MEF', '/MJ', ' /PM', '/PM-RM/'),
  )
  .map(([year, separator, n, suffix]) => `${year}${separator}${n}${suffix}`);
const month = pick('janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'Octobre', 'novembre', 'décembre');
const actDate = fc.oneof(
  fc
    .tuple(fc.oneof(fc.integer({ min: 1, max: 31 }).map(String), pick('1er')), month, fc.option(fc.integer({ min: 1958, max: 2030 }), { nil: null }))
    .map(([day, name, year]) => `du ${day} ${name}${year === null ? '' : ` ${year}`}`),
  fc
    .tuple(fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1958, max: 2030 }))
    .map(([day, m, year]) => `en date du ${String(day).padStart(2, '0')}/${String(m).padStart(2, '0')}/${year}`),
  pick(''),
);
const citation = fc
  .tuple(
    pick('décret', 'Décret', 'DÉCRET', 'decret', 'loi', 'loi organique', 'ordonnance', 'arrêté', 'Arrêté', 'arrêté interministériel', 'décision', 'circulaire'),
    fc.option(fc.tuple(pick('n° ', 'n°', 'N° ', 'N°', 'n ° ', 'no ', 'No. ', 'numéro ', 'nº ', ''), actNumber), { freq: 4, nil: null }),
    actDate,
    pick(
      '',
      'portant organisation du Ministère de la Santé',
      'fixant les attributions du Secrétaire général',
      'relatif aux attributions des membres du Gouvernement',
      'portant création {x} </textarea>',
      'Lire le document…',
    ),
  )
  .map(([act, number, date, title]) => join2([act, number === null ? '' : `${number[0]}${number[1]}`, date, title]));
const decree = fc
  .tuple(
    pick(
      'Vu le %',
      'Vu la %',
      'Vu l’%',
      '%',
      'Le présent arrêté est pris en application du %',
      'Conformément au %, le Secrétariat général est chargé de :',
      'Le Secrétariat général, créé par le %, assure la coordination',
      '- %',
      'En vertu de la %',
    ),
    citation,
    pick(' ;', ';', '.', '', ','),
  )
  .chain(([frame, cited, end]) => wrapped(fc.constant(`${frame.replace('%', cited)}${end}`)));

const name = fc
  .tuple(
    pick('Madame', 'Monsieur', 'M.', 'Mme', 'Dr', 'Professeur', ''),
    pick('Awa', 'Issa', 'Amadou', 'Fatou'),
    pick('DIALLO', 'OUÉDRAOGO', 'KONÉ', 'N’DIAYE', 'SY'),
  )
  .map(([honorific, given, surname]) => join2([honorific, given, surname]));
const post = pick(
  'Le Secrétaire Général du Ministère',
  'La Secrétaire générale',
  'SECRÉTAIRE GÉNÉRAL',
  'Secrétaire général adjoint',
  'Le Secrétaire permanent',
);
const official = fc.oneof(
  fc.tuple(post, name).map(([p, n]) => [p, n]),
  fc.tuple(post, name).map(([p, n]) => [n, 'photo.jpg', p]),
  fc.tuple(post, name).map(([p, n]) => [`${p} : ${n}`]),
  fc.tuple(post, name).map(([p, n]) => [`${n}, ${p}`]),
  post.map((p) => [p]),
  name.map((n) => [n]),
);

/** Page chrome and menus: page numbers, headers, mottos, links, breadcrumbs, image names, footers. */
const chrome = fc
  .oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }))
      .chain(([n, of]) => pick(`- ${n} -`, `Page ${n} sur ${of}`, `${n}/${of}`, `${n}`, `– ${n} –`, `page ${n}`)),
    pick(
      'REPUBLIQUE DU SENEGAL',
      'République du Mali',
      'Un Peuple - Un But - Une Foi',
      'Unité – Progrès – Justice',
      'Accueil > Ministère > Secrétariat général',
      'Accueil / Missions',
    ),
    pick(
      'Lire la suite…',
      'Télécharger le document',
      'En savoir plus',
      'photo.jpg',
      'logo_ministere.png',
      '© 2024 Ministère de la Santé',
      'Menu',
      'Rechercher',
      'Partager : Facebook | Twitter',
    ),
    pick('contact@ministere.example.sn', '*****', '___', '=========='),
  )
  .map((line) => [line]);

const prose = wrapped(words.map((list) => join2(list))).filter((lines) => lines.join('') !== '');
/** Lines that are code to MDX or HTML if not escaped, alone on their line. */
const hostileLine = fc
  .oneof(
    pick(
      "import x from 'y'",
      "  import { a } from './b.js'",
      'export const a = 1',
      'export default function () {}',
      '<script>alert(1)</script>',
      '</textarea>',
    ),
    pick('<Component prop={1} />', '{', '}', '{x}', '<!-- commentaire -->', '# pas un titre', '> citation', '---', '| a | b |', '```'),
    hostile,
  )
  .map((line) => [line]);
/** A line of 1,000 to 5,000 characters, now and then of over 100,000: an item, prose or hostile text repeated. */
const longLine = fc
  .tuple(
    pick('- ', '', 'Le Secrétariat général est chargé de ', 'Vu le décret n° 94-202/PM-RM du 3 juin 1994 '),
    pick('coordonne les services et ', '{x} <script> ', 'export const a = 1 ', 'é\u0301🙂 '),
    fc.oneof({ arbitrary: fc.integer({ min: 1_000, max: 5_000 }), weight: 9 }, { arbitrary: fc.integer({ min: 100_000, max: 110_000 }), weight: 1 }),
  )
  .map(([start, unit, length]) => [`${start}${unit.repeat(Math.ceil(length / unit.length))} ;`]);
const blank = pick('', ' ', '\u00a0', '\t', '\u3000', '\ufeff').map((line) => [line]);

const piece = fc.oneof(
  { arbitrary: item, weight: 12 },
  { arbitrary: leadIn, weight: 6 },
  { arbitrary: heading, weight: 3 },
  { arbitrary: article, weight: 3 },
  { arbitrary: decree, weight: 4 },
  { arbitrary: generalStatement.map((line) => [line]), weight: 2 },
  { arbitrary: official, weight: 3 },
  { arbitrary: chrome, weight: 3 },
  { arbitrary: prose, weight: 2 },
  { arbitrary: hostileLine, weight: 3 },
  { arbitrary: blank, weight: 4 },
  { arbitrary: longLine, weight: 1 },
);
/** Line ends, mixed within a text. */
const eol = pick('\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n');
const body = (pieces: fc.Arbitrary<string[]>, minLength: number, maxLength: number) =>
  fc.array(fc.tuple(pieces, eol), { minLength, maxLength }).map((parts) => parts.map(([lines, end]) => lines.join(end) + end).join(''));

/** Bytes that are not UTF-8, inserted between two characters. */
const badBytes = pick([0xe9], [0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80], [0xe2, 0x82]);
const source = fc.record({
  text: fc.oneof(
    { arbitrary: body(piece, 3, 30), weight: 20 },
    // Chrome and hostile lines only: often nothing to recognise.
    { arbitrary: body(fc.oneof(chrome, hostileLine, heading, blank, prose), 1, 8), weight: 2 },
    { arbitrary: body(blank, 1, 5), weight: 1 },
  ),
  trailingEol: fc.boolean(),
  bom: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  corrupt: fc.oneof({ arbitrary: fc.constant(null), weight: 14 }, { arbitrary: fc.tuple(fc.nat(), badBytes), weight: 1 }),
});

type Drawn = typeof source extends fc.Arbitrary<infer T> ? T : never;

// ——— Reading and checking ———

const folder = tempDir('sg-robustness-');
mkdirSync(join(folder, 'sn'));
writeFileSync(join(folder, 'sn/x.yaml'), meta());

const lineBreak = /\r\n|\r|\n/;
const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();
const encoder = new TextEncoder();

/**
 * The source as a file: its bytes, the text the pipeline must read (a byte order mark opening the
 * bytes is not text, whether drawn as a mark or as the text's first character), where a bad byte is.
 */
function assemble({ text: raw, trailingEol, bom, corrupt }: Drawn) {
  const whole = (bom ? '\ufeff' : '') + (trailingEol ? raw : raw.replace(/(?:\r\n|\r|\n)$/, ''));
  const text = whole.replace(/^\ufeff/, '');
  const mark = whole.slice(0, whole.length - text.length);
  if (!corrupt) return { bytes: encoder.encode(whole), text, bad: null };
  const characters = [...text];
  const at = corrupt[0] % (characters.length + 1);
  const before = characters.slice(0, at).join('');
  const lines = before.split(lineBreak);
  const bytes = new Uint8Array([...encoder.encode(mark + before), ...corrupt[1], ...encoder.encode(characters.slice(at).join(''))]);
  return { bytes, text, bad: { line: lines.length, column: [...lines.at(-1)!].length + 1 } };
}

/** The physical lines of a text as the parser must see them: a final line break opens no line. */
function linesOf(text: string): string[] {
  const lines = text.split(lineBreak);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

async function ingestBytes(bytes: Uint8Array) {
  writeFileSync(join(folder, 'sn/x.txt'), bytes);
  const { results, failed } = await ingestSources(folder);
  if (results.length > 0) return { corpus: buildCorpus(results, editorial, [], false, structural).corpus, failed };
  return { corpus: null, failed };
}

type AnyRecord = Corpus[CollectionName][number];

/** Every invariant of an ingested text. */
function checkIngested(text: string, corpus: Corpus, files: Map<string, string>): void {
  expect(Corpus.parse(corpus)).toEqual(corpus);
  const source = corpus.sources[0]!;
  expect(Source.parse(source)).toEqual(source);
  const lines = linesOf(text);
  expect(source.line_count).toBe(lines.length);

  // Set aside: only non-blank lines, each once, with its text and the reason a step gave it.
  const setAside = new Map<number, string>();
  for (const entry of source.set_aside) {
    expect(setAside.has(entry.line), `line ${entry.line} set aside twice`).toBe(false);
    setAside.set(entry.line, entry.rule);
    expect(entry.line).toBeLessThanOrEqual(lines.length);
    expect(entry.text).toBe(normalise(lines[entry.line - 1]!));
    expect(entry.text).not.toBe('');
    expect(entry.reason).not.toBe('');
    expect(entry.rule).not.toBe('none');
  }
  // Page chrome inside a record's span (an image between a post and a name) is set aside, not the record's.
  const attachedTo = (record: AnyRecord) => {
    const held: number[] = [];
    for (let line = record.lines[0]; line <= record.lines[1]; line++) if (!setAside.get(line)?.startsWith('chrome:')) held.push(line);
    return held;
  };

  const attached = new Set<number>();
  const records = (Object.keys(collections) as CollectionName[]).flatMap((name) => corpus[name].map((record) => ({ name, record: record as AnyRecord })));
  // One file per record: no two records share an id.
  expect(files.size).toBe(1 + records.length);
  for (const { name, record } of records) {
    expect(collections[name].parse(record)).toEqual(record);
    expect(record.lines[1]).toBeLessThanOrEqual(lines.length);
    const held = attachedTo(record);
    for (const line of held) attached.add(line);

    // Faithful: the text is the whitespace-normalised text of its lines, from its first line to its
    // last (a list marker or an article label before it, the rest of a run-in list after it).
    expect(record.text).toBe(normalise(record.text));
    const texts = held.map((line) => normalise(lines[line - 1]!)).filter((line) => line !== '');
    expect(texts.length).toBeGreaterThan(0);
    const joined = texts.join(' ');
    // A marker alone on its line belongs to the item on the next line.
    const loneMarker = texts.length > 1 && /^\s*[-–—•›*·]$/u.test(texts[0]!);
    const firstEnd = loneMarker ? texts[0]!.length + 1 + texts[1]!.length : texts[0]!.length;
    const lastStart = joined.length - texts.at(-1)!.length;
    let found = false;
    for (let at = joined.indexOf(record.text); at !== -1 && !found; at = joined.indexOf(record.text, at + 1)) {
      found = at < firstEnd && at + record.text.length > lastStart;
    }
    expect(found, `${record.id}: “${record.text}” is not the text of lines ${record.lines.join('–')}`).toBe(true);

    // Escaped MDX: the written document gives back the text, and its frontmatter the record.
    const document = files.get(`${name}/${record.id}.mdx`)!;
    expect(textOfMdx(document)).toBe(record.text);
    expect(document.startsWith('---\n')).toBe(true);
    expect(parseYaml(document.slice(4, document.indexOf('\n---\n')))).toEqual(JSON.parse(JSON.stringify(record)));
  }

  // Lossless: every non-blank line is either attached to a record or set aside, never both, never
  // neither (a blank line may fall inside a record's span; it is never set aside).
  lines.forEach((line, index) => {
    const number = index + 1;
    if (normalise(line) === '') expect(setAside.has(number), `blank line ${number} set aside`).toBe(false);
    else expect(Number(attached.has(number)) + Number(setAside.has(number)), `line ${number}: ${line}`).toBe(1);
  });
}

// ——— What the random texts exercised: each must have happened at least once ———

const has = (pattern: RegExp) => (_: string, records: AnyRecord[]) => records.some((record) => pattern.test(record.text));
const features: Record<string, (input: string, records: AnyRecord[]) => boolean> = {
  'a byte order mark': (input) => input.startsWith('\ufeff'),
  'CR line ends': (input) => /\r(?!\n)/.test(input),
  'CRLF line ends': (input) => input.includes('\r\n'),
  'a line of 100,000 characters': (input) => input.split(lineBreak).some((line) => line.length >= 100_000),
  'a record of 100,000 characters': (_, records) => records.some((record) => record.text.length >= 100_000),
  'a record wrapped over lines': (_, records) => records.some((record) => record.lines[1] > record.lines[0]),
  'braces in a record': has(/\{.*\}/),
  '<script> in a record': has(/<script>/),
  '</textarea> in a record': has(/<\/textarea>/),
  'JSX in a record': has(/<Component prop=\{1\} \/>/),
  'a record opening with import': has(/^import /),
  'a record opening with export': has(/^export /),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  'a control character in a record': has(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f]/),
  'a right-to-left mark in a record': has(/[\u200f\u202e\u202b\u2067\u061c]/),
  'an emoji in a record': has(/\p{Extended_Pictographic}/u),
  'a combining accent in a record': has(/\p{Mn}/u),
  'a decree with its number, date and authority': (_, records) =>
    records.some((record) => 'authority' in record && record.number !== null && record.date !== null && record.authority !== null),
};

describe('random texts of the genre', () => {
  it('ingest with every invariant holding, or stop with a placed message', async () => {
    const counts = { cases: 0, ingested: 0, stopped: 0 };
    const stops: Record<string, number> = {};
    const seen = new Map(Object.keys(features).map((name) => [name, 0]));
    const started = performance.now();

    await fc.assert(
      fc.asyncProperty(source, async (drawn) => {
        counts.cases += 1;
        const { bytes, text, bad } = assemble(drawn);
        const { corpus, failed } = await ingestBytes(bytes);

        if (corpus === null) {
          // Stopped: one file, its fatal message placed on a line and a column.
          expect(failed).toHaveLength(1);
          const fatal = failed[0]!.messages.filter((message) => message.fatal);
          expect(fatal).toHaveLength(1);
          const [message] = fatal;
          expect(message!.line).toBeGreaterThanOrEqual(1);
          expect(message!.column).toBeGreaterThanOrEqual(1);
          expect(failed[0]!.path).toBe(join(folder, 'sn/x.txt'));
          // The reason is the right one, at the right place.
          if (bad) expect([message!.ruleId, message!.line, message!.column]).toEqual(['encoding', bad.line, bad.column]);
          else if (text.trim() === '') expect([message!.ruleId, message!.line, message!.column]).toEqual(['empty', 1, 1]);
          else {
            // Placed on the first line that holds text, at its first character.
            const lines = text.replace(/^\ufeff/u, '').split(lineBreak);
            const first = lines.findIndex((line) => normalise(line) !== '');
            const column = lines[first]!.length - lines[first]!.replace(/^\s+/u, '').length + 1;
            expect([message!.ruleId, message!.line, message!.column]).toEqual(['no-structure', first + 1, column]);
            const file = new VFile({ path: 'sn/x.txt', value: text });
            file.data.source = { id: 'sn/x', capture: 1, file: 'sn/x.txt', sha256: '0'.repeat(64), meta: { country: 'SN', language: 'fr', title: 'X' } };
            const { records } = ingestFile(file);
            expect(records.missions.length + records.organs.length + records.officials.length + records.decrees.length).toBe(0);
          }
          counts.stopped += 1;
          stops[message!.ruleId!] = (stops[message!.ruleId!] ?? 0) + 1;
          return;
        }

        expect(bad).toBeNull();
        expect(failed).toEqual([]);
        const files = corpusFiles(corpus);
        checkIngested(text, corpus, files);
        // Deterministic: the same bytes again give byte-identical output.
        const again = await ingestBytes(bytes);
        expect([...corpusFiles(again.corpus!)]).toEqual([...files]);
        counts.ingested += 1;

        const records = (Object.keys(collections) as CollectionName[]).flatMap((name) => corpus[name] as AnyRecord[]);
        const input = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        for (const [feature, test] of Object.entries(features)) if (test(input, records)) seen.set(feature, seen.get(feature)! + 1);
      }),
      { seed: SEED, numRuns: RUNS },
    );

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `robustness: ${counts.cases} generated cases, ${counts.ingested} ingested with every invariant holding, ${counts.stopped} stopped with a placed message (${Object.entries(
        stops,
      )
        .map(([rule, n]) => `${n} ${rule}`)
        .join(', ')}) in ${seconds} s`,
    );
    expect([...seen].filter(([, n]) => n === 0).map(([feature]) => feature)).toEqual([]);
    // With the fixed seed the draw is the same on every run: these counts are exact.
    expect(counts).toEqual({ cases: RUNS, ingested: 356, stopped: 144 });
    expect(stops).toEqual({ 'no-structure': 95, encoding: 35, empty: 14 });
  });
});
