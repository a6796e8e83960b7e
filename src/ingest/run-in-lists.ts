/**
 * Run-in lists: the items of a list written inside a paragraph. After a colon, split at ";" or
 * at dash, number or letter markers ("il est chargé : de a ; de b", "comprend : - a ; - b.");
 * after a verb of composition, units named as prose ("dispose d’un Bureau…, d’une Cellule… et
 * du Service…"); and units named before the words that attach them ("X, Y et Z lui sont
 * rattachés"). Used by `detect-lists`; each list keeps its introducing sentence as its lead-in.
 */
import { itemForm, leadInFeatures } from './list-features.ts';
import { opensLikeItem } from './recognisers/lines.ts';
import { lastSentence, linesOfRange, mark, sliceBlock, spanOf, type Block, type List } from './tree.ts';

/** Separators of run-in items: a dash marker (kept with the item) or a ";" (kept with the one before). */
const runInSeparator = /\s+(?=(?:[-–—•]|\d{1,2}\)|[a-z]\))\s+\S)|(?<=;)\s+/gu;
/**
 * Where a run-in list begins: a colon, then an item (with or without a dash marker); or a verb of
 * composition, then units named as prose ("dispose d’un Bureau…, d’une Cellule… et d’un Service…").
 */
const runInStart =
  /:\s*(?=(?:[-–—•]|\d{1,2}\)|[a-z]\))\s+\S|\p{L})|(?<=\s)(?<verb>dispose|disposent|comprend|comprennent|regroupe|regroupent|compte(?:\s+notamment)?|a\s+sous\s+son\s+autorit[ée]|(?:est|sont)\s+compos[ée]e?s?|(?:est|sont)\s+rattach[ée]e?s?|s['’]appuie\s+sur)(?:,\s[^,;:]{1,60},)?\s+(?=(?:de\s+la|de\s+l['’]|d['’]une?|des|du|les?|la|l['’]|une?)\s*\p{L})/gu;

interface RunIn {
  leadEnd: number;
  items: Array<{ start: number; end: number }>;
  end: number;
  /** Where the sentence that introduces the list comes after it ("X, Y et Z lui sont rattachés."), its start. */
  trailing?: number;
}

/** After units named first, the words that attach them to the Secrétariat général ("… lui sont directement rattachés"). */
const attachedAfter =
  /\s+(?:lui|au\s+Secr[ée]tari(?:at|e)\s+g[ée]n[ée]ral)\s+(?:sont|est)\s+(?:directement\s+|également\s+)?(?:rattach[ée]e?s?|plac[ée]e?s?\s+sous\s+son\s+autorit[ée])/giu;

/** Units named before the verb that attaches them: each sentence of the kind, as a run-in list introduced after it. */
function findAttached(text: string): RunIn[] {
  const found: RunIn[] = [];
  for (const match of text.matchAll(attachedAfter)) {
    // The sentence holding the units begins after the last sentence end before them.
    const opening = /^.*[.!?:;]\s+/su.exec(text.slice(0, match.index));
    const start = opening ? opening[0].length : 0;
    const items = unitsInProse(text, start, match.index);
    const stop = /[.!?](?=\s|$)/gu;
    stop.lastIndex = match.index + match[0].length;
    const end = (stop.exec(text)?.index ?? text.length - 1) + 1;
    if (items) found.push({ leadEnd: start, items, end, trailing: match.index });
  }
  return found;
}

/** The run-in lists of a text: each after a colon, items split at ";" or dashes, ending with a sentence. */
export function findRunIns(text: string, from = 0): RunIn[] {
  const found: RunIn[] = [];
  runInStart.lastIndex = from;
  for (let start = runInStart.exec(text); start; start = runInStart.exec(text)) {
    const body = start.index + start[0].length;
    // The list ends at the first sentence end after it, or with the text.
    const stop = /[.!?](?=\s+(?:\p{Lu}|$))|[.!?]$/gu;
    stop.lastIndex = body;
    const ended = stop.exec(text);
    const end = ended ? ended.index + 1 : text.length;
    const byVerb = start.groups!.verb !== undefined;
    let items = byVerb ? [] : splitItems(text, body, end);
    // "comprend : le Service A, le Service B et le Bureau C.": units listed as prose, after a composition lead-in.
    const lead = lastSentence(text.slice(Math.max(0, start.index - 300), start.index + 1));
    if (byVerb || (items.length === 1 && leadInFeatures(lead).some((feature) => feature.feature === 'lead-in:composition-words')))
      items = unitsInProse(text, body, end) ?? items;
    // An item closing with ":" introduces a list of its own: this colon opens none.
    const opensItem = (item: string) => (opensLikeItem(item) || itemForm(item) === 'unit') && !/:$/u.test(item);
    if (items.length >= 2 && items.every((item) => opensItem(text.slice(item.start, item.end).replace(/^(?:[-–—•]|\d{1,2}[.)°]|[a-z]\))\s+/u, '')))) {
      found.push({ leadEnd: byVerb ? start.index + start[0].trimEnd().length : start.index + 1, items, end });
      runInStart.lastIndex = end;
    }
  }
  return found;
}

/** Units named one after the other in [body, end), split at commas and a last "et", if each piece names a unit. */
function unitsInProse(text: string, body: number, end: number): Array<{ start: number; end: number }> | null {
  const items: Array<{ start: number; end: number }> = [];
  let from = body;
  // Only before a determiner: "le Service des Examens et Concours" is one unit.
  for (const separator of text
    .slice(body, end)
    .matchAll(
      /(?<=,)\s+(?:et\s+)?(?=(?:les?|la|l['’]|une?|des|du|de\s+la|de\s+l['’]|d['’]une?)\s*\p{L})|\s+(?:et|ainsi\s+que)\s+(?:sur\s+)?(?=(?:les?|la|l['’]|une?|des|du|de\s+la|de\s+l['’]|d['’]une?)\s*\p{L})/gu,
    )) {
    items.push({ start: from, end: body + separator.index });
    from = body + separator.index + separator[0].length;
  }
  // The last unit ends before a clause about it (", dont l’organisation est fixée par arrêté").
  const clause = /,\s/u.exec(text.slice(from, end));
  items.push({ start: from, end: clause ? from + clause.index : end });
  // A piece that names no unit belongs to the one before ("le Service de la Documentation et des Archives").
  const merged: typeof items = [];
  for (const item of items) {
    if (merged.length > 0 && itemForm(text.slice(item.start, item.end)) !== 'unit') merged.at(-1)!.end = item.end;
    else merged.push({ ...item });
  }
  return merged.length >= 2 && merged.every((item) => itemForm(text.slice(item.start, item.end)) === 'unit') ? merged : null;
}

/** The items of the characters [body, end) of a text, split at run-in separators. */
export function splitItems(text: string, body: number, end: number): Array<{ start: number; end: number }> {
  const segment = text.slice(body, end);
  const items: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const separator of segment.matchAll(runInSeparator)) {
    if (separator.index > from) items.push({ start: body + from, end: body + separator.index });
    from = separator.index + separator[0].length;
  }
  if (from < segment.length) items.push({ start: body + from, end: body + segment.length });
  return items.filter((item) => text.slice(item.start, item.end).trim() !== '');
}

/** A run-in item: the characters [start, end) of a paragraph, its dash marker (if any) as its label. */
export function runInItem(block: Block, start: number, end: number): Block {
  const marker = /^\s*([-–—•]|\d{1,2}[.)°]|[a-z]\))\s*/u.exec(block.text.slice(start, end));
  const made = sliceBlock(block, start + (marker?.[0].length ?? 0), end);
  mark(made.children, 'item', 'item:run-in');
  return { ...made, kind: 'item', rule: 'item:run-in', label: marker?.[1] ?? null };
}

/** A paragraph with run-in lists → its prose pieces and the lists, in order. */
export function splitRunIns(paragraph: Block, heading: string | null, section: string | null): Array<Block | List> | null {
  const runIns = [...findRunIns(paragraph.text), ...findAttached(paragraph.text)].sort((a, b) => a.leadEnd - b.leadEnd);
  if (runIns.length === 0) return null;
  const out: Array<Block | List> = [];
  let from = 0;
  for (const runIn of runIns) {
    if (runIn.leadEnd < from) continue;
    if (runIn.trailing !== undefined) {
      // The units first, then what introduces them: the prose before stays a paragraph of its own.
      if (paragraph.text.slice(from, runIn.leadEnd).trim() !== '') out.push(sliceBlock(paragraph, from, runIn.leadEnd));
      const lead = sliceBlock(paragraph, runIn.trailing, runIn.end);
      out.push({
        type: 'list',
        style: 'run-in',
        children: runIn.items.map((item) => runInItem(paragraph, item.start, item.end)),
        leadIn: { text: lead.text, lines: spanOf(lead.children), block: lead },
        heading,
        section,
        article: paragraph.article ?? null,
      });
      from = runIn.end;
      continue;
    }
    const before = sliceBlock(paragraph, from, runIn.leadEnd);
    const text = lastSentence(before.text);
    out.push({
      type: 'list',
      style: 'run-in',
      children: runIn.items.map((item) => runInItem(paragraph, item.start, item.end)),
      leadIn: { text, lines: spanOf(linesOfRange(before, before.text.length - text.length, before.text.length)), block: before },
      heading,
      section,
      article: paragraph.article ?? null,
    });
    from = runIn.end;
  }
  if (paragraph.text.slice(from).trim() !== '') out.push(sliceBlock(paragraph, from, paragraph.text.length));
  return out;
}
