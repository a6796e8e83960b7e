/**
 * Step 2: blocks → lists. Groups marked items (blank lines and mixed marker styles allowed) into
 * lists; turns the paragraphs that follow a lead-in ending in ":" into the items of an unmarked
 * list when each opens like an item; splits run-in lists ("il est chargé : de … ; de …") out of
 * their paragraph. Each list keeps the sentence that introduces it and the heading above it.
 */
import { headingRole, leadInRole, opensLikeItem } from './recognisers.ts';
import { linesOfRange, mark, spanOf, type Block, type List, type Root } from './tree.ts';

/** The last sentence of a paragraph: the part that introduces what follows. */
export function lastSentence(text: string): string {
  const sentences = text.split(/(?<=[.!?…])\s+(?=\p{Lu})/u);
  return sentences[sentences.length - 1]!;
}

function leadInOf(block: Block | undefined): List['leadIn'] {
  if (block?.kind !== 'paragraph') return null;
  return { text: lastSentence(block.text), lines: spanOf(block.children), block };
}

/** "… il est chargé : de a ; de b ; de c." → the lead-in and at least two items, with offsets. */
function splitRunIn(paragraph: Block): { leadIn: string; items: Array<{ text: string; start: number }> } | null {
  const colon = /:\s*/u.exec(paragraph.text);
  if (!colon) return null;
  const body = colon.index + colon[0].length;
  const items: Array<{ text: string; start: number }> = [];
  const separator = /\s*;\s*/gu;
  let from = body;
  for (const found of paragraph.text.slice(body).matchAll(separator)) {
    const at = body + found.index;
    items.push({ text: paragraph.text.slice(from, at), start: from });
    from = at + found[0].length;
  }
  if (from < paragraph.text.length) items.push({ text: paragraph.text.slice(from), start: from });
  const filled = items.filter((item) => item.text !== '');
  if (filled.length < 2 || !filled.every((item) => opensLikeItem(item.text))) return null;
  return { leadIn: paragraph.text.slice(0, colon.index + 1), items: filled };
}

/** The style of an item's marker: number, letter, or the bullet itself. */
function markerKind(item: Block): string {
  const label = item.label ?? '';
  return /\d/u.test(label) ? 'number' : /\p{L}/u.test(label) ? 'letter' : label;
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
function isUnmarkedItem(text: string, items: Block[], introduced: boolean): boolean {
  if (opensLikeItem(text)) return true;
  if (!introduced) return false;
  if (/;$/u.test(text)) return true;
  return items.length > 0 && /;$/u.test(items.at(-1)!.text) && lastSentence(text) === text;
}

export function detectLists() {
  return (tree: Root): void => {
    const out: Array<Block | List> = [];
    let heading: string | null = null;
    let previous: Block | undefined;
    // Page numbers of printed texts may fall inside a list: they are kept aside, not in the way.
    const isPageNumber = (node: Block) => node.kind === 'chrome' && node.rule === 'chrome:page-number';
    const blocks = tree.children.filter((node): node is Block => node.type === 'block' && node.kind !== 'blank' && !isPageNumber(node as Block));
    out.push(...tree.children.filter((node): node is Block => node.type === 'block' && isPageNumber(node)));

    for (let index = 0; index < blocks.length; index++) {
      const current = blocks[index]!;
      if (current.kind === 'heading') heading = current.text;

      const leadIn = leadInOf(previous);
      const introduces = leadIn !== null && /:$/u.test(leadIn.text);
      let items: Block[] = [];
      let style: List['style'] = 'marked';
      // A title-like item in another marker style after a list opens a new section ("2. Organisation").
      while (
        blocks[index]?.kind === 'item' &&
        !(items.length > 0 && isTitleLike(blocks[index]!.text) && markerKind(blocks[index]!) !== markerKind(items.at(-1)!))
      ) {
        items.push(blocks[index++]!);
      }
      if (items.length === 1 && !introduces && isTitleLike(items[0]!.text)) {
        // "1. Missions du Secrétariat général": a numbered heading, not a list of one.
        const made = items[0]!;
        Object.assign(made, { kind: 'heading', rule: 'heading:numbered', reason: 'heading' });
        mark(made.children, 'heading', 'heading:numbered');
        heading = made.text;
        out.push(made);
        previous = made;
        index -= 1;
        continue;
      }
      const underHeading = previous?.kind === 'heading' && headingRole(previous.text) !== null;
      if (items.length === 0 && (introduces || underHeading)) {
        style = 'unmarked';
        for (let next = blocks[index]; next?.kind === 'paragraph' && !next.article && isUnmarkedItem(next.text, items, introduces); next = blocks[index]) {
          next.kind = 'item';
          next.label = null;
          next.rule = 'item:unmarked';
          mark(next.children, 'item', 'item:unmarked');
          items.push(next);
          index += 1;
        }
        // Under a heading alone, one line that opens with a verb is not yet a list.
        if (!introduces && items.length < 2) {
          for (const item of items) {
            Object.assign(item, { kind: 'paragraph', rule: 'paragraph', label: undefined });
            mark(item.children, 'paragraph', 'paragraph');
          }
          index -= items.length;
          items = [];
        }
      }
      if (items.length > 0) {
        index -= 1;
        // The lead-in is the paragraph right above; a list right under a heading has none.
        const list: List = {
          type: 'list',
          style,
          children: items,
          leadIn: leadIn && (introduces || leadInRole(leadIn.text)) ? leadIn : null,
          heading,
          article: previous?.article ?? null,
        };
        if (list.leadIn && out.at(-1) === previous) out.pop();
        out.push(list);
        previous = items.at(-1);
        continue;
      }

      const runIn = current.kind === 'paragraph' ? splitRunIn(current) : null;
      if (runIn) {
        const items = runIn.items.map((item): Block => {
          const lines = linesOfRange(current, item.start, item.start + item.text.length);
          mark(lines, 'item', 'item:run-in');
          return { type: 'block', kind: 'item', children: lines, text: item.text, rule: 'item:run-in', label: null };
        });
        const lines = linesOfRange(current, 0, runIn.leadIn.length);
        out.push({
          type: 'list',
          style: 'run-in',
          children: items,
          leadIn: { text: lastSentence(runIn.leadIn), lines: spanOf(lines), block: current },
          heading,
          article: current.article ?? null,
        });
        previous = current;
        continue;
      }
      out.push(current);
      previous = current;
    }
    tree.children = out;
  };
}
