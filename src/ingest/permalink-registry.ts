/**
 * The registry file of published permalinks (content/permalinks.yaml): read with each problem
 * placed on its entry, and written back in a fixed order and layout, so that a change to the
 * registry reads as a small diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { isSeq, LineCounter, parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { yamlValue } from '../core/read-yaml.ts';
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
  /** Whether the file is invalid; its fatal message is on `file`. */
  failed: boolean;
}

/** Reads the registry; a missing file is an empty registry. An invalid one is `failed`, with a placed message on `file`. */
export function readRegistry(path: string): Registry {
  const file = new VFile({ path, value: existsSync(path) ? readFileSync(path, 'utf8') : '' });
  try {
    return { ...parseRegistry(file), file, failed: false };
  } catch (error) {
    if (!file.messages.some((message) => message.fatal)) throw error;
    return { entries: [], file, placeOf: () => ({ line: 1, column: 1 }), failed: true };
  }
}

function parseRegistry(file: VFile): Pick<Registry, 'entries' | 'placeOf'> {
  const lineCounter = new LineCounter();
  const document = parseDocument(String(file.value), { lineCounter, prettyErrors: false });
  const at = (offset = 0) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const options = { ruleId: 'permalinks', source: 'ingest' };
  for (const error of document.errors)
    file.fail(`Unexpected YAML: ${error.message.split('\n')[0]}; fix the syntax of the registry`, { ...options, place: at(error.pos[0]) });
  const items = isSeq(document.contents) ? document.contents.items : [];
  const offsetOf = (index: number) => (items[index] as { range?: [number, number] } | undefined)?.range?.[0] ?? 0;
  const read = yamlValue(document, 'registry');
  if ('problem' in read) file.fail(read.problem, { ...options, place: at(read.offset) });
  const parsed = z.array(Permalink).safeParse(read.value ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [index, ...field] = issue.path;
    file.fail(`Unexpected registry entry: ${field.join('.') || 'entry'}: ${issue.message}; fix the entry`, {
      ...options,
      place: at(typeof index === 'number' ? offsetOf(index) : 0),
    });
  }
  const entries = parsed.data ?? [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) file.fail(`Unexpected second entry for \`${entry.id}\`: keep one entry per id`, { ...options, place: at(offsetOf(index)) });
    seen.set(entry.id, index);
  });
  entries.forEach((entry, index) => {
    if (entry.status === 'moved' && !entry.to)
      file.fail(`Unexpected moved permalink \`${entry.id}\` without \`to\`: set it to the id the address now redirects to`, {
        ...options,
        place: at(offsetOf(index)),
      });
  });
  return { entries, placeOf: (id) => at(offsetOf(seen.get(id) ?? -1)) };
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
