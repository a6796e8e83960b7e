/**
 * The search page in the browser. The form is the state — query, other language, filters — and
 * the address mirrors it, so a search can be linked. Pagefind's index is fetched only once the
 * reader searches, and the other language's index only once they ask for it.
 */
import { pluralForm, type PluralForms } from '../i18n/plural.ts';
import { answers, mainWord, matchedWords, nearestWords, queryTerms } from './search-terms.ts';

/** What the page passes to the script: its language, the other one, and the strings it shows. */
export interface SearchStrings {
  lang: string;
  other: string;
  /** "{n} results for {query}", in its plural forms. */
  count: PluralForms<string>;
  /** "{n} records match the chosen filters", when there are filters and no query. */
  listed: PluralForms<string>;
  /** "Words too common to search for alone: {words}." */
  common: string;
  /** "{word} is in no page." */
  unknown: string;
  /** What introduces the nearest indexed words. */
  nearest: string;
  /** How a word is quoted in the page's language. */
  quote: string;
  more: string;
  error: string;
  /** The small label of a result from the other language. */
  otherPage: string;
  /** Category names by filter value, in the page's language. */
  kinds: Record<string, string>;
}

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (bundle: string, options: Record<string, unknown>) => Promise<void>;
  /** A null term lists what the filters select. */
  search: (term: string | null, options: { filters: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: Results }>;
}
type Results = Array<{ data: () => Promise<Fragment> }>;
interface Fragment {
  url: string;
  excerpt: string;
  content: string;
  /** The positions, among the words of `content`, of the words that matched. */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** What a query found: the results, and what the reader is told about its words. */
interface Outcome {
  results: Results;
  /** The query's words, when all were function words. */
  common: string[];
  /** The words no page has, each with the nearest indexed words. */
  unknown: Array<{ word: string; nearest: string[] }>;
}

const base = import.meta.env.BASE_URL;
const bundle = `${base}pagefind/`;
const pageSize = 20;
const filterNames = ['country', 'type', 'theme'];

/** The form's fields as an address's query. */
const paramsOf = (data: FormData) => new URLSearchParams([...data].map(([key, value]) => [key, String(value)]));
/** Whether a filter is chosen. */
const filtered = (fields: FormData | URLSearchParams) => filterNames.some((name) => fields.has(name));

/** Wires the search form, its status line and its result list. */
export function startSearch(form: HTMLFormElement, status: HTMLElement, list: HTMLOListElement, strings: SearchStrings) {
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const details = form.querySelector('details');
  const plural = new Intl.PluralRules(strings.lang);
  let pagefind: Promise<Pagefind> | undefined;
  let merged: Promise<void> | undefined;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Every page carries a synthetic "language" filter, so that the other language, once merged,
  // can be left out again without reloading.
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      await module.options({ mergeFilter: { language: strings.lang } });
      return module;
    }));
  // The same bundle, in the other language. Pagefind skips a merge whose path the main bundle's
  // starts with, so it is given as an absolute address; results keep site-relative URLs, and
  // weigh half as much, so that the page's own language comes first among equal matches.
  const withOther = (module: Pagefind) =>
    (merged ??= module.mergeIndex(new URL(bundle, location.href).href, {
      language: strings.other,
      baseUrl: base,
      indexWeight: 0.5,
      mergeFilter: { language: strings.other },
    }));

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
  let more: HTMLButtonElement | undefined;

  /** Appends one item per result: title linking to the record, category and country, excerpt. */
  function render(fragments: Fragment[]) {
    for (const fragment of fragments) {
      const item = document.createElement('li');
      const path = new URL(fragment.url, location.href).pathname;
      const foreign = path.startsWith(`${base}${strings.other}/`);
      if (foreign) item.lang = strings.other;
      const link = document.createElement('a');
      link.href = path;
      link.textContent = fragment.meta.title ?? path;
      // What the page says about the result is in the page's language, even for a foreign one.
      // The title names the record, its institution and country; this line says what it is.
      const about = document.createElement('p');
      about.className = 'result-about';
      about.textContent = strings.kinds[fragment.filters.type?.[0] ?? ''] ?? '';
      if (foreign) {
        about.lang = strings.lang;
        const label = document.createElement('span');
        label.className = 'result-lang';
        label.textContent = strings.otherPage;
        about.append(' ', label);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      // Pagefind escapes the page's text and adds only <mark> around the words found.
      excerpt.innerHTML = fragment.excerpt;
      item.append(link, about, excerpt);
      list.append(item);
    }
  }

  const page = (results: Results, from: number) => Promise.all(results.slice(from, from + pageSize).map((result) => result.data()));

  /** A button under the list for the next page of results, while there is one. */
  function offerMore(results: Results, id: number) {
    more?.remove();
    more = undefined;
    if (list.children.length >= results.length) return;
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'more', textContent: strings.more });
    more = button;
    button.addEventListener('click', async () => {
      const from = list.children.length;
      const fragments = await page(results, from);
      if (id !== latest) return;
      render(fragments);
      links()[from]?.focus();
      offerMore(results, id);
    });
    list.after(button);
  }

  /**
   * A word's results, and whether the index knows it: Pagefind answers a word it lacks with the
   * longest word it has that the word starts with, so the best result's matched words say which it was.
   */
  async function probe(module: Pagefind, word: string, where: Record<string, unknown>): Promise<{ results: Results; known: boolean }> {
    const { results } = await module.search(word, { filters: where });
    const first = await results[0]?.data();
    return { results, known: first !== undefined && matchedWords(first).some((found) => answers(word, found)) };
  }

  /** The indexed words nearest to one the index lacks, found among those sharing its first letters, longest first. */
  async function nearest(module: Pagefind, word: string, where: Record<string, unknown>): Promise<string[]> {
    for (let length = word.length - 1; length >= 3; length--) {
      const start = word.slice(0, length);
      const { results, known } = await probe(module, start, where);
      if (!known) continue;
      const fragments = await Promise.all(results.slice(0, 10).map((result) => result.data()));
      const found = nearestWords(
        word,
        fragments.flatMap(matchedWords).filter((candidate) => answers(start, candidate)),
      );
      if (found.length > 0) return found;
    }
    return [];
  }

  /**
   * The results of a query: a quoted phrase as it is; else its words but the function words,
   * each checked against the index first. With filters and no query, what the filters select.
   */
  async function find(query: string, data: FormData): Promise<Outcome> {
    const none: Outcome = { results: [], common: [], unknown: [] };
    const chosen = filterNames.filter((name) => data.has(name));
    if (!query && chosen.length === 0) return none;
    const module = await load();
    const both = data.has('both');
    if (both) await withOther(module);
    const language: Record<string, unknown> = both ? {} : { language: strings.lang };
    const where: Record<string, unknown> = { ...language };
    for (const name of chosen) where[name] = { any: data.getAll(name).map(String) };
    if (!query) return { ...none, results: (await module.search(null, { filters: where, sort: { position: 'asc' } })).results };
    if (/^".+"$/.test(query)) return { ...none, results: (await module.search(query, { filters: where })).results };
    const { kept, dropped } = queryTerms(query);
    if (kept.length === 0) return { ...none, common: dropped };
    const found = await Promise.all(kept.map(async (word) => (await probe(module, word, language)).known));
    const words = kept.filter((_, at) => found[at]);
    const unknown = await Promise.all(
      kept
        .filter((_, at) => !found[at])
        .map(mainWord)
        .map(async (word) => ({ word, nearest: await nearest(module, word, language) })),
    );
    const results = words.length > 0 ? (await module.search(words.join(' '), { filters: where })).results : [];
    return { results, common: [], unknown };
  }

  /** The status line: how many results, then what the query's words came to, with the nearest words as searches. */
  function report(query: string, data: FormData, outcome: Outcome) {
    const count = outcome.results.length;
    const forms = query ? strings.count : strings.listed;
    const parts: Array<string | Node> = [];
    if (query || filtered(data)) {
      parts.push(pluralForm(forms, count, plural).replace('{n}', String(count)).replace('{query}', query));
    }
    const quoted = (word: string) => strings.quote.replace('{text}', word);
    if (outcome.common.length > 0) parts.push(' ', strings.common.replace('{words}', outcome.common.map(quoted).join(', ')));
    for (const { word, nearest: near } of outcome.unknown) {
      parts.push(' ', strings.unknown.replace('{word}', word));
      if (near.length === 0) continue;
      parts.push(' ', strings.nearest, ' ');
      near.forEach((candidate, at) => {
        const params = paramsOf(data);
        params.set('q', query.replace(word, candidate));
        const link = Object.assign(document.createElement('a'), { href: `?${params}`, textContent: candidate });
        link.dataset.nearest = '';
        parts.push(...(at > 0 ? [', '] : []), link);
      });
      parts.push('.');
    }
    status.replaceChildren(...parts);
  }

  async function run() {
    const id = ++latest;
    const data = new FormData(form);
    const query = String(data.get('q') ?? '').trim();
    const address = query || filtered(data) ? `?${paramsOf(data)}` : '';
    history.replaceState(null, '', address || location.pathname);
    // The language switcher keeps the search.
    const switcher = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
    switcher?.setAttribute('href', switcher.pathname + address);
    try {
      const outcome = await find(query, data);
      const fragments = await page(outcome.results, 0);
      if (id !== latest) return;
      list.replaceChildren();
      render(fragments);
      list.hidden = outcome.results.length === 0;
      offerMore(outcome.results, id);
      report(query, data, outcome);
    } catch {
      if (id === latest) status.textContent = strings.error;
    }
  }

  // The address of a linked search fills the form.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).includes(box.value);
  // Beside the results there is room for the filters; on a narrow screen they wait to be opened.
  if (details && (filtered(params) || matchMedia('(min-width: 62rem)').matches)) details.open = true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'checkbox') void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || links().length === 0) return;
    event.preventDefault();
    links()[0]!.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0 || !['ArrowDown', 'ArrowUp', 'Escape'].includes(event.key)) return;
    event.preventDefault();
    const target = event.key === 'ArrowDown' ? all[at + 1] : event.key === 'ArrowUp' ? (all[at - 1] ?? input) : input;
    target?.focus();
  });
  if (input.value.trim() || filtered(params)) void run();
}
