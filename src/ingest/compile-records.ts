/**
 * Compiler: tree and drafts → the records of one source, validated. Adds ids, provenance
 * (source, file, checksum, lines) and anomalies to each draft, then lists every non-blank line
 * that no record covers as set aside, with the reason its step left on it.
 */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { collectionOf, collections, type Decree, type Mission, type Official, type Organ, type SetAside, Source, type SourceMeta } from '../core/records.ts';
import { assignIds, slugWords } from './assign-ids.ts';
import { detectAnomalies } from './detect-anomalies.ts';
import { type Block, type Draft, PROSE_REASON, type Root } from './tree.ts';

/** What the reader of the source files knows about one source. */
export interface SourceInfo {
  id: string;
  /** Which capture of the source the text is: 1 for `<name>.txt`, n for `<name>@<n>.txt`. */
  capture: number;
  file: string;
  sha256: string;
  meta: SourceMeta;
}

declare module 'vfile' {
  interface DataMap {
    source: SourceInfo;
  }
}

declare module 'unified' {
  interface CompileResultMap {
    SourceRecords: SourceRecords;
  }
}

export interface SourceRecords {
  source: Source;
  missions: Mission[];
  organs: Organ[];
  officials: Official[];
  decrees: Decree[];
}

const defaultReason: Record<Block['kind'], string> = {
  blank: 'blank',
  chrome: 'page chrome',
  heading: 'heading',
  paragraph: PROSE_REASON,
  item: 'list item',
  post: 'heading: a post title with no name beside it',
  name: 'a name with no post beside it',
  official: 'official',
};

function wordsOf(draft: Draft): string[] {
  if (draft.kind === 'decree') {
    const { act, number, date, citation } = draft.fields as { act: string; number: string | null; date: string | null; citation: string };
    return slugWords(`${act} ${number ?? date ?? citation}`, true);
  }
  return slugWords(draft.kind === 'official' ? String(draft.fields.post) : draft.text);
}

/** The reason each line would be set aside for, from the blocks and lists that hold it. */
function reasonsByLine(tree: Root): Map<number, { reason: string; rule: string }> {
  const reasons = new Map<number, { reason: string; rule: string }>();
  const note = (block: Block) => {
    for (const line of block.children) {
      reasons.set(line.position.start.line, { reason: block.reason ?? defaultReason[block.kind], rule: block.rule });
    }
  };
  for (const node of tree.children) {
    if (node.type === 'block') note(node);
    else {
      if (node.leadIn) note(node.leadIn.block);
      node.children.forEach(note);
    }
  }
  return reasons;
}

export function compileRecords(this: Processor): void {
  this.compiler = (tree, file: VFile): SourceRecords => {
    const root = tree as Root;
    const { id, capture, file: path, sha256, meta } = file.data.source!;
    // Records in source order, whatever step found them.
    const drafts = [...(file.data.drafts ?? [])].sort((a, b) => a.lines[0] - b.lines[0]);
    const ids = assignIds(
      id,
      drafts.map((draft) => ({ type: draft.kind, words: wordsOf(draft) })),
    );

    const out: SourceRecords = { source: undefined as never, missions: [], organs: [], officials: [], decrees: [] };
    drafts.forEach((draft, index) => {
      const record = {
        id: ids[index],
        kind: draft.kind,
        source: id,
        source_file: path,
        source_sha256: sha256,
        country: meta.country,
        language: meta.language,
        lines: draft.lines,
        text: draft.text,
        evidence: { rule: draft.rule, lead_in: draft.leadIn ?? null, heading: draft.heading ?? null, classification: draft.classification ?? null },
        anomalies: detectAnomalies(draft.text, { item: typeof draft.fields.list === 'number' }),
        ...draft.fields,
      };
      const collection = collectionOf[draft.kind];
      (out[collection] as unknown[]).push(collections[collection].parse(record));
    });

    // Page chrome inside a record's span (an image between a post and a name) is not part of it.
    const chrome = new Set(root.lines.filter((line) => line.data.kind === 'chrome').map((line) => line.position.start.line));
    const covered = new Set<number>();
    for (const draft of drafts) for (let line = draft.lines[0]; line <= draft.lines[1]; line++) if (!chrome.has(line)) covered.add(line);
    const reasons = reasonsByLine(root);
    const setAside: SetAside[] = root.lines
      .filter((line) => line.text !== '' && !covered.has(line.position.start.line))
      .map((line) => {
        const why = reasons.get(line.position.start.line) ?? { reason: 'unrecognised text', rule: 'none' };
        return { line: line.position.start.line, text: line.text, ...why };
      });

    const self = {
      number: capture,
      file: path,
      sha256,
      title: meta.title,
      source_url: meta.source_url ?? null,
      retrieved: meta.retrieved ?? null,
      received_as: meta.received_as ?? null,
      line_count: root.lines.length,
      set_aside: setAside,
    };
    // The source as this capture alone gives it; track-versions gathers its captures.
    const { number: _, ...fields } = self;
    out.source = Source.parse({
      id,
      ...fields,
      country: meta.country,
      language: meta.language,
      institution: meta.institution ?? null,
      ministry: meta.ministry ?? null,
      document_type: meta.document_type ?? null,
      capture,
      captures: [self],
    });
    return out;
  };
}
