/**
 * The syntax tree of a source text. The parser makes one `line` per physical line; the
 * recognition steps group lines into blocks and lists and leave their evidence on the nodes,
 * so that the debug dump can say, line by line, what was decided and by which rule.
 */
import type { Node, Position } from 'unist';
import type { LineSpan, ListFeature, ListRole, RecordKind } from '../core/records.ts';

export type { ListRole };

/** One physical line. `text` is `value` with whitespace normalised. */
export interface Line extends Node {
  type: 'line';
  value: string;
  text: string;
  position: Position;
  data: { kind: string; rule: string };
}

export type BlockKind = 'blank' | 'chrome' | 'heading' | 'paragraph' | 'item' | 'post' | 'name' | 'official';

/** Consecutive lines that form one unit: a heading, a paragraph, a list item… */
export interface Block extends Node {
  type: 'block';
  kind: BlockKind;
  children: Line[];
  /** The lines joined, whitespace-normalised; for items, without the marker. */
  text: string;
  rule: string;
  /** Why the block's lines are set aside, if no record claims them. */
  reason?: string;
  /** The list marker as written, for items. */
  label?: string | null;
  /** The article label the text was prefixed with ("Article 2"), if any. */
  article?: string | null;
  /** Where `text` begins in the lines joined by spaces, for a block cut out of a longer text. */
  start?: number;
}

/** A run of items with what introduces it; items of a run-in list share their paragraph's lines. */
export interface List extends Node {
  type: 'list';
  style: 'marked' | 'unmarked' | 'run-in';
  children: Block[];
  /**
   * The sentence that may introduce the list, the one before it (what a pronoun in it stands
   * for) and, for a category ("- les services rattachés :"), the lead-in of the list it belongs to.
   */
  leadIn: { text: string; lines: LineSpan; block: Block; context?: string | null; parent?: string | null } | null;
  heading: string | null;
  /** Whether it is the first list under that heading, the one the heading speaks of. */
  headingFirst?: boolean;
  /** The nearest heading above that names a body (the Secrétariat général or another), if any. */
  section?: string | null;
  role?: ListRole;
  rule?: string;
  /** The evidence its role was decided on (see list-features.ts). */
  features?: ListFeature[];
  scores?: { attributions: number; composition: number };
  article?: string | null;
}

export interface Root extends Node {
  type: 'root';
  children: Array<Block | List>;
  lines: Line[];
}

/** Why a paragraph that no record claims is set aside, unless a step says more. */
export const PROSE_REASON = 'prose that states no mission, composition, official or act';

/** The last sentence of a paragraph: the part that introduces what follows. */
export function lastSentence(text: string): string {
  const sentences = text.split(/(?<=[.!?…])\s+(?=\p{Lu})/u);
  return sentences[sentences.length - 1]!;
}

/** Collapses every run of whitespace (spaces, NBSP, tabs, line breaks) to one space and trims. */
export function normaliseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The inclusive line span of some lines. */
export function spanOf(lines: readonly Line[]): LineSpan {
  return [lines[0]!.position.start.line, lines[lines.length - 1]!.position.start.line];
}

/** Sets what a line was classified as, for the debug dump. */
export function mark(lines: readonly Line[], kind: string, rule: string): void {
  for (const line of lines) line.data = { kind, rule };
}

/** Where a block's text begins in its lines joined by spaces. */
function shiftOf(block: Block): number {
  // Unless cut out of a longer text, a block's text is a suffix of its joined lines (a marker or
  // article label may precede it).
  return block.start ?? block.children.reduce((length, line) => length + line.text.length + 1, -1) - block.text.length;
}

/**
 * The lines holding characters [start, end) of a block's text, for many ranges of one block: the
 * lines' offsets are counted once and each range found by bisection, so a block of many lines
 * holding many records costs its length, not its length times its records.
 */
export function lineFinder(block: Block): (start: number, end: number) => Line[] {
  const ends: number[] = [];
  let offset = -1;
  for (const line of block.children) {
    offset += line.text.length + 1;
    ends.push(offset);
  }
  const shift = shiftOf(block);
  return (start, end) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! > start + shift) high = middle;
      else low = middle + 1;
    }
    const held: Line[] = [];
    for (let index = low; index < ends.length && ends[index]! - block.children[index]!.text.length < end + shift; index++) held.push(block.children[index]!);
    return held.length > 0 ? held : block.children;
  };
}

/** The lines of a block that hold the characters [start, end) of its text. */
export function linesOfRange(block: Block, start: number, end: number): Line[] {
  return lineFinder(block)(start, end);
}

/** The characters [start, end) of a block's text, trimmed, as a block of its own holding just their lines. */
export function sliceBlock(block: Block, start: number, end: number): Block {
  const raw = block.text.slice(start, end);
  const from = start + raw.length - raw.trimStart().length;
  const to = from + raw.trim().length;
  const lines = linesOfRange(block, from, to);
  let first = 0;
  for (const line of block.children) {
    if (line === lines[0]) break;
    first += line.text.length + 1;
  }
  return {
    ...block,
    children: lines,
    text: block.text.slice(from, to),
    start: shiftOf(block) + from - first,
    position: { start: lines[0]!.position.start, end: lines.at(-1)!.position.end },
  };
}

/** A record found by a step, before ids, provenance and anomalies are added. */
export interface Draft {
  kind: RecordKind;
  lines: LineSpan;
  text: string;
  rule: string;
  leadIn?: { text: string; lines: LineSpan } | null;
  heading?: string | null;
  /** For list items: the features and scores the list's role was decided on. */
  classification?: { role: ListRole; scores: { attributions: number; composition: number }; features: ListFeature[] } | null;
  fields: Record<string, unknown>;
}

declare module 'vfile' {
  interface DataMap {
    drafts: Draft[];
  }
}

/** Adds a record found by a step to the file. */
export function addDraft(file: { data: { drafts?: Draft[] } }, draft: Draft): void {
  file.data.drafts ??= [];
  file.data.drafts.push(draft);
}
