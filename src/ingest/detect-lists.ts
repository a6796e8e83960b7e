/**
 * Step 2: blocks → lists. Groups marked items into lists (blank lines, mixed marker styles and
 * an unmarked item between marked ones allowed); turns the paragraphs after a lead-in, or under
 * a heading that announces a list, into the items of an unmarked list when each opens like an
 * item; splits run-in lists ("il est chargé : de a ; de b", "comprend : - a ; - b.") out of their
 * paragraph, which may go on into the next one. Each list keeps the sentence that may introduce
 * it and the heading above it; `classify-lists` weighs them.
 */
import { bodyOfHeading, dutyForms, headingFeatures, itemForm, leadInFeatures } from './list-features.ts';
import { chromeWithin, opensLikeItem } from './recognisers/lines.ts';
import { findRunIns, runInItem, splitItems, splitRunIns } from './run-in-lists.ts';
import { lastSentence, linesOfRange, mark, sliceBlock, spanOf, type Block, type List, type Root } from './tree.ts';

/**
 * Whether a sentence may introduce a list: it ends with ":" ("il est chargé de :"), or stops
 * without closing punctuation ("A ce titre, il est chargé de", "A ce titre, le Secrétaire général").
 */
function mayIntroduce(sentence: string): boolean {
  return /:$/u.test(sentence) || !/[.;!?…,)»”"]$/u.test(sentence) || /\bsuivant(?:e|s|es)?\s*\.$/iu.test(sentence);
}

/** The title of an act or a line of its preamble: never a lead-in, never an item. */
const actFrame =
  /^(?:(?:d[ée]cret|arr[êe]t[ée]|loi|ordonnance|circulaire|d[ée]cision)(?![\p{L}\p{N}])(?!\s+(?:est|sont|fixe|porte)\s)|vu\s|sur (?:proposition|le rapport|rapport)\s|consid[ée]rant\s|apr[èe]s avis\s|le conseil des ministres entendu|(?:le|la) (?:pr[ée]sident|premier ministre|ministre|chef du gouvernement)(?:\s[^.:;]*)?,$|d[ée]cr[èe]te\s*:|arr[êe]te\s*:|fait [àa]\s)/iu;

/** A row of a table flattened by a copy: cells between "|" or tabs. Never a lead-in, never an item. */
const tableRow = /^[^|\t]+(?:\s\|\s|\t+)[^|\t]+(?:\s\|\s|\t+)/u;

/** The lead-in a block may give the list after it; `before` is the block above it. */
function leadInOf(block: Block | undefined, before: Block | List | undefined): List['leadIn'] {
  if (block?.kind !== 'paragraph' && !(block?.kind === 'item' && /:$/u.test(block.text))) return null;
  const text = lastSentence(block.text);
  if (!mayIntroduce(text) || (actFrame.test(text) && !/:$/u.test(text)) || tableRow.test(block.children[0]!.value)) return null;
  const start = block.text.length - text.length;
  const earlier = block.text.slice(0, start).trim();
  const context =
    earlier !== ''
      ? lastSentence(earlier)
      : before?.type === 'block' && (before.kind === 'paragraph' || before.kind === 'item')
        ? lastSentence(before.text)
        : null;
  return { text, lines: spanOf(linesOfRange(block, start, block.text.length)), block, context };
}

/** The style of an item's marker: number, letter, or the bullet itself. */
function markerKind(item: Block): string {
  const label = item.label ?? '';
  // "1." and "1.1." are numbers of two depths: the second are the items of the first.
  return /\d/u.test(label) ? `number${label.split(/\d+/u).length - 1}` : /\p{L}/u.test(label) ? 'letter' : label;
}

/** A short capitalised text without closing punctuation: a title, not an item. */
function isTitleLike(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !/[.;:,!?…]$/u.test(text) && text.split(' ').length <= 8;
}

/**
 * Whether a paragraph after a lead-in (or a heading such as "MISSIONS") is the next item of an
 * unmarked list: it opens like an item, or closes with ";" as items do, or it is the last item,
 * closing with "." after items that closed with ";".
 */
function isUnmarkedItem(block: Block, items: Block[], introduced: boolean): boolean {
  const text = block.text;
  const form = itemForm(text);
  // A line closing with ":" introduces a list of its own, unless it is a duty over sub-items.
  const closes = /:$/u.test(text) && (!dutyForms.has(form) || leadInFeatures(text).some((feature) => feature.feature !== 'lead-in:says-no-role'));
  if (actFrame.test(text) || closes || tableRow.test(block.children[0]!.value)) return false;
  if (opensLikeItem(text) || (introduced && form === 'unit') || form === 'pronoun-verb') return true;
  if (!introduced) return false;
  if (/;$/u.test(text)) return true;
  return items.length > 0 && /;$/u.test(items.at(-1)!.text) && lastSentence(text) === text;
}

/** The end of the run of paragraphs opening like items from `index`, if a marked item follows it; else `index`. */
function unmarkedRunBeforeItem(blocks: readonly Block[], index: number): number {
  let end = index;
  while (blocks[end]?.kind === 'paragraph' && !blocks[end]!.article && opensLikeItem(blocks[end]!.text)) end += 1;
  return blocks[end]?.kind === 'item' ? end : index;
}

/**
 * "Directions d'appui : Direction des Ressources Humaines ; Direction Administrative et
 * Financière ;": an item naming a category of units, then the units, split at ";".
 */
function unitsOfCategory(item: Block): Block[] | null {
  const found = /^([^:;]{1,60}?)\s*:\s*(?=\S)/u.exec(item.text);
  if (!found || found[1]!.split(' ').length > 4) return null;
  const parts = splitItems(item.text, found[0].length, item.text.length);
  if (!parts.every((part) => itemForm(item.text.slice(part.start, part.end)) === 'unit')) return null;
  return parts.map((part) => runInItem(item, part.start, part.end));
}

/** Whether the block at `index` is a category: a marked item closing with ":" over items marked otherwise. */
function isCategory(blocks: readonly Block[], index: number): boolean {
  const [block, next] = [blocks[index], blocks[index + 1]];
  if (block?.kind !== 'item' || !/:$/u.test(block.text) || next?.kind !== 'item' || markerKind(next) === markerKind(block)) return false;
  // A duty closing with "notamment :" over its sub-items is an item of the list, and so are they.
  return !dutyForms.has(itemForm(block.text));
}

/** A short title after a blank line, over lines of its own ("Directions techniques"): a new group, not the next item. */
function opensGroup(block: Block, last: Block | undefined): boolean {
  return last !== undefined && block.position!.start.line > last.position!.end.line + 1 && isTitleLike(block.text) && block.text.split(' ').length <= 4;
}

function asItem(block: Block, rule: string): Block {
  Object.assign(block, { kind: 'item', label: null, rule });
  mark(block.children, 'item', rule);
  return block;
}

export function detectLists() {
  return (tree: Root): void => {
    const out: Array<Block | List> = [];
    let heading: string | null = null;
    // Whether a list has already stood under the current heading.
    let headingSpoken = false;
    let section: string | null = null;
    let previous: Block | undefined;
    // The lead-in above a list of categories, each of which introduces items of its own.
    let outer: string | null = null;
    // Chrome that may fall inside a list (a page break, an advertisement, a caption) is kept aside, not in the way.
    const aside = (node: Block) => node.kind === 'chrome' && chromeWithin.get(node.rule) !== undefined;
    const blocks = tree.children.filter((node): node is Block => node.type === 'block' && node.kind !== 'blank' && !aside(node as Block));
    out.push(...tree.children.filter((node): node is Block => node.type === 'block' && aside(node)));

    for (let index = 0; index < blocks.length; index++) {
      const current = blocks[index]!;
      if (current.kind === 'heading') {
        heading = current.text;
        headingSpoken = false;
      }
      // A post title standing alone ("Le Secrétaire général") opens its holder's section as a heading does.
      if ((current.kind === 'heading' || current.kind === 'post') && bodyOfHeading(current.text) !== null) section = current.text;

      if (isCategory(blocks, index)) {
        // "- les services rattachés :" over its own items: it introduces them, within the list above it.
        const above = out.at(-1);
        if (previous?.kind === 'paragraph' && /:$/u.test(previous.text)) {
          outer = lastSentence(previous.text);
          previous.reason = 'lead-in of the lists below it';
        } else if (above?.type === 'list' && above.style === 'marked' && markerKind(above.children.at(-1)!) === markerKind(current)) {
          // "4. Les structures suivantes :" after items 1 to 3: a category of that list.
          outer = above.leadIn?.parent ?? above.leadIn?.text ?? null;
        } else if (!(above?.type === 'list' && above.leadIn?.parent)) outer = null;
        out.push(current);
        previous = current;
        continue;
      }
      const leadIn = leadInOf(previous, out.at(-1) === previous ? out.at(-2) : out.at(-1));
      if (leadIn && previous?.kind === 'item') leadIn.parent = outer;
      let items: Block[] = [];
      let style: List['style'] = 'marked';
      // A title-like item in another marker style after a list opens a new section ("2. Organisation").
      for (;;) {
        const next = blocks[index];
        if (next?.kind === 'item') {
          if (items.length > 0 && isTitleLike(next.text) && markerKind(next) !== markerKind(items.at(-1)!)) break;
          if (items.length > 0 && isCategory(blocks, index)) break;
          // "(2) Le Secrétaire général…": a numbered paragraph of the article ends the list above it.
          if (items.length > 0 && /^\(\d+\)$/u.test(next.label ?? '') && !/^\(\d+\)$/u.test(items.at(-1)!.label ?? '')) break;
          items.push(...(unitsOfCategory(next) ?? [next]));
          index += 1;
        } else if (items.length > 0 && unmarkedRunBeforeItem(blocks, index) > index) {
          // Unmarked items between marked ones (their markers lost in a copy) are still items.
          for (const end = unmarkedRunBeforeItem(blocks, index); index < end; index++) items.push(asItem(blocks[index]!, 'item:unmarked-in-list'));
        } else break;
      }
      if (items.length === 1 && !leadIn && isTitleLike(items[0]!.text)) {
        // "1. Missions du Secrétariat général": a numbered heading, not a list of one.
        const made = items[0]!;
        Object.assign(made, { kind: 'heading', rule: 'heading:numbered', reason: 'heading' });
        mark(made.children, 'heading', 'heading:numbered');
        heading = made.text;
        if (bodyOfHeading(made.text) !== null) section = made.text;
        out.push(made);
        previous = made;
        index -= 1;
        continue;
      }
      const underHeading =
        previous?.kind === 'heading' && headingFeatures(previous.text).some((feature) => feature.weights.attributions + feature.weights.composition > 0);
      if (items.length === 0 && (leadIn || underHeading) && current.kind === 'paragraph' && !findRunIns(current.text).length) {
        style = 'unmarked';
        // Candidates first: a paragraph becomes an item only once the list is known to be one.
        const start = index;
        for (
          let next = blocks[index];
          next?.kind === 'paragraph' && !next.article && isUnmarkedItem(next, items, leadIn !== null) && !opensGroup(next, items.at(-1));
          next = blocks[index]
        ) {
          items.push(next);
          index += 1;
          // A duty closing with "notamment :" keeps the marked sub-items under it.
          if (/:$/u.test(next.text)) while (blocks[index]?.kind === 'item') items.push(blocks[index++]!);
        }
        // Under a heading alone, one line that opens with a verb is not yet a list.
        if (!leadIn && items.length < 2) {
          index = start;
          items = [];
        }
        for (const item of items) if (item.kind === 'paragraph') asItem(item, 'item:unmarked');
      }
      if (items.length > 0) {
        index -= 1;
        // The lead-in is the paragraph right above; a list right under a heading has none.
        const list: List = { type: 'list', style, children: items, leadIn, heading, headingFirst: !headingSpoken, section, article: previous?.article ?? null };
        if (leadIn && out.at(-1) === previous) out.pop();
        out.push(list);
        previous = items.at(-1);
        // A heading speaks of the list right under it, not of every list down the page.
        headingSpoken = true;
        continue;
      }

      const pieces = current.kind === 'paragraph' ? splitRunIns(current, heading, section) : null;
      if (pieces) {
        for (const piece of pieces) if (piece.type === 'list') piece.headingFirst = !headingSpoken;
        headingSpoken ||= pieces.some((piece) => piece.type === 'list');
        out.push(...pieces);
        // A run-in list whose last item closes with ";" goes on in the next paragraph.
        let last = pieces.at(-1);
        while (
          last?.type === 'list' &&
          /;$/u.test(last.children.at(-1)!.text) &&
          blocks[index + 1]?.kind === 'paragraph' &&
          opensLikeItem(blocks[index + 1]!.text)
        ) {
          const next = blocks[++index]!;
          const stop = /[.!?](?=\s+\p{Lu})/u.exec(next.text);
          const cut = stop ? stop.index + 1 : next.text.length;
          last.children.push(...splitItems(next.text, 0, cut).map((item) => runInItem(next, item.start, item.end)));
          if (cut === next.text.length) continue;
          const rest = sliceBlock(next, cut, next.text.length);
          out.push(rest);
          last = rest;
        }
        const tail = out.at(-1)!;
        previous = tail.type === 'list' ? tail.children.at(-1) : tail;
        continue;
      }
      out.push(current);
      previous = current;
    }
    tree.children = out;
  };
}
