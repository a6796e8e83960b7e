/**
 * Step 5: officials, in every form the genre gives them. Reads the segmented tree and its lines:
 * - a post and a name that stand together on their own lines, in either order, each with the one
 *   next to it from left to right (only blank lines and page chrome, such as an image file name,
 *   may come between): `official:post-first`, `official:name-first`;
 * - the adjacent cells of a table row flattened by a copy (tabs, bars): `official:table-row`;
 * - every paragraph, heading, list item, lead-in and post/name/official block, read by the
 *   phrase recognisers of recognisers/officials.ts (`findOfficials`: labels, appositions, appointments,
 *   successions); an official inside a paragraph spans the lines that hold it, and the block
 *   keeps its kind (it may still state a mission or be an item for others);
 * - a page headed "Mot du Secrétaire général", signed with a name: `official:signature`.
 * A person found by several recognisers, or several times, gives one record: the one with the
 * fullest name, then by the order of the rules below, then the first in the text. An unpaired
 * post or name stays a heading or a line set aside, with its reason.
 */
import type { VFile } from 'vfile';
import { fold } from '../core/fold.ts';
import { findOfficials, findPosts, matchInlineOfficial, matchPersonLine, matchPost, matchSpeechHeading, type PersonMatch } from './recognisers/officials.ts';
import { splitCells } from './recognisers/lines.ts';
import type { Position } from '../core/records.ts';
import { addDraft, type Block, type Line, type List, linesOfRange, mark, normaliseWhitespace, type Root, spanOf } from './tree.ts';

/** An official found by one rule, before the records of the same person are merged. */
interface Found {
  rule: string;
  lines: Line[];
  /** Where it starts in the text of its first line's block, to order records of one line. */
  at: number;
  text: string;
  heading?: string | null;
  post: string;
  position: Position;
  honorific: string | null;
  name: string;
}

/** Which of two findings of one person is kept, all else equal: the earlier rule in this list. */
const rules = [
  'official:post-first',
  'official:name-first',
  'official:table-row',
  'official:inline',
  'official:post-label',
  'official:appointment',
  'official:post-apposition',
  'official:name-apposition',
  'official:succession',
  'official:replaced',
  'official:signature',
];

/** Every block of the tree once, in order: blocks, the lead-ins and items of lists. */
function blocksOf(tree: Root): Block[] {
  const out: Block[] = [];
  const seen = new Set<Block>();
  const visit = (node: Block | List) => {
    if (node.type === 'block') {
      if (!seen.has(node)) out.push(node);
      seen.add(node);
      return;
    }
    if (node.leadIn) visit(node.leadIn.block);
    for (const child of node.children as Array<Block | List>) visit(child);
  };
  for (const node of tree.children) visit(node);
  return out;
}

/** Whether the offsets of a block's text can be traced back to its lines. */
function traceable(block: Block): boolean {
  if (typeof (block as { start?: number }).start === 'number') return true;
  return normaliseWhitespace(block.children.map((line) => line.text).join(' ')).endsWith(block.text);
}

type Side = { kind: 'post'; line: Line; post: { post: string; position: Position } } | { kind: 'name'; line: Line; person: PersonMatch };

const fieldLabel = /^(?:noms?(?:\s+et\s+pr[ée]noms?)?|pr[ée]noms?\s+et\s+noms?|fonction|poste|titre|qualit[ée])\s*:\s*/iu;

/** A post title or a person standing alone on a line (a closing colon or comma after the post aside). */
function sideOf(line: Line): Side | null {
  // A profile's field labels ("Nom et prénoms : …", "Fonction : …") are not part of what they label.
  const text = line.text.replace(fieldLabel, '');
  const post = matchPost(text.replace(/\s*[:,–-]$/u, ''));
  if (post) return { kind: 'post', line, post };
  const person = matchPersonLine(text);
  return person ? { kind: 'name', line, person } : null;
}

/** The words that tell one person from another: the name folded, without particles and initials. */
const joiners = new Set([
  'de',
  'du',
  'da',
  'dos',
  'das',
  'do',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'ben',
  'bin',
  'bint',
  'ould',
  'ag',
  'el',
  'al',
  'mint',
  'ibn',
  'epouse',
  'ep',
  'epse',
  'nee',
  'veuve',
  'vve',
  'dit',
  'dite',
  'alias',
]);
function keyOf(name: string): string[] {
  const parts = fold(name)
    .split(/[\s-]+/u)
    .map((part) => part.replace(/[^\p{L}]/gu, ''))
    .filter((part) => part.length >= 2 && !joiners.has(part));
  return parts.length > 0 ? parts : [fold(name)];
}
/** Whether two names are one person's: the words of one are all among the other's. */
function samePerson(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((part) => long.includes(part));
}

export function extractOfficials() {
  return (tree: Root, file: VFile): void => {
    const found: Found[] = [];
    const blocks = blocksOf(tree);
    const blockOf = new Map<Line, Block>();
    for (const block of blocks) for (const line of block.children) if (!blockOf.has(line)) blockOf.set(line, block);
    const content = tree.lines.filter((line) => line.text !== '' && line.data.kind !== 'chrome');

    // Posts and persons on their own lines, standing together.
    const runs: Side[][] = [[]];
    for (const line of content) {
      const side = sideOf(line);
      if (side) runs.at(-1)!.push(side);
      else if (runs.at(-1)!.length > 0) runs.push([]);
    }
    for (const run of runs) {
      // Left to right, each post with the person next to it, whichever comes first ("name, post, post, name").
      let at = 0;
      while (at < run.length) {
        const [a, b] = [run[at]!, run[at + 1]];
        if (b && a.kind !== b.kind) {
          const [post, person] = a.kind === 'post' ? [a, b as Extract<Side, { kind: 'name' }>] : [b as Extract<Side, { kind: 'post' }>, a];
          found.push({
            rule: `official:${a.kind}-first`,
            lines: [a.line, b.line],
            at: 0,
            text: `${a.line.text} ${b.line.text}`,
            ...post.post,
            honorific: person.person.honorific,
            name: person.person.name,
          });
          at += 2;
        } else at += 1;
      }
    }

    // "Secrétaire général : (poste vacant)" then "Par intérim : M. X, Directeur…": the acting holder.
    for (const [index, line] of content.entries()) {
      const acting = /^(?:assur[ée] )?par int[ée]rim\s*:\s*/iu.exec(line.text);
      const vacant = index > 0 ? /^(.+?)\s*:\s*\(?(?:poste\s+)?vacant\)?\.?$/iu.exec(content[index - 1]!.text) : null;
      const post = vacant ? matchPost(vacant[1]!) : null;
      const person = acting && post ? matchPersonLine(line.text.slice(acting[0].length).split(/\s*,\s*/u)[0]!) : null;
      if (!post || !person) continue;
      found.push({
        rule: 'official:acting',
        lines: [content[index - 1]!, line],
        at: 0,
        text: `${content[index - 1]!.text} ${line.text}`,
        post: `${post.post} par intérim`,
        position: post.position,
        honorific: person.honorific,
        name: person.name,
      });
    }

    // The cells of a table row: a post beside a person.
    for (const line of content) {
      if (!/\t|\||\s{3}/u.test(line.value.trim())) continue;
      const cells = splitCells(line.value);
      for (let index = 0; index + 1 < cells.length; index++) {
        const [a, b] = [cells[index]!, cells[index + 1]!];
        const post = matchPost(a.text) ?? matchPost(b.text);
        const person = matchPost(a.text) ? matchPersonLine(b.text) : matchPersonLine(a.text);
        if (!post || !person) continue;
        found.push({
          rule: 'official:table-row',
          lines: [line],
          at: a.start,
          text: normaliseWhitespace(line.value.slice(a.start, b.end)),
          ...post,
          honorific: person.honorific,
          name: person.name,
        });
      }
    }

    // Prose, items, headings: the phrases that join a person to a post. A paragraph that names a
    // holder by reference ("il succède au Professeur X", "ce poste est occupé par M. Y") is read
    // after the one before it, which names the post; only the persons of its own text are taken.
    let before: Block | undefined;
    for (const block of blocks) {
      if (block.kind === 'blank' || block.kind === 'chrome' || !traceable(block)) continue;
      const refers =
        before !== undefined &&
        /succ[èé]d|successeur|remplacement|ce poste|cette fonction|ces fonctions/iu.test(block.text) &&
        findPosts(block.text).length === 0;
      const context = refers ? `${before!.text} ` : '';
      before = block.kind === 'paragraph' ? block : undefined;
      const matches = findOfficials(context + block.text)
        .filter((match) => match.end > context.length)
        .map((match) => ({ ...match, start: Math.max(0, match.start - context.length), end: match.end - context.length }));
      for (const match of matches) {
        found.push({
          rule: match.rule,
          lines: linesOfRange(block, match.start, match.end),
          at: match.start,
          text: block.text.slice(match.start, match.end),
          post: match.post,
          position: match.position,
          honorific: match.honorific,
          name: match.name,
        });
      }
      const inline = block.kind === 'official' && matches.length === 0 ? matchInlineOfficial(block.text) : null;
      if (inline) found.push({ rule: 'official:inline', lines: block.children, at: 0, text: block.text, ...inline });
    }

    // "Mot du Secrétaire général": the name that signs the page (its last line, or the last name in it).
    for (const [index, line] of content.entries()) {
      const post = matchSpeechHeading(line.text);
      if (!post) continue;
      let last: Line | undefined;
      let lastNamed: { line: Line; person: PersonMatch } | undefined;
      for (const next of content.slice(index + 1)) {
        const person = matchPersonLine(next.text);
        if (matchSpeechHeading(next.text) || (blockOf.get(next)?.kind === 'heading' && !person)) break;
        last = next;
        if (person && person.strength !== 'plain') lastNamed = { line: next, person };
      }
      const signed = last && matchPersonLine(last.text);
      const signature = signed ? { line: last!, person: signed } : lastNamed;
      if (!signature) continue;
      found.push({
        rule: 'official:signature',
        lines: [signature.line],
        at: 0,
        text: signature.line.text,
        heading: line.text,
        post: post.post,
        position: post.position,
        honorific: signature.person.honorific,
        name: signature.person.name,
      });
    }

    // One record per person.
    const rank = (entry: Found) => rules.indexOf(entry.rule);
    const ordered = [...found].sort((a, b) => rank(a) - rank(b) || spanOf(a.lines)[0] - spanOf(b.lines)[0]);
    const groups: Array<{ key: string[]; members: Found[] }> = [];
    for (const entry of ordered) {
      const key = keyOf(entry.name);
      const group = groups.find((candidate) => samePerson(candidate.key, key));
      if (group) {
        group.members.push(entry);
        if (key.length > group.key.length) group.key = key;
      } else groups.push({ key, members: [entry] });
    }
    const covered = new Set<Line>();
    const recordOf = new Map<Line, Found>();
    const kept = groups.map(({ members }) => {
      const best = members.reduce((chosen, entry) => (keyOf(entry.name).length > keyOf(chosen.name).length ? entry : chosen));
      for (const entry of members) for (const line of entry.lines) recordOf.set(line, best);
      return best;
    });
    // In source order: by first line, then along the line.
    kept.sort((a, b) => spanOf(a.lines)[0] - spanOf(b.lines)[0] || a.at - b.at);
    for (const best of kept) {
      for (const line of best.lines) covered.add(line);
      if (
        !best.rule.includes('apposition') &&
        !['official:post-label', 'official:appointment', 'official:succession', 'official:replaced'].includes(best.rule)
      ) {
        mark(best.lines, 'official', best.rule);
      }
      addDraft(file, {
        kind: 'official',
        lines: spanOf(best.lines),
        text: best.text,
        rule: best.rule,
        ...(best.heading ? { heading: best.heading } : {}),
        fields: { post: best.post, position: best.position, honorific: best.honorific, name: best.name },
      });
    }

    // Post titles and names that no record holds.
    for (const block of blocks) {
      if (!['post', 'name', 'official'].includes(block.kind) || block.children.some((line) => covered.has(line))) continue;
      const other = block.children.map((line) => recordOf.get(line)).find((entry) => entry !== undefined);
      if (other) block.reason = `the same official as the record at line ${spanOf(other.lines)[0]}`;
      else if (block.kind === 'post') block.reason = 'heading: a post title with no name beside it';
      else if (block.kind === 'name') block.reason = 'a name with no post beside it';
      if (block.kind !== 'official') mark(block.children, block.kind === 'post' ? 'heading' : 'name', 'official:unpaired');
    }
  };
}
