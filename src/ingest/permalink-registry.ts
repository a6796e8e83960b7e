/**
 * The registry file of published permalinks (content/permalinks.yaml): read with each problem
 * placed on its entry, and written back in a fixed order and layout, so that a change to the
 * registry reads as a small diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { stringify } from 'yaml';
import { z } from 'zod';
import { anyFatal, listText, parseYaml, pathText, type SchemaProblem } from '../core/read-yaml.ts';
import { Permalink } from '../core/records.ts';

const header = `Every record address this site has published (/id/{id}/, /fr/{id}/, /en/{id}/), and what
became of it. Written by \`npm run permalinks\`; edit only to retire an address by hand:
status withdrawn (a tombstone; \`to\`: where its text went, if anywhere) or moved (\`to\`: the
id it redirects to). An address once published is never removed from this file.`;

export interface Registry {
  entries: Permalink[];
  /** The registry file, to place messages on. */
  file: VFile;
  /** Where an entry starts in the file. */
  placeOf: (id: string) => { line: number; column: number };
  /** Whether the file is invalid; its fatal messages are on `file`. */
  failed: boolean;
}

/** Reads the registry; a missing file is an empty registry. An invalid one is `failed`, with placed messages on `file`. */
export function readRegistry(path: string): Registry {
  const file = new VFile({ path, value: existsSync(path) ? readFileSync(path, 'utf8') : '' });
  const { entries, placeOf } = parseRegistry(file);
  const failed = anyFatal([file]);
  return { entries: failed ? [] : entries, placeOf, file, failed };
}

/** The registry's own wording of a schema problem: `Unexpected registry entry: field: what; fix the entry`. */
function registryWording(problem: SchemaProblem): string | undefined {
  if (problem.path.length === 0) return undefined;
  const field = pathText(problem.path.slice(1));
  if (problem.kind === 'missing') {
    const [first, ...others] = problem.keys;
    return `Unexpected registry entry: ${[field, first].filter(Boolean).join('.')}: missing${others.length > 0 ? `, as are ${listText(others)}` : ''}; add ${others.length > 0 ? 'them' : 'it'} to the entry`;
  }
  const what =
    problem.kind === 'unknown-key'
      ? `unexpected key, expected ${problem.expected ?? 'none there'}`
      : problem.kind === 'type'
        ? `unexpected ${problem.found ?? 'value'}, expected ${problem.expected}`
        : problem.expected
          ? `expected ${problem.expected}`
          : problem.issues[0]!.message;
  return `Unexpected registry entry: ${field || 'entry'}: ${what}; fix the entry`;
}

/** The registry's entries, every problem placed on its entry: the schema's, a second entry for an id, a move with no target. */
function parseRegistry(file: VFile): Pick<Registry, 'entries' | 'placeOf'> {
  const rule = { ruleId: 'permalinks' };
  const read = parseYaml(file, z.array(Permalink), {
    ...rule,
    source: 'ingest',
    what: 'registry',
    empty: [],
    syntaxRuleId: 'permalinks',
    wording: registryWording,
  });
  const entries = read.value ?? [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) read.report([index], `Unexpected second entry for \`${entry.id}\`: keep one entry per id`, rule);
    seen.set(entry.id, index);
  });
  entries.forEach((entry, index) => {
    if (entry.status === 'moved' && !entry.to)
      read.report([index], `Unexpected moved permalink \`${entry.id}\` without \`to\`: set it to the id the address now redirects to`, rule);
  });
  return { entries, placeOf: (id) => read.placeOf([seen.get(id) ?? -1]) };
}

/** The registry as YAML: entries sorted by id, keys in schema order, no line folding. */
export function registryYaml(entries: Permalink[]): string {
  const order = Object.keys(Permalink.shape);
  const sorted = [...entries]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((entry) => Object.fromEntries(order.filter((key) => key in entry).map((key) => [key, entry[key as keyof Permalink]])));
  const comment = header
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');
  return `${comment}\n${stringify(sorted, { lineWidth: 0 })}`;
}

/** Writes the registry file. */
export async function writeRegistry(path: string, entries: Permalink[]): Promise<void> {
  await writeFile(path, registryYaml(entries));
}
