/**
 * Step 2: blocks → lists. Groups marked items (blank lines and mixed marker styles allowed) into
 * lists; turns the paragraphs that follow a lead-in ending in ":" into the items of an unmarked
 * list when each opens like an item; splits run-in lists ("il est chargé : de … ; de …") out of
 * their paragraph. Each list keeps the sentence that introduces it and the heading above it.
 */
import { leadInRole, opensLikeItem } from './recognisers.ts';
import { linesOfRange, mark, spanOf, type Block, type List, type Root } from './tree.ts';

/** The last sentence of a paragraph: the part that introduces what follows. */
export function lastSentence(text: string): string {
  const sentences = text.split(/(?<=[.!?…])\s+(?=\p{Lu})/u);
  return sentences[sentences.length - 1]!;
}

function leadInOf(block: Block | undefined): List['leadIn'] {
  if (!block || block.kind !== 'paragraph') return null;
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

export function detectLists() {
  return (tree: Root): void => {
    const out: Array<Block | List> = [];
    let heading: string | null = null;
    let previous: Block | undefined;
    const blocks = tree.children.filter((node): node is Block => node.type === 'block' && node.kind !== 'blank');

    for (let index = 0; index < blocks.length; index++) {
      const current = blocks[index]!;
      if (current.kind === 'heading') heading = current.text;

      const leadIn = leadInOf(previous);
      const introduces = leadIn !== null && /:$/u.test(leadIn.text);
      let items: Block[] = [];
      let style: List['style'] = 'marked';
      while (blocks[index]?.kind === 'item') items.push(blocks[index++]!);
      if (items.length === 0 && introduces) {
        style = 'unmarked';
        while (blocks[index]?.kind === 'paragraph' && opensLikeItem(blocks[index]!.text) && !blocks[index]!.article) {
          const item = blocks[index++]!;
          item.kind = 'item';
          item.label = null;
          item.rule = 'item:unmarked';
          mark(item.children, 'item', 'item:unmarked');
          items.push(item);
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

