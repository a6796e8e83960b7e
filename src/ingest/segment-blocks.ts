/**
 * Step 1: lines → blocks. Reads `root.lines`, writes `root.children` as blocks: blank lines,
 * page chrome, headings, post titles and names, list items (with their wrapped lines) and
 * paragraphs (with theirs). Order of the checks matters: chrome and strong headings first, so a
 * wrapped paragraph cannot swallow them; the weak "short line" heading last, after continuation.
 */
import { articleAlone, articleLead, chromeRules, division, isAllCaps, marker, opensWithVerb, terminal } from './recognisers/lines.ts';
import { matchInlineOfficial, matchName, matchPost } from './recognisers/officials.ts';
import { bodyOfHeading, itemForm, leadInFeatures } from './list-features.ts';
import { mark, normaliseWhitespace, type Block, type BlockKind, type Line, type Root } from './tree.ts';

function block(kind: BlockKind, line: Line, rule: string, extra: Partial<Block> = {}): Block {
  mark([line], kind, rule);
  return { type: 'block', kind, children: [line], text: line.text, rule, position: line.position, ...extra };
}

function append(target: Block, line: Line, rule: string): void {
  target.children.push(line);
  // Both sides are normalised already: joining them costs nothing per line, whatever the block's length.
  target.text = target.text === '' ? line.text : `${target.text} ${line.text}`;
  target.position = { start: target.position!.start, end: line.position.end };
  mark([line], target.kind, rule);
}

/**
 * A short line that stands alone: a title such as "Secrétariat général du Ministère". It must
 * not run on into the next line: that one is blank, a list item, or the title is one word.
 */
function isShortTitle(text: string, next: Line | undefined, afterBlank = false): boolean {
  const words = text.split(' ').length;
  // "Le Secrétariat Général", "Le Cabinet" opening a block over the paragraph that describes it: a section's title.
  if (
    afterBlank &&
    words <= 6 &&
    /^(?:Le|La|Les|L['’])\s*\p{Lu}/u.test(text) &&
    !/[.;:,!?…]$/u.test(text) &&
    /^\p{Lu}/u.test(next?.text ?? '') &&
    !opensWithUnit(next?.text ?? '') &&
    bodyOfHeading(text) !== null &&
    !unfinished(text)
  )
    return true;
  // "Attributions :", "Missions :": a title of a word or two may close with a colon.
  if (words <= 3 && /^\p{Lu}[\p{L}'’ -]*\s*:$/u.test(text) && !/\b(?:il|elle)\b|secr[ée]tai?re/iu.test(text)) return true;
  return (
    words <= 8 &&
    text.length <= 70 &&
    /^\p{Lu}/u.test(text) &&
    !/[.;:,!?…]$/u.test(text) &&
    !opensWithVerb(text) &&
    !unfinished(text) &&
    (next === undefined || next.text === '' || marker.test(next.value) || words === 1)
  );
}

/** Whether a line opens a sentence of its own: a subject and its verb, or a pronoun and a verb. */
function startsSentence(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const form = itemForm(text);
  return form === 'subject-sentence' || form === 'pronoun-verb';
}

/** Whether a line opens by naming a unit, capitalised: "Direction des…", "la Cellule…". */
const opensWithUnit = (text: string) => itemForm(text) === 'unit' && /^(?:\S+\s+)?\p{Lu}/u.test(text);

/** Whether a text ends by announcing a list ("Le Secrétaire général est chargé de"): what follows a blank line is its first item. */
const announcesList = (text: string) =>
  !/[.;!?…]$/u.test(text) && leadInFeatures(text.slice(-300)).some((feature) => feature.weights.attributions + feature.weights.composition > 0);

/**
 * A sentence that stops short ("A ce titre, il est chargé de", "A ce titre, le Secrétaire
 * général"): an adverbial opening, a verb, or a function word at its end. Not a title.
 */
const unfinished = (text: string) =>
  /^(?:a|à) (?:ce titre|cet effet)\b|^(?:dans ce cadre|en outre|pour ce faire)\b|\b(?:est|sont|comprend|comprennent|dispose|assure|a pour)\b/iu.test(text) ||
  endsOnFunctionWord.test(text);

/** A text that stops on a function word ("… chargé de", "… assisté par le"): its next line goes on with it. */
const endsOnFunctionWord = /\s(?:de|du|des|d['’]|à|au|aux|en|par|pour|sur|et|ou|le|la|les|l['’])$/iu;

export function segmentBlocks() {
  return (tree: Root): void => {
    const blocks: Block[] = [];
    // The block a following line may continue, and whether a blank line came in between.
    let open: Block | undefined;
    let blankSince = false;

    // One line at a time; each return leaves the line classified.
    const step = (line: Line, index: number) => {
      const text = line.text;
      if (text === '') {
        blocks.push(block('blank', line, 'blank'));
        blankSince = true;
        return;
      }
      const close = (made: Block) => {
        blocks.push(made);
        open = made.kind === 'item' || made.kind === 'paragraph' ? made : undefined;
        blankSince = false;
      };

      const chrome = chromeRules.find((candidate) => candidate.test(text, line.value));
      // A page break (its number, running head, rule) falls inside an item or a sentence, which go on after it.
      if (chrome?.within === 'text') {
        blocks.push(block('chrome', line, chrome.rule, { reason: chrome.reason }));
        return;
      }
      if (chrome) return close(block('chrome', line, chrome.rule, { reason: chrome.reason }));

      // Whether the line may carry on the open paragraph or item ("… assisté par le" / "Secrétaire…").
      const continues =
        open !== undefined &&
        open.text !== '' &&
        !terminal.test(open.text.slice(-16)) &&
        (!blankSince || (/^\p{Ll}/u.test(text) && !(open.kind === 'item' && opensWithVerb(text)) && !announcesList(open.text))) &&
        !(open.kind === 'paragraph' && opensWithVerb(open.text) && opensWithVerb(text)) &&
        // "de préparer… ," then "de suivre…": each line an item of an unmarked list, whatever closes the first.
        !(open.kind === 'paragraph' && itemForm(open.text) === 'infinitive' && itemForm(text) === 'infinitive' && /^(?:de|d['’])/iu.test(text)) &&
        // An item does not run on into a sentence of its own ("Le Secrétaire général est assisté…").
        !(open.kind === 'item' && startsSentence(text) && !endsOnFunctionWord.test(open.text.slice(-8)) && !/[,-]$/u.test(open.text)) &&
        // One unit named per line ("Direction des Ressources Humaines" / "Direction des Affaires…").
        !(opensWithUnit(open.text) && opensWithUnit(text));

      // Posts and names before headings: "SECRÉTAIRE GÉNÉRAL" in capitals is still a post.
      if (!continues) {
        if (matchPost(text)) return close(block('post', line, 'official:post'));
        if (matchName(text)) return close(block('name', line, 'official:name'));
        if (matchInlineOfficial(text)) return close(block('official', line, 'official:inline'));
      }

      const item = marker.exec(line.value);
      // A marked line in capitals without closing punctuation is a numbered heading ("1. MISSIONS").
      // A line in capitals that closes with ":" introduces what follows ("IL EST CHARGÉ DE :").
      // "LE PRÉSIDENT DE LA RÉPUBLIQUE," opens a decree's body: a formula, not a heading.
      const capitals = isAllCaps(text) && !(item && /[;,.]$/u.test(text)) && !/[:,]$/u.test(text);
      // The header row of a flattened table ("N°	Attributions du Secrétaire général") heads its rows.
      if (/^\s*(?:N°|Nº|No\.?|Num[ée]ro|#)\s*(?:\t|\s\|\s)/iu.test(line.value))
        return close(block('heading', line, 'heading:table-header', { reason: 'heading' }));
      if (division.test(text) || articleAlone.test(text) || capitals) {
        const rule = division.test(text) ? 'heading:division' : articleAlone.test(text) ? 'heading:article' : 'heading:capitals';
        return close(block('heading', line, rule, { reason: 'heading' }));
      }

      if (item?.groups) {
        const rest = normaliseWhitespace(item.groups.rest!);
        const made = block('item', line, 'item:marker', { label: item.groups.label!.replace(/\s+/g, ''), text: rest });
        if (rest === '') made.reason = 'empty list item';
        return close(made);
      }

      if (continues) return append(open!, line, `${open!.kind}:continued`);
      // A marker alone on its line: the item is on the next.
      if (open?.kind === 'item' && open.text === '') {
        open.reason = undefined;
        return append(open, line, 'item:after-lone-marker');
      }

      // A unit named right under another ("La Direction…" / "Le Bureau…") is the next of a list, not a title.
      const nextUnit = open !== undefined && !blankSince && opensWithUnit(open.text) && opensWithUnit(text);
      if (!nextUnit && isShortTitle(text, tree.lines[index + 1], index === 0 || tree.lines[index - 1]!.text === ''))
        return close(block('heading', line, 'heading:short-line', { reason: 'heading' }));

      const article = articleLead.exec(text);
      if (article) {
        return close(block('paragraph', line, 'paragraph:article', { article: normaliseWhitespace(article[1]!), text: article[2]! }));
      }
      close(block('paragraph', line, 'paragraph'));
    };
    for (const [index, line] of tree.lines.entries()) step(line, index);
    tree.children = blocks;
  };
}
