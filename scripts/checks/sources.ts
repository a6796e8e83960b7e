/**
 * Every source's text is shown in full: each capture has its pages in each language, every line
 * its anchor on the page it belongs to, the current text its page naming the capture's as
 * canonical, each dated capture its page by date; every record page links its provenance to the
 * first line of its record in the capture it was read from, and every record of every capture
 * stands as a band at its lines.
 */
import { locales } from '../../src/core/locales.ts';
import { paths, SOURCE_PAGE_LINES } from '../../src/core/paths.ts';
import type { Corpus, Source } from '../../src/core/records.ts';
import { type BuiltPage, elements } from './pages.ts';

const pathOf = (address: string) => address.split('#')[0]!;

export function checkSources(pages: BuiltPage[], corpus: Corpus, site: string): { checked: number; problems: string[]; summary: string } {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: string[] = [];
  let checked = 0;
  let lines = 0;
  let provenance = 0;
  /** The page of an address, or a problem saying it is missing. */
  const page = (address: string, what: string) => {
    checked += 1;
    const found = byPath.get(pathOf(address));
    if (!found) problems.push(`${pathOf(address)}: missing, ${what}`);
    return found;
  };
  /** The capture a record was read from: the one whose checksum it names. */
  const captureOf = (source: Source, sha256: string) => source.captures.find((capture) => capture.sha256 === sha256)?.number;
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));

  for (const source of corpus.sources) {
    for (const lang of locales) {
      for (const capture of source.captures) {
        for (let line = 1; line <= capture.line_count; line += 1) {
          const address = paths.sourceLine(lang, source.id, capture.number, line);
          const shown = line % SOURCE_PAGE_LINES === 1 ? page(address, `page of capture ${capture.number} of ${source.id}`) : byPath.get(pathOf(address));
          if (shown && !shown.ids.has(`L${line}`)) problems.push(`${address}: no anchor for line ${line}`);
          lines += 1;
        }
      }
      const current = page(paths.source(lang, source.id), `the current text of ${source.id}`);
      const canonical = current && elements(current.tree).find((node) => node.tagName === 'link' && String(node.properties.rel) === 'canonical');
      const expected = new URL(paths.source(lang, source.id, source.capture), site).href;
      if (current && canonical?.properties.href !== expected) problems.push(`${current.path}: canonical ${canonical?.properties.href}, expected ${expected}`);
      for (const date of new Set(source.captures.flatMap((capture) => capture.retrieved ?? [])))
        page(paths.sourceAt(lang, source.id, date), `${source.id} as of ${date}`);
    }
  }

  // Every record page links its lines to the capture it comes from, and that capture shows it as a band there.
  for (const record of [...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees]) {
    const source = sources.get(record.source)!;
    const capture = captureOf(source, record.source_sha256);
    if (capture !== source.capture) problems.push(`${record.id}: read from capture ${capture}, expected the current ${source.capture}`);
    for (const lang of locales) {
      const shown = byPath.get(paths.page(lang, record.id));
      const link = paths.sourceLine(lang, source.id, source.capture, record.lines[0]);
      provenance += 1;
      if (shown && !shown.links.includes(link)) problems.push(`${shown.path}: no provenance link to ${link}`);
    }
  }
  for (const history of corpus.histories) {
    for (const version of history.versions) {
      for (const lang of locales) {
        const address = paths.sourceLine(lang, history.source, version.capture, version.lines[0]);
        const shown = byPath.get(pathOf(address));
        checked += 1;
        if (shown && !bandsOf(shown).get(`L${version.lines[0]}`)?.has(history.id))
          problems.push(`${address}: ${history.id} is not shown as a band at its lines`);
      }
    }
  }
  const summary = `${lines} line anchors, ${provenance} provenance links, ${corpus.histories.length} records' bands`;
  return { checked, problems, summary };
}

const bands = new WeakMap<BuiltPage, Map<string, Set<string>>>();

/** The records each line of a page is shown in, as bands (the rows of one <tbody>), read once per page. */
function bandsOf(page: BuiltPage): Map<string, Set<string>> {
  let found = bands.get(page);
  if (!found) {
    found = new Map();
    for (const body of elements(page.tree).filter((node) => node.tagName === 'tbody')) {
      const inner = elements({ type: 'root', children: [body] });
      const records = new Set(inner.flatMap((node) => (typeof node.properties.dataRecord === 'string' ? [node.properties.dataRecord] : [])));
      for (const row of inner) if (row.tagName === 'tr' && typeof row.properties.id === 'string') found.set(row.properties.id, records);
    }
    bands.set(page, found);
  }
  return found;
}
