/**
 * The Benin seed re-captured twice (tests/recaptures.ts), ingested and built into a real site,
 * served and read in Chromium: every address published before still resolves, the raw texts
 * are the captures as received; a record's history and a source's changes give exactly the
 * expected entries (the history on paper one line per capture, on one A4 page), a former record
 * keeps its page, the Atom feeds are valid and hold the expected entries (read with a real XML parser),
 * the open data carries the history, point-in-time addresses resolve (pre-generated, or through
 * the 404 page's script), and axe-core finds no violation on these pages in either language or
 * colour scheme.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/browser.ts';
import { parse } from 'yaml';
import type { Permalink } from '../../src/core/records.ts';
import { root } from '../helpers.ts';
import { buildRecaptured, ids as recaptured, secondCapture, thirdCapture } from '../recaptures.ts';
import { axeViolations } from './axe.ts';
import { printOnA4 } from './print.ts';
import { siteUrl } from '../../src/core/site-url.ts';

const bj = 'bj/secretariat-general';
const ids = {
  ...recaptured,
  moved: recaptured.swappedA,
  official: recaptured.deputy,
  mali: 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement',
};
const origin = siteUrl;

let site: Site;
let dist: string;
let sources: string;
let out: string;
let registry: string;
beforeAll(async () => {
  ({ dist, sources, out, registry } = buildRecaptured());
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391) + 30, dist);
}, 180_000);
afterAll(async () => site?.close());

/** Opens a page and runs a function on it. */
async function onPage<T>(path: string, read: (page: import('playwright-core').Page) => Promise<T>, javaScriptEnabled = true): Promise<T> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  try {
    return await read(page);
  } finally {
    await context.close();
  }
}

/** A file of the built site, fetched from the server: its status and body. */
async function fetched(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${site.url}${path}`);
  return { status: response.status, body: await response.text() };
}

describe('every address published before the re-captures', () => {
  it('still resolves, in both languages, with its identifier and its data', async () => {
    const published = parse(readFileSync(join(root, 'content/permalinks.yaml'), 'utf8')) as Permalink[];
    expect(published.length).toBe(42);
    for (const entry of published) {
      for (const path of [`/fr/${entry.id}/`, `/en/${entry.id}/`, `/id/${entry.id}/`, `/data/records/${entry.id}.json`]) {
        expect((await fetched(path)).status, path).toBe(200);
      }
    }
  });
});

describe('the raw texts', () => {
  it('are every capture as received, each with the checksum the index gives and the corpus cites', async () => {
    const index = JSON.parse((await fetched('/data/index.json')).body) as { files: Array<{ path: string; sha256: string }> };
    const texts = [readFileSync(join(sources, `${bj}.txt`), 'utf8'), secondCapture(), thirdCapture()];
    for (const [n, text] of texts.entries()) {
      const path = `/data/sources/${bj}@${n + 1}.txt`;
      expect((await fetched(path)).body, path).toBe(text);
      expect(index.files.find((file) => file.path === path)?.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    }
    expect((await fetched(`/data/sources/${bj}.txt`)).body).toBe(thirdCapture());
  });
});

describe('the built site', () => {
  it('passes every post-build check (links, languages, HTML, permalinks, open data, sitemap, source texts)', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/check-site.ts'), '--dist', dist, '--permalinks', registry], {
      cwd: root,
      env: { ...process.env, SG_OUT: out },
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\n\d+ pages: 9 passed, 0 failed\n/);
  });
});

describe('the source page of each capture', () => {
  it('numbers every line of the capture, and bands each record at its lines in that capture', async () => {
    for (const [n, lines] of [
      [1, 67],
      [2, 68],
      [3, 68],
    ] as const) {
      const found = await onPage(`/fr/${bj}/source/${n}/`, async (page) => ({
        heading: await page.locator('h1').textContent(),
        anchors: await page.locator('tr[id^="L"]').count(),
        added: await page.locator(`tbody:has(#L11) [data-record="${ids.added}"]`).count(),
        removed: await page.locator(`tbody:has(#L21) [data-record="${ids.removed}"]`).count(),
      }));
      expect(found, `capture ${n}`).toEqual({ heading: `Texte source · Capture ${n} sur 3`, anchors: lines, added: n === 1 ? 0 : 1, removed: n === 1 ? 1 : 0 });
    }
    // The current text is the latest capture.
    expect(await onPage(`/en/${bj}/source/`, (page) => page.locator('link[rel="canonical"]').getAttribute('href'))).toBe(`${origin}/en/${bj}/source/3/`);
  });

  it('stands at each capture date, and at any other through the 404 page', async () => {
    for (const [date, n] of [
      ['2026-12-10', 2],
      ['2026-12-20', 3],
    ] as const) {
      expect(await onPage(`/fr/${bj}/source/@${date}/`, (page) => page.locator('h1').textContent()), date).toBe(`Texte source · Capture ${n} sur 3`);
    }
    const url = await onPage(`/en/${bj}/source/@2026-12-31/`, async (page) => {
      await page.waitForURL('**/source/@2026-12-20/');
      return new URL(page.url()).pathname;
    });
    expect(url).toBe(`/en/${bj}/source/@2026-12-20/`);
  });
});

describe('the changes page', () => {
  it('lists every change, newest pair first, with its type, record, lines, positions and wording', async () => {
    const entries = await onPage(`/en/${bj}/changes/`, (page) =>
      page.locator('.change-set').evaluateAll((sets) =>
        sets.map((set) => ({
          pair: [Number((set as HTMLElement).dataset.from), Number((set as HTMLElement).dataset.to)],
          changes: [...set.querySelectorAll<HTMLElement>('.change')].map((change) => ({
            type: change.dataset.type,
            record: change.dataset.record,
            link: change.querySelector('.change-head a')?.getAttribute('href'),
            move: change.querySelector('.change-move')?.textContent ?? null,
            deleted: [...change.querySelectorAll('.diff del')].map((del) => del.textContent),
            inserted: [...change.querySelectorAll('.diff ins')].map((ins) => ins.textContent),
            lines: [...change.querySelectorAll('.change-sides a')].map((link) => link.textContent),
          })),
        })),
      ),
    );
    const entry = (type: string, record: string, rest: Partial<(typeof entries)[number]['changes'][number]>) => ({
      type,
      record,
      link: `/en/${record}/`,
      move: null,
      deleted: [],
      inserted: [],
      lines: [],
      ...rest,
    });
    expect(entries).toEqual([
      {
        pair: [2, 3],
        changes: [
          entry('reworded', ids.official, {
            deleted: ['[deleted: Lidwine GLELE GNANSOUNOU]'],
            inserted: ['[inserted: Aïcha KOTO]'],
            lines: ['lines 64–68 of capture 2', 'lines 64–68 of capture 3'],
          }),
        ],
      },
      {
        pair: [1, 2],
        changes: [
          entry('added', ids.added, { lines: ['line 11 of capture 2'] }),
          entry('moved', ids.moved, {
            move: 'Moves from 2nd to 4th place among the attributions.',
            lines: ['line 11 of capture 1', 'line 15 of capture 2'],
          }),
          entry('reworded', ids.reworded, { inserted: ['[inserted: motivé]'], lines: ['line 17 of capture 1', 'line 19 of capture 2'] }),
          entry('removed', ids.removed, { lines: ['line 21 of capture 1'] }),
        ],
      },
    ]);
  });

  it('says there is no change yet for a source captured once, and declares its feeds', async () => {
    const { none, feeds } = await onPage('/fr/ml/secretariat-general/changes/', async (page) => ({
      none: await page.locator('[data-changes-none]').textContent(),
      feeds: await page.locator('link[type="application/atom+xml"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    }));
    expect(none).toBe('Une seule capture du texte source a été recueillie\u00a0: aucune modification pour l’instant.');
    expect(feeds).toEqual(['/fr/ml/secretariat-general/changes.xml', '/fr/changes.xml']);
  });
});

describe('a record’s history', () => {
  it('gives its text in each capture, the difference from the one before, or that it is unchanged', async () => {
    const versions = await onPage(`/fr/${ids.reworded}/`, (page) =>
      page.locator('#history .version').evaluateAll((items) =>
        items.map((item) => ({
          capture: (item as HTMLElement).dataset.capture,
          head: item.querySelector('.version-head')?.textContent?.replace(/\s+/g, ' ').trim(),
          link: item.querySelector('.version-head a')?.getAttribute('href'),
          lang: item.querySelector('.version-text')?.getAttribute('lang'),
          inserted: [...item.querySelectorAll('.diff ins')].map((ins) => ins.textContent),
          unchanged: item.querySelector('.unchanged') !== null,
        })),
      ),
    );
    expect(versions).toEqual([
      {
        capture: '1',
        head: 'Capture 1 · date inconnue · ligne 17 de la capture 1',
        link: `/fr/${bj}/source/1/#L17`,
        lang: null,
        inserted: [],
        unchanged: false,
      },
      {
        capture: '2',
        head: 'Capture 2 · consultée le 10 décembre 2026 · ligne 19 de la capture 2',
        link: `/fr/${bj}/source/2/#L19`,
        lang: null,
        inserted: ['[ajouté\u00a0: motivé]'],
        unchanged: false,
      },
      {
        capture: '3',
        head: 'Capture 3 · consultée le 20 décembre 2026 · texte actuel · ligne 19 de la capture 3',
        link: `/fr/${bj}/source/3/#L19`,
        lang: null,
        inserted: [],
        unchanged: true,
      },
    ]);
    // On the English page, the French texts say they are French.
    expect(await onPage(`/en/${ids.reworded}/`, (page) => page.locator('#history .version-text').first().getAttribute('lang'))).toBe('fr');
  });

  it('prints on one A4 page, each capture one line and whether the text changed', async () => {
    const printed = await onPage(`/fr/${ids.reworded}/`, async (page) => {
      await page.emulateMedia({ media: 'print' });
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without what print hides, is the point
      return { ...(await printOnA4(page)), history: await page.locator('#history').innerText() };
    });
    expect(printed.pages).toBe(1);
    expect(printed.history.split('\n').filter((line) => line.trim() !== '')).toEqual([
      'Historique',
      'Capture 1 · date inconnue · ligne 17 de la capture 1',
      'Capture 2 · consultée le 10 décembre 2026 · ligne 19 de la capture 2',
      'Modifiée depuis la capture précédente.',
      'Capture 3 · consultée le 20 décembre 2026 · texte actuel · ligne 19 de la capture 3',
      'Inchangée depuis la capture précédente.',
    ]);
    // The earlier texts and their differences are for the screen.
    expect(printed.text).not.toContain('Différence avec la capture précédente');
  });

  it('says briefly that a source captured once has no history', async () => {
    expect(await onPage(`/en/${ids.mali}/`, (page) => page.locator('[data-history-single]').textContent())).toBe(
      'The source text has been captured once: the record has no history yet.',
    );
  });
});

describe('a former record', () => {
  it('keeps its page in both languages, its last text, when it was last seen, and a link to its removal', async () => {
    for (const lang of ['fr', 'en']) {
      const found = await onPage(`/${lang}/${ids.removed}/`, async (page) => ({
        notice: (await page.locator('[data-former-notice]').textContent())?.replace(/\s+/g, ' ').trim(),
        link: await page.locator('[data-former-notice] a').getAttribute('href'),
        indexed: await page.locator('[data-pagefind-body]').count(),
        versions: await page.locator('#history .version').count(),
      }));
      expect(found.link).toBe(`/${lang}/${bj}/changes/#change-1-2-removed-${ids.removed.replaceAll('/', '_')}`);
      expect(found.indexed).toBe(0);
      expect(found.versions).toBe(1);
      expect(found.notice).toContain(lang === 'fr' ? 'capture 1 (date inconnue)' : 'capture 1 (date unknown)');
      expect(found.notice).toContain(lang === 'fr' ? '(capture 3, 20 décembre 2026)' : '(capture 3, 20 December 2026)');
    }
    const data = JSON.parse(readFileSync(join(dist, `data/records/${ids.removed}.json`), 'utf8'));
    expect([data.history.status, data.history.first_seen, data.history.last_seen, data.history.current_capture]).toEqual(['former', 1, 1, 3]);
    expect(data.provenance.file).toBe('bj/secretariat-general.txt');
  });
});

describe('the open data of the versions', () => {
  it('gives each record its texts in each capture, and each source its changes', () => {
    const record = JSON.parse(readFileSync(join(dist, `data/records/${ids.official}.json`), 'utf8'));
    expect(record.history.versions.map((version: { capture: number; text: string }) => [version.capture, version.text.split('Madame ')[1]])).toEqual([
      [1, 'Lidwine GLELE GNANSOUNOU'],
      [2, 'Lidwine GLELE GNANSOUNOU'],
      [3, 'Aïcha KOTO'],
    ]);
    expect(record.history.captures.map((capture: { retrieved: string | null }) => capture.retrieved)).toEqual([null, '2026-12-10', '2026-12-20']);
    const changes = JSON.parse(readFileSync(join(dist, `data/changes/${bj}.json`), 'utf8'));
    expect(changes.changes.map((pair: { from: number; changes: Array<{ type: string }> }) => [pair.from, pair.changes.map((change) => change.type)])).toEqual([
      [1, ['added', 'moved', 'reworded', 'removed']],
      [2, ['reworded']],
    ]);
    expect(changes.$schema).toBe(`${origin}/data/schemas/changes.schema.json`);
  });
});

describe('the Atom feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });
  const feed = (path: string) => {
    const xml = readFileSync(join(dist, path), 'utf8');
    return parser.parse(xml).feed;
  };

  it('hold one entry per change, newest first, with stable ids, capture dates and absolute links', () => {
    const all = feed('en/changes.xml');
    expect(all['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(all.id).toBe(`${origin}/en/changes.xml`);
    expect(all.updated).toBe('2026-12-20T00:00:00Z');
    expect(all.link.find((link: Record<string, string>) => link['@rel'] === 'self')['@href']).toBe(`${origin}/en/changes.xml`);
    expect(all.author.name).toBe('Secretariat-General');
    const entries = all.entry.map((entry: Record<string, unknown>) => ({
      title: entry.title,
      updated: entry.updated,
      link: (entry.link as Array<Record<string, string>>)[0]!['@href'],
      id: entry.id,
    }));
    const at = (type: string, id: string) => `${origin}/en/${bj}/changes/#change-${type}-${id.replaceAll('/', '_')}`;
    expect(entries).toEqual([
      {
        title: 'Reworded: Aïcha KOTO — Secretariat-General of the Ministry',
        updated: '2026-12-20T00:00:00Z',
        link: `${origin}/en/${ids.official}/`,
        id: at('2-3-reworded', ids.official),
      },
      {
        title: 'Added: Function 2 — Secretariat-General of the Ministry',
        updated: '2026-12-10T00:00:00Z',
        link: `${origin}/en/${ids.added}/`,
        id: at('1-2-added', ids.added),
      },
      {
        title: 'Moved: Function 4 — Secretariat-General of the Ministry',
        updated: '2026-12-10T00:00:00Z',
        link: `${origin}/en/${ids.moved}/`,
        id: at('1-2-moved', ids.moved),
      },
      {
        title: 'Reworded: Function 6 — Secretariat-General of the Ministry',
        updated: '2026-12-10T00:00:00Z',
        link: `${origin}/en/${ids.reworded}/`,
        id: at('1-2-reworded', ids.reworded),
      },
      {
        title: 'Removed: Function 7 — Secretariat-General of the Ministry',
        updated: '2026-12-10T00:00:00Z',
        link: `${origin}/en/${ids.removed}/`,
        id: at('1-2-removed', ids.removed),
      },
    ]);
    expect(all.entry[0].summary['#text']).toBe(
      'Before: La Secrétaire Générale Adjointe du Ministère Madame Lidwine GLELE GNANSOUNOU\nAfter: La Secrétaire Générale Adjointe du Ministère Madame Aïcha KOTO',
    );
  });

  it('are as many as the languages and sources, each with the entries of its source', () => {
    expect(feed(`fr/${bj}/changes.xml`).entry.map((entry: { title: string }) => entry.title.split('\u00a0: ')[0])).toEqual([
      'Reformulée',
      'Ajoutée',
      'Déplacée',
      'Reformulée',
      'Supprimée',
    ]);
    const mali = feed('fr/ml/secretariat-general/changes.xml');
    expect([mali.entry, mali.updated, mali['@xml:lang']]).toEqual([undefined, '1970-01-01T00:00:00Z', 'fr']);
  });
});

describe('point in time', () => {
  it('shows a record as it stood in the capture of a date, and says a later text exists', async () => {
    const found = await onPage(`/en/${ids.official}/@2026-12-10/`, async (page) => ({
      state: await page.locator('[data-point-in-time]').getAttribute('data-state'),
      capture: await page.locator('[data-point-in-time]').getAttribute('data-capture'),
      text: await page.locator('[data-text]').textContent(),
      record: await page.locator('[data-record-link]').getAttribute('href'),
    }));
    expect(found).toEqual({
      state: 'in',
      capture: '2',
      text: 'La Secrétaire Générale Adjointe du Ministère Madame Lidwine GLELE GNANSOUNOU',
      record: `/en/${ids.official}/`,
    });
    // At the last capture date, the current text.
    const last = await onPage(`/en/${ids.official}/@2026-12-20/`, async (page) => ({
      capture: await page.locator('[data-point-in-time]').getAttribute('data-capture'),
      text: await page.locator('[data-text]').textContent(),
    }));
    expect(last).toEqual({ capture: '3', text: 'La Secrétaire Générale Adjointe du Ministère Madame Aïcha KOTO' });
    expect(await onPage(`/fr/${ids.removed}/@2026-12-20/`, (page) => page.locator('[data-absent]').textContent())).toBe(
      'La disposition n’était plus dans cette capture du texte.',
    );
  });

  it('resolves a date between captures to the latest capture on or before it, through the 404 page', async () => {
    const url = await onPage(`/fr/${ids.official}/@2026-12-15/`, async (page) => {
      await page.waitForURL(`**/@2026-12-10/`);
      return new URL(page.url()).pathname;
    });
    expect(url).toBe(`/fr/${ids.official}/@2026-12-10/`);
  });

  it('says so, in the address’s language, for a date before the first dated capture or a source with none', async () => {
    const before = await onPage(`/en/${ids.official}/@2026-01-01/`, async (page) => {
      await page.locator('#point-in-time:not([hidden])').waitFor();
      return {
        lang: await page.locator('#point-in-time').getAttribute('lang'),
        text: await page.locator('#point-in-time p').first().textContent(),
        links: await page.locator('#point-in-time a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      };
    });
    expect(before).toEqual({
      lang: 'en',
      text: 'No dated capture of the text is as early as 1 January 2026: the first was retrieved on 10 December 2026.',
      links: [`/en/${ids.official}/`, `/en/${ids.official}/#history`],
    });
    const undated = await onPage(`/fr/${ids.mali}/@2026-12-15/`, async (page) => {
      await page.locator('#point-in-time:not([hidden])').waitFor();
      return page.locator('#point-in-time p').first().textContent();
    });
    expect(undated).toBe('Aucune capture de ce texte n’est datée\u00a0: on ne peut dire ce qu’il disait à une date donnée.');
  });

  it('leaves the 404 page as it is without JavaScript', async () => {
    const hidden = await onPage(`/fr/${ids.official}/@2026-12-15/`, (page) => page.locator('#point-in-time').isHidden(), false);
    expect(hidden).toBe(true);
  });
});

describe('accessibility of the versions (axe-core)', () => {
  it.each([
    ['changes (fr)', `/fr/${bj}/changes/`],
    ['changes (en)', `/en/${bj}/changes/`],
    ['history (fr)', `/fr/${ids.reworded}/`],
    ['history (en)', `/en/${ids.official}/`],
    ['former record (en)', `/en/${ids.removed}/`],
    ['point in time (fr)', `/fr/${ids.official}/@2026-12-10/`],
  ])('%s', async (_name, path) => {
    for (const scheme of ['light', 'dark'] as const) {
      const { status, violations } = await axeViolations(site, `${site.url}${path}`, scheme);
      expect(status).toBe(200);
      expect(violations, `${path} (${scheme})`).toEqual([]);
    }
  });
});
