/**
 * Versions: the captures of each source, oldest first, matched record by record with the rule
 * that keeps permalinks (the same id, or else a close text of the same kind). Gives the current
 * records (the latest capture's, with the ids they inherit), the records the current text no
 * longer has (each as last seen), every record's text in each capture, and what changed from
 * each capture to the next: records added, removed, reworded (word by word) and moved.
 */
import { type Change, type CollectionName, type CorpusRecord, collections, type History, type SourceChanges } from '../core/records.ts';
import { wordDiff } from '../core/word-diff.ts';
import type { SourceRecords } from './compile-records.ts';
import { inheritIds, type Matchable } from './keep-permalinks.ts';

export interface Versions {
  /** One per source: its latest capture, the source carrying all its captures. */
  current: SourceRecords[];
  /** The records an earlier capture has and the latest does not, grouped by the capture that last had them. */
  former: SourceRecords[];
  histories: History[];
  changes: SourceChanges[];
}

const names = Object.keys(collections) as CollectionName[];

interface Placed {
  record: CorpusRecord;
  collection: CollectionName;
  /** 1-based rank among the records of its kind in the capture. */
  position: number;
}

/** The records of one capture, in source order, with their rank among those of their kind. */
function placed(result: SourceRecords): Placed[] {
  const records = names
    .flatMap((collection) => (result[collection] as CorpusRecord[]).map((record) => ({ record, collection })))
    .sort((a, b) => a.record.lines[0] - b.record.lines[0]);
  const ranks = new Map<string, number>();
  return records.map((item) => {
    const position = (ranks.get(item.record.kind) ?? 0) + 1;
    ranks.set(item.record.kind, position);
    return { ...item, position };
  });
}

/** The ids of `after` that keep their order relative to the others: a longest common subsequence. */
function inOrder(before: string[], after: string[]): Set<string> {
  const lengths = before.map(() => new Array<number>(after.length + 1).fill(0));
  lengths.push(new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--)
    for (let j = after.length - 1; j >= 0; j--)
      lengths[i]![j] = before[i] === after[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < before.length && j < after.length;) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

const at = (item: Placed) => ({ text: item.record.text, lines: item.record.lines, position: item.position });

/** What changed from one capture to the next, in the order of the later text; a removed record where it stood. */
function changesBetween(before: Placed[], after: Placed[]): Change[] {
  const was = new Map(before.map((item) => [item.record.id, item]));
  const is = new Map(after.map((item) => [item.record.id, item]));
  const moved = new Set<string>();
  for (const kind of new Set(after.map((item) => item.record.kind))) {
    const ids = (list: Placed[]) =>
      list.filter((item) => item.record.kind === kind && was.has(item.record.id) && is.has(item.record.id)).map((item) => item.record.id);
    const kept = inOrder(ids(before), ids(after));
    for (const id of ids(after)) if (!kept.has(id)) moved.add(id);
  }
  // Each change sorts at a place in the later text; a removed record just after the record that preceded it and is still there.
  const keyed: Array<{ key: number; change: Change }> = [];
  let last = 0;
  for (const item of before) {
    const now = is.get(item.record.id);
    if (now) last = now.record.lines[0];
    else
      keyed.push({ key: last + 0.5, change: { type: 'removed', record: item.record.id, kind: item.record.kind, before: at(item), after: null, diff: null } });
  }
  for (const item of after) {
    const then = was.get(item.record.id);
    const key = item.record.lines[0];
    const base = { record: item.record.id, kind: item.record.kind, after: at(item) };
    if (!then) {
      keyed.push({ key, change: { type: 'added', ...base, before: null, diff: null } });
      continue;
    }
    if (then.record.text !== item.record.text)
      keyed.push({ key, change: { type: 'reworded', ...base, before: at(then), diff: wordDiff(then.record.text, item.record.text) } });
    if (moved.has(item.record.id)) keyed.push({ key, change: { type: 'moved', ...base, before: at(then), diff: null } });
  }
  // A stable sort: at one place, the order they were pushed in.
  return keyed.sort((a, b) => a.key - b.key).map((entry) => entry.change);
}

/** The captures of every source followed through; see the module comment. */
export function trackVersions(results: SourceRecords[]): Versions {
  const versions: Versions = { current: [], former: [], histories: [], changes: [] };
  const bySource = Map.groupBy(results, (result) => result.source.id);
  for (const captures of bySource.values()) {
    captures.sort((a, b) => a.source.capture - b.source.capture);
    const histories = new Map<string, History>();
    const lastSeen = new Map<string, { record: CorpusRecord; collection: CollectionName; capture: SourceRecords }>();
    let previous: Placed[] | undefined;
    const renamed: SourceRecords[] = [];
    for (const capture of captures) {
      const items = placed(capture);
      const matchable: Array<Matchable & { item: Placed }> = items.map((item) => ({
        id: item.record.id,
        kind: item.record.kind,
        source: item.record.source,
        text: item.record.text,
        item,
      }));
      const known = [...lastSeen.values()].map(({ record }) => ({ id: record.id, kind: record.kind, source: record.source, text: record.text }));
      inheritIds(matchable, known);
      for (const entry of matchable) if (entry.id !== entry.item.record.id) entry.item.record = { ...entry.item.record, id: entry.id };
      const result: SourceRecords = { ...capture, missions: [], organs: [], officials: [], decrees: [] };
      for (const name of names) (result[name] as CorpusRecord[]).push(...items.filter((item) => item.collection === name).map((item) => item.record));
      renamed.push(result);
      for (const { record, collection } of items) {
        lastSeen.set(record.id, { record, collection, capture: result });
        const history = histories.get(record.id) ?? {
          id: record.id,
          kind: record.kind,
          source: record.source,
          first_seen: capture.source.capture,
          last_seen: 0,
          versions: [],
        };
        history.last_seen = capture.source.capture;
        history.versions.push({ capture: capture.source.capture, text: record.text, lines: record.lines, anomalies: record.anomalies });
        histories.set(record.id, history);
      }
      if (previous)
        versions.changes.push({
          source: capture.source.id,
          from: capture.source.capture - 1,
          to: capture.source.capture,
          changes: changesBetween(previous, items),
        });
      previous = items;
    }
    const latest = renamed.at(-1)!;
    versions.current.push({ ...latest, source: { ...latest.source, captures: captures.flatMap((capture) => capture.source.captures) } });
    for (const result of renamed.slice(0, -1)) {
      const gone = [...lastSeen.values()].filter((seen) => seen.capture === result);
      if (gone.length === 0) continue;
      const group: SourceRecords = { source: result.source, missions: [], organs: [], officials: [], decrees: [] };
      for (const { record, collection } of gone.sort((a, b) => a.record.lines[0] - b.record.lines[0])) (group[collection] as CorpusRecord[]).push(record);
      versions.former.push(group);
    }
    versions.histories.push(...histories.values());
  }
  versions.histories.sort((a, b) => (a.id < b.id ? -1 : 1));
  return versions;
}

/** The versions with ids renamed (the registry keeps a published id): [from, to] pairs. */
export function renameVersions(versions: Omit<Versions, 'current'>, renames: Array<[string, string]>): Omit<Versions, 'current'> {
  if (renames.length === 0) return versions;
  const to = new Map(renames);
  const id = (old: string) => to.get(old) ?? old;
  return {
    former: versions.former,
    histories: versions.histories.map((history) => ({ ...history, id: id(history.id) })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    changes: versions.changes.map((entry) => ({ ...entry, changes: entry.changes.map((change) => ({ ...change, record: id(change.record) })) })),
  };
}
