/**
 * Step 7: citations of acts → decree records. Reads every block and list item; finds each
 * décret, loi, ordonnance, arrêté… cited with a number (an act without a number is a citation of
 * no act in particular, and gives no record), normalises the number, reads the date (French
 * dates, "1er", numeric dates; a date with no year gives none; a Hijri date gives the Gregorian
 * date beside it in parentheses, never its own day and year), the title and the authority the
 * number names, and decides whether the text rests on the act or only cites it.
 *
 * Each record holds its own citation: its text is the citation as written, its lines the lines
 * the citation spans. The patterns (src/ingest/recognisers/acts.ts) are tried one after the other,
 * sticky, from where the previous stopped, each over a bounded stretch: the cost of a text is
 * linear in its length, however many citations a line holds.
 */
import type { VFile } from 'vfile';
import { fold } from '../core/fold.ts';
import type { Authority, Decree } from '../core/records.ts';
import { actName, actNumber, actTitleEnd, actTitleGoesOn, actTitleOpener, authorities, basisPhrase, extractTitle, recitalMarks } from './recognisers/acts.ts';
import { linkText } from './recognisers/lines.ts';
import { addDraft, type Block, lineFinder, mark, PROSE_REASON, type Root, spanOf } from './tree.ts';

type Act = Decree['act'];

/** The longest title read, in characters: past it, the title is cut at a word. */
const MAX_TITLE = 600;
/** How far back a basis phrase ("en application du") is sought before an act. */
const BASIS_REACH = 80;

const monthPattern = String.raw`janv(?:ier|\.)|f[ée]v(?:rier|r?\.)|mars|avr(?:il|\.)|mai|juin|juil(?:let|\.)|ao[uû]t|sept(?:embre|\.)|oct(?:obre|\.)|nov(?:embre|\.)|d[ée]c(?:embre|\.)`;
const dayPattern = String.raw`1\s?er|1ᵉʳ|premier|\d{1,2}`;
const frenchDate = String.raw`(?<day>${dayPattern})\s(?<month>${monthPattern})(?:\s(?<year>\d{4}))?(?!\d)`;
const numericDate = String.raw`(?<nday>\d{1,2})\s?[/.-]\s?(?<nmonth>\d{1,2})\s?[/.-]\s?(?<nyear>\d{4})(?!\d)`;
/** A date in another calendar (a Hijri date: "7 kaada 1413", "20 rabii I 1437"), or a French one misspelt. */
const otherDate = String.raw`(?:${dayPattern})\s[\p{L}'’]{1,20}(?:[\s-][\p{L}'’]{1,20}){0,3}\s(?<oyear>\d{4})(?!\d)`;
/** The date after an act's number ("du 04 février 1994", "en date du 12/03/2004"), and its parenthesised equivalent. */
const actDate = new RegExp(
  String.raw`\s?,?\s?(?:du|en\sdate\sdu|le)\s(?:${frenchDate}|${numericDate}|${otherDate})(?:\s?\((?<paren>[^()]{1,40})\)|\s?,?\scorrespondant\s(?:au|à|a)\s(?<cday>${dayPattern})\s(?<cmonth>${monthPattern})\s(?<cyear>\d{4})(?!\d))?`,
  'iuy',
);
const lonelyDate = new RegExp(String.raw`^\s*(?:${frenchDate}|${numericDate})\s*$`, 'iu');
/** A link text right after a citation: the link to the act's document, kept in the record. */
const trailingLink = new RegExp(String.raw`[.,]?\s?(?:${linkText.source})`, 'iuy');

/** "94 – 202 /PM-RM" → "94-202/PM-RM": spaces around dashes and slashes go, dashes become "-". */
export function normaliseNumber(number: string): string {
  return number.replace(/\s*([-‐‑‒–—―−/])\s*/gu, (_, mark: string) => (mark === '/' ? '/' : '-'));
}

/** The ISO date of a French date, or null when it is incomplete or impossible. */
export function isoDate(day: string, month: number, year: string | undefined): string | null {
  if (!year || month < 1 || month > 12) return null;
  const d = /^(?:1\s?er|1ᵉʳ|premier)$/iu.test(day) ? 1 : Number(day);
  const date = new Date(Date.UTC(Number(year), month - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== month - 1 || date.getUTCFullYear() !== Number(year)) return null;
  return date.toISOString().slice(0, 10);
}

/** The month a French month name or abbreviation stands for (1–12). */
function monthNumber(name: string): number {
  const folded = fold(name);
  return ['jan', 'fe', 'mar', 'av', 'mai', 'juin', 'juil', 'ao', 'se', 'oc', 'no', 'de'].findIndex((start) => folded.startsWith(start)) + 1;
}

/** The ISO date of the groups of a French or numeric date, if they hold one. */
function dateOf(groups: Record<string, string | undefined>): string | null {
  if (groups.month !== undefined) return isoDate(groups.day!, monthNumber(groups.month), groups.year);
  if (groups.nmonth !== undefined) return isoDate(groups.nday!, Number(groups.nmonth), groups.nyear);
  return null;
}

/** The date an act's date part gives: its own, or, for another calendar, the Gregorian date in parentheses. */
function readDate(groups: Record<string, string | undefined>): string | null {
  const own = groups.month !== undefined || groups.nmonth !== undefined;
  if (own && groups.year !== undefined && Number(groups.year) >= 1600) return dateOf(groups);
  if (own && groups.nyear !== undefined) return dateOf(groups);
  // A Hijri (or unreadable) date: only a Gregorian date beside it counts, in brackets or "correspondant au".
  if (groups.cmonth !== undefined) return isoDate(groups.cday!, monthNumber(groups.cmonth), groups.cyear);
  const beside = groups.paren === undefined ? null : lonelyDate.exec(groups.paren)?.groups;
  return beside ? dateOf(beside) : null;
}

/** The kind of act a name and its qualifier say ("décret-loi" is a décret, "arrêté conjoint" an arrêté). */
function actOf(act: string, qualifier: string | undefined): Act {
  const folded = fold(act).replace(/[-‐‑]loi$/u, '');
  if (folded.startsWith('arrete')) return qualifier && /^interminist/u.test(fold(qualifier)) ? 'arrêté interministériel' : 'arrêté';
  if (folded.startsWith('loi')) return /organique/u.test(folded) ? 'loi organique' : 'loi';
  return ({ decret: 'décret', ordonnance: 'ordonnance', decision: 'décision', circulaire: 'circulaire' } as const)[folded]!;
}

/** Where a title that opens at `start` ends: before its first end that does not carry it on. */
function titleEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_TITLE);
  const window = text.slice(start, limit);
  const link = linkText.exec(window);
  const stop = link ? link.index : window.length;
  actTitleEnd.lastIndex = 0;
  for (let found = actTitleEnd.exec(window); found !== null && found.index < stop; found = actTitleEnd.exec(window)) {
    actTitleGoesOn.lastIndex = found.index;
    if (found[0] === ',' && actTitleGoesOn.test(window)) continue;
    return start + found.index;
  }
  if (stop < window.length || limit === text.length) return start + stop;
  // Too long: cut at the last word boundary.
  const space = window.lastIndexOf(' ');
  return start + (space > 0 ? space : window.length);
}

/** One act cited in a text, with where its citation lies. */
export interface ActCitation {
  /** The citation spans [start, end) of the text; the record's text [start, textEnd), a link to the act's document included. */
  start: number;
  end: number;
  textEnd: number;
  act: Act;
  citation: string;
  number: string;
  date: string | null;
  title: string | null;
  authority_code: string | null;
  authority: Authority | null;
}

/** The authority segments of a number: from the first segment after a slash that opens with a capital. */
function authorityCode(number: string): string | null {
  const at = /\/(?=\p{Lu})/u.exec(number);
  return at ? number.slice(at.index + 1) : null;
}

/**
 * Every act cited with a number in a whitespace-normalised text, in order. Citations inside an
 * act's title ("modifiant le décret n°…") are acts of their own.
 */
export function findActs(text: string): ActCitation[] {
  const found: ActCitation[] = [];
  actName.lastIndex = 0;
  for (let head = actName.exec(text); head !== null; head = actName.exec(text)) {
    const resume = head.index + head[0].length;
    const groups = head.groups!;
    actNumber.lastIndex = resume;
    const numbered = actNumber.exec(text);
    const raw = numbered?.[0] ?? '';
    // Without a mark, only an act's number in its usual shapes: digits, a separator and digits, or a
    // letter or two before a slash and the year ("D/2021/0127/PRG/SGG").
    const valid = /\d/u.test(raw) && (groups.mark !== undefined || /^(?:\d+\s?[-‐‑‒–—―−/.]\s?\d|\p{Lu}{1,3}\/\d)/u.test(raw));
    if (!valid) {
      actName.lastIndex = resume;
      continue;
    }
    let end = resume + raw.length;
    actDate.lastIndex = end;
    const dated = actDate.exec(text);
    const date = dated ? readDate(dated.groups!) : null;
    if (dated) end += dated[0].length;
    // The next act is sought from here, so that one cited in this one's title is found.
    const next = end;
    const lead = /^\s?(?:[,:]|[-–—])?\s?/u.exec(text.slice(end, end + 4))![0];
    actTitleOpener.lastIndex = end + lead.length;
    let title: string | null = null;
    if (actTitleOpener.test(text)) {
      const from = end + lead.length;
      const to = titleEnd(text, from);
      title = text.slice(from, to).replace(/[\s,;:.–—-]+$/u, '') || null;
      if (title !== null) end = from + title.length;
    }
    trailingLink.lastIndex = end;
    const link = trailingLink.exec(text);
    const number = normaliseNumber(raw);
    const code = authorityCode(number);
    const first = code?.split('/')[0] ?? '';
    found.push({
      start: head.index,
      end,
      textEnd: link ? end + link[0].length : end,
      act: actOf(groups.act!, groups.qualifier),
      citation: text.slice(head.index, end),
      number,
      date,
      title,
      authority_code: code,
      authority: authorities.find((known) => known.code.test(first))?.authority ?? null,
    });
    actName.lastIndex = next;
  }
  return found;
}

/** Which citations sit in a "Vu" recital: opened by "Vu" with no ";" or sentence end since. */
function inRecitals(text: string, citations: readonly ActCitation[]): boolean[] {
  recitalMarks.lastIndex = 0;
  let open = false;
  let mark = recitalMarks.exec(text);
  return citations.map((citation) => {
    while (mark !== null && mark.index < citation.start) {
      open = mark.groups!.vu !== undefined;
      mark = recitalMarks.exec(text);
    }
    return open;
  });
}

type Role = 'decree:recital' | 'decree:standalone' | 'decree:extract-title' | 'decree:basis-phrase' | 'decree:mention';

/** Why a citation makes the act the text's basis, or only a mention. */
function roleOf(text: string, citation: ActCitation, recital: boolean, wholeItem: boolean): Role {
  if (recital) return 'decree:recital';
  if (!wholeItem && citation.start === 0) return 'decree:standalone';
  const before = text.slice(Math.max(0, citation.start - BASIS_REACH), citation.start);
  if (!wholeItem && citation.start <= BASIS_REACH && extractTitle.test(before)) return 'decree:extract-title';
  // A title line after a separator run ("--------- Décret n°…"), as flattened pages give it.
  if (!wholeItem && /[-–—_=*]{3,}\s?$/u.test(before)) return 'decree:standalone';
  return basisPhrase.test(before) ? 'decree:basis-phrase' : 'decree:mention';
}

/** An act's name (and number mark) closing a text, its number to come on the next line. */
const actNameAtEnd = new RegExp(`(?:${actName.source})$`, 'iu');

/**
 * A title line broken before the act's number, date or title ("DÉCRET N° 2023-114/PRN" / "du
 * 9 mars 2023" / "portant…"): the block on the next line, read as the citation's rest when it
 * gives it one. Returns the two blocks as one, with the acts that open in the first.
 */
function carriesOn(block: Block, next: Block | undefined, citations: readonly ActCitation[]): { block: Block; citations: ActCitation[] } | null {
  if (!next || (next.kind !== 'paragraph' && next.kind !== 'heading')) return null;
  const last = citations.at(-1);
  const open = last ? last.end === block.text.length && last.title === null : actNameAtEnd.test(block.text.slice(-80));
  if (!open || next.children[0]!.position.start.line !== block.children.at(-1)!.position.start.line + 1) return null;
  // Only a block whose text is its lines as they are (no marker or label cut off) is joined on.
  if (next.text !== next.children.map((line) => line.text).join(' ')) return null;
  const joined: Block = { ...block, children: [...block.children, ...next.children], text: `${block.text} ${next.text}` };
  // Acts that open in the next block are that block's own.
  const found = findActs(joined.text).filter((citation) => citation.start < block.text.length);
  return found.some((citation) => citation.end > block.text.length) ? { block: joined, citations: found } : null;
}

export function extractDecrees() {
  return (tree: Root, file: VFile): void => {
    // An act cited again (in a recital, then in an article) is one act: its first citation is its record.
    const recorded = new Set<string>();
    const scan = (block: Block, wholeItem: boolean, next?: Block) => {
      const own = findActs(block.text);
      const joined = wholeItem ? null : carriesOn(block, next, own);
      const citations = joined?.citations ?? own;
      const { text } = joined?.block ?? block;
      const recitals = inRecitals(text, citations);
      const linesOf = citations.length > 0 ? lineFinder(joined?.block ?? block) : null;
      citations.forEach((citation, index) => {
        const key = `${citation.act} ${citation.number?.replace(/\D/gu, '')}`;
        if (recorded.has(key)) {
          if (block.reason === undefined || block.reason === PROSE_REASON) block.reason = 'cites again an act recorded above';
          return;
        }
        recorded.add(key);
        const role = roleOf(text, citation, recitals[index]!, wholeItem);
        const lines = linesOf!(citation.start, citation.textEnd);
        // Items keep their classification in the debug dump; they are records of their own.
        if (!wholeItem) mark(lines, 'decree', role);
        const { act, citation: cited, number, date, title, authority, authority_code } = citation;
        addDraft(file, {
          kind: 'decree',
          lines: spanOf(lines),
          text: text.slice(citation.start, citation.textEnd),
          rule: role,
          fields: { act, citation: cited, number, date, title, authority, authority_code, role: role === 'decree:mention' ? 'cited' : 'legal-basis' },
        });
      });
    };
    tree.children.forEach((node, index) => {
      if (node.type === 'block') {
        const next = tree.children[index + 1];
        if (node.kind !== 'chrome') scan(node, false, next?.type === 'block' ? next : undefined);
        return;
      }
      // A run-in list's lead-in and items are cut out of one paragraph, each scanned once.
      if (node.leadIn) scan(node.leadIn.block, false);
      for (const item of node.children) scan(item, node.style !== 'run-in');
    });
  };
}
