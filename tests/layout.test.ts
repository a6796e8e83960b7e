/**
 * The layout the README draws ("Layout"): each folder is a room, and imports run one way —
 * the core uses nothing; ingestion and the comparison use the core; the pipeline uses them;
 * the site, the open data and the checks read what the pipeline wrote; nothing imports the
 * site. Read from the import graph of every source file, `.astro` frontmatter and scripts
 * included, with TypeScript's own pre-processor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

/** Each room and the paths it holds (folders, or single files at the top). */
const rooms = {
  core: ['src/core/'],
  ingest: ['src/ingest/'],
  compare: ['src/compare/'],
  pipeline: ['src/corpus/'],
  'open data': ['src/open-data/'],
  evaluation: ['src/evaluate/'],
  site: [
    'src/lib/',
    'src/components/',
    'src/layouts/',
    'src/pages/',
    'src/i18n/',
    'src/browser/',
    'src/scripts/',
    'src/styles/',
    'src/types/',
    'src/content.config.ts',
    'astro.config.mjs',
  ],
  'command line': ['scripts/'],
} as const;
type Room = keyof typeof rooms;

/** The rooms each room may import from, besides itself. */
const allowed: Record<Room, Room[]> = {
  core: [],
  ingest: ['core'],
  compare: ['core'],
  pipeline: ['core', 'ingest', 'compare'],
  'open data': ['core'],
  evaluation: ['core', 'ingest'],
  site: ['core', 'open data'],
  'command line': ['core', 'ingest', 'compare', 'pipeline', 'open data', 'evaluation'],
};

const roomOf = (path: string): Room | undefined =>
  (Object.keys(rooms) as Room[]).find((room) => rooms[room].some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix)));

/** Every source file of the project, relative to the root. */
function sourceFiles(): string[] {
  const found = ['astro.config.mjs'];
  for (const folder of ['src', 'scripts']) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(?:ts|mts|mjs|astro)$/.test(entry.name)) found.push(relative(root, join(entry.parentPath, entry.name)));
    }
  }
  return found.sort();
}

/** The code of a file that may import: an `.astro` file's frontmatter and scripts. */
function codeOf(path: string): string {
  const text = readFileSync(join(root, path), 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** The project files a file imports (relative specifiers only: packages are not rooms). */
function importsOf(path: string): string[] {
  const { importedFiles } = ts.preProcessFile(codeOf(path), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(root, resolve(root, dirname(path), name.replace(/\?.*$/, ''))));
}

type Graph = Map<string, string[]>;

/** The imports that leave their room for one it may not use. */
function crossings(graph: Graph): string[] {
  return [...graph].flatMap(([from, targets]) =>
    targets.flatMap((to) => {
      const [a, b] = [roomOf(from), roomOf(to)];
      if (a === undefined || b === undefined) return [`${from} → ${to}: outside every room`];
      return a === b || allowed[a].includes(b) ? [] : [`${from} (${a}) → ${to} (${b})`];
    }),
  );
}

/** Every circle of imports, as the files it goes through. */
function circles(graph: Graph): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (path: string, trail: string[]) => {
    if (state.get(path) === 'done') return;
    if (state.get(path) === 'open') {
      found.push([...trail.slice(trail.indexOf(path)), path].join(' → '));
      return;
    }
    state.set(path, 'open');
    for (const next of graph.get(path) ?? []) visit(next, [...trail, path]);
    state.set(path, 'done');
  };
  for (const path of graph.keys()) visit(path, []);
  return found;
}

const graph: Graph = new Map(sourceFiles().map((path) => [path, importsOf(path)]));

describe('the layout', () => {
  it('puts every source file in a room', () => {
    expect(graph.size).toBeGreaterThan(90);
    expect([...graph.keys()].filter((path) => roomOf(path) === undefined)).toEqual([]);
  });

  it('has imports run one way, as the README draws them', () => {
    expect(crossings(graph)).toEqual([]);
  });

  it('has no circle between files', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('sees a crossing and a circle where there is one', () => {
    const made: Graph = new Map([
      ['src/ingest/a.ts', ['src/core/records.ts', 'src/lib/site.ts']],
      ['src/lib/site.ts', ['src/lib/views.ts']],
      ['src/lib/views.ts', ['src/lib/site.ts']],
      ['src/core/records.ts', []],
    ]);
    expect(crossings(made)).toEqual(['src/ingest/a.ts (ingest) → src/lib/site.ts (site)']);
    expect(circles(made)).toEqual(['src/lib/site.ts → src/lib/views.ts → src/lib/site.ts']);
    expect(importsOf('src/corpus/pipeline.ts')).toContain('src/ingest/processor.ts');
  });
});
