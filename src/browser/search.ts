/**
 * The search page in the browser. The form is the state — query, other language, filters — and
 * the address mirrors it, so a search can be linked. Pagefind's index is fetched only once the
 * reader searches, and the other language's index only once they ask for it.
 */
import { pluralForm, type PluralForms } from '../i18n/plural.ts';

/** What the page passes to the script: its language, the other one, and the strings it shows. */
export interface SearchStrings {
  lang: string;
  other: string;
  /** "{n} results for {query}", in its plural forms. */
  count: PluralForms<string>;
  more: string;
  error: string;
  /** The small label of a result from the other language. */
  otherPage: string;
  /** Category and country names by filter value, in the page's language. */
  kinds: Record<string, string>;
  countries: Record<string, string>;
}

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (bundle: string, options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options: { filters: Record<string, unknown> }) => Promise<{ results: Results }>;
}
type Results = Array<{ data: () => Promise<Fragment> }>;
interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

const base = import.meta.env.BASE_URL;
const bundle = `${base}pagefind/`;
const pageSize = 20;
const filterNames = ['country', 'type', 'theme'];

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
      const about = document.createElement('p');
      about.className = 'result-about';
      const country = strings.countries[fragment.filters.country?.[0] ?? ''] ?? fragment.meta.country;
      about.textContent = [strings.kinds[fragment.filters.type?.[0] ?? ''], country].filter(Boolean).join(' · ');
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

  async function run() {
    const id = ++latest;
    const data = new FormData(form);
    const query = String(data.get('q') ?? '').trim();
    const params = new URLSearchParams([...data].map(([key, value]) => [key, String(value)]));
    const address = query ? `?${params}` : '';
    history.replaceState(null, '', address || location.pathname);
    // The language switcher keeps the search.
    const switcher = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
    switcher?.setAttribute('href', switcher.pathname + address);
    try {
      let results: Results = [];
      if (query) {
        const module = await load();
        const both = data.has('both');
        if (both) await withOther(module);
        const where: Record<string, unknown> = both ? {} : { language: strings.lang };
        for (const name of filterNames) {
          const values = data.getAll(name).map(String);
          if (values.length > 0) where[name] = { any: values };
        }
        results = (await module.search(query, { filters: where })).results;
      }
      const fragments = await page(results, 0);
      if (id !== latest) return;
      list.replaceChildren();
      render(fragments);
      list.hidden = results.length === 0;
      offerMore(results, id);
      const count = results.length;
      status.textContent = query ? pluralForm(strings.count, count, plural).replace('{n}', String(count)).replace('{query}', query) : '';
    } catch {
      if (id === latest) status.textContent = strings.error;
    }
  }

  // The address of a linked search fills the form.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).includes(box.value);
  // Beside the results there is room for the filters; on a narrow screen they wait to be opened.
  if (details && (filterNames.some((name) => params.has(name)) || matchMedia('(min-width: 62rem)').matches)) details.open = true;

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
  if (input.value.trim()) void run();
}
