/**
 * Permalinks: the records of an ingestion matched against the registry of published addresses.
 * Reads the records (with the ids assign-ids gave them) and the registry; writes the records
 * with the published ids they inherit, and the registry as this ingestion leaves it.
 *
 * A record keeps a published id when it has that id already (its first words did not change),
 * or else when its text is close to that of a published record of the same source and kind
 * that has lost its record: a re-capture with a spelling or whitespace change. Closest pairs
 * are matched first. A published record that matches nothing is lost: the caller stops, unless
 * asked to retire it, which leaves a tombstone naming where its text went, if anywhere.
 */
import { diceCoefficient } from 'dice-coefficient';
import { fold } from '../core/fold.ts';
import { type CollectionName, collections, type Permalink, type RecordKind } from '../core/records.ts';
import type { SourceRecords } from './compile-records.ts';

/** Dice similarity of character pairs at or above which a changed text is the same record. */
const SAME_RECORD = 0.8;
/** At or above it, a retired record's text is said to have gone to the current record. */
const SUCCESSOR = 0.6;

export interface KeptPermalinks {
  results: SourceRecords[];
  /** The registry after this ingestion, sorted by id. */
  registry: Permalink[];
  /** Ids of records published for the first time. */
  fresh: string[];
  /** Ids kept through a changed text, as [the id the record's words give, the id it keeps]. */
  kept: Array<[string, string]>;
  /** Live permalinks that no record carries any more (empty when retiring). */
  lost: Permalink[];
}

/** What the matching reads of a record, current or published. */
export interface Matchable {
  id: string;
  kind: RecordKind;
  /** Id of its source. */
  source: string;
  text: string;
}

interface Current extends Matchable {
  from: SourceRecords['source'];
  at: [CollectionName, number, number];
}

const similarity = (a: string, b: string) => diceCoefficient(fold(a), fold(b));

/**
 * The rule, shared with the tracking of captures: each item whose id is not known inherits the
 * id of the known record of the same source and kind whose text is closest (Dice ≥ 0.8), among
 * those that may inherit and that no item carries already; closest pairs first. Renames the
 * items in place and returns the pairs [the id the words give, the id kept].
 */
export function inheritIds<T extends Matchable>(
  items: T[],
  known: Matchable[],
  mayInherit: (entry: Matchable) => boolean = () => true,
): Array<[string, string]> {
  const ids = new Set(known.map((entry) => entry.id));
  const claimed = new Set(items.filter((item) => ids.has(item.id)).map((item) => item.id));
  const orphans = known.filter((entry) => mayInherit(entry) && !claimed.has(entry.id));
  const newcomers = items.filter((item) => !ids.has(item.id));
  const pairs = orphans.flatMap((entry) =>
    newcomers
      .filter((item) => item.source === entry.source && item.kind === entry.kind)
      .map((item) => ({ entry, item, score: similarity(entry.text, item.text) }))
      .filter((pair) => pair.score >= SAME_RECORD),
  );
  pairs.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : a.item.id < b.item.id ? -1 : 1));
  const kept: Array<[string, string]> = [];
  const taken = new Set<T>();
  for (const { entry, item } of pairs) {
    if (claimed.has(entry.id) || taken.has(item)) continue;
    kept.push([item.id, entry.id]);
    claimed.add(entry.id);
    taken.add(item);
    item.id = entry.id;
  }
  return kept;
}

/** Matches the records of all sources to the registry; see the module comment for the rule. */
export function keepPermalinks(results: SourceRecords[], registry: Permalink[], retire = false): KeptPermalinks {
  const names = Object.keys(collections) as CollectionName[];
  const current: Current[] = results.flatMap((result, r) =>
    names.flatMap((name) =>
      result[name].map((record, i): Current => ({
        id: record.id,
        kind: record.kind,
        source: result.source.id,
        from: result.source,
        text: record.text,
        at: [name, r, i],
      })),
    ),
  );
  const published = new Map(registry.map((entry) => [entry.id, entry]));
  const kept = inheritIds(current, registry, (entry) => published.get(entry.id)!.status === 'live');
  const claimed = new Set(current.map((item) => item.id));
  const orphans = registry.filter((entry) => entry.status === 'live' && !claimed.has(entry.id));

  const out = results.map((result) => ({ ...result, ...Object.fromEntries(names.map((name) => [name, [...result[name]]])) }) as SourceRecords);
  for (const item of current) {
    const [name, r, i] = item.at;
    const list = out[r]![name] as Array<{ id: string }>;
    if (list[i]!.id !== item.id) list[i] = { ...list[i]!, id: item.id };
  }
  const ids = new Set(current.map((item) => item.id));
  if (ids.size !== current.length) throw new Error('keepPermalinks: two records would share an id');

  const lost = orphans;
  const next = new Map<string, Permalink>(registry.map((entry) => [entry.id, entry]));
  for (const item of current) {
    next.set(item.id, {
      id: item.id,
      kind: item.kind,
      source: item.source,
      status: 'live',
      text: item.text,
      last_seen: { source_sha256: item.from.sha256, retrieved: item.from.retrieved },
    });
  }
  if (retire) for (const entry of lost) next.set(entry.id, withdraw(entry, current));
  return {
    results: out,
    registry: [...next.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    fresh: current.filter((item) => !published.has(item.id)).map((item) => item.id),
    kept,
    lost: retire ? [] : lost,
  };
}

/** A tombstone: the record is withdrawn; its text went to the current record that contains it, or else the closest. */
function withdraw(entry: Permalink, current: Current[]): Permalink {
  const candidates = current.filter((item) => item.source === entry.source);
  const text = fold(entry.text);
  const container = candidates.find((item) => fold(item.text).includes(text));
  const closest = candidates
    .map((item) => ({ item, score: similarity(entry.text, item.text) }))
    .filter((candidate) => candidate.score >= SUCCESSOR)
    .sort((a, b) => b.score - a.score)[0]?.item;
  const successor = container ?? closest;
  const { to: _, ...rest } = entry;
  return { ...rest, status: 'withdrawn', ...(successor ? { to: successor.id } : {}) };
}
