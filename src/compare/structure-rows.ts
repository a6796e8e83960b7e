/**
 * Which of a source's sentences say how its Secrétariat général is led and where it stands: a
 * rule over their folded words. It reads the general provisions and the sentences introducing
 * the lists of attributions and of the composition ("A ce titre et sous l'autorité du
 * Ministre, il :"), and finds in each the cues of four rows:
 *
 * - leads: who leads it ("dirigé par", "à sa tête", "dirige le", "l'animation");
 * - assists: who assists its head ("assisté d'un", "secondé par", "adjoint", "supplée",
 *   "intérim"); a negation before the cue in the same clause ("n'est pas assisté", "sans
 *   adjoint") says there is none;
 * - answers-to and over: "sous l'autorité de", "sous la tutelle de", "rattaché à", "relève
 *   de", "rend compte à", "placé auprès de", "principal collaborateur de" followed by whom: the Secrétaire général or the
 *   Secrétariat général itself (or "son", "sa") puts what the sentence speaks of under its
 *   authority; anyone else is the authority it answers to. "Sous son autorité" is always over,
 *   and "placé sous l'autorité d'un Secrétaire général" says who leads it.
 */
import { fold } from '../core/fold.ts';
import type { StructureRow } from '../core/records.ts';

/** A sentence the rule reads, and how a row cites it. */
export interface Candidate {
  record: string;
  part: 'text' | 'lead-in';
  text: string;
}

/** What a sentence says for a row: the words that decided, and whether they say there is none. */
export interface Finding {
  row: StructureRow;
  cue: string;
  none: boolean;
}

const leads = /\bdirigee?s? par\b|\ba (?:sa|la) tete\b|\bdirige (?:le|la|les|l)\b|\banim(?:e|ent|ation)\b/u;
const assists = /\b(?:assistee?s?|secondee?s?) (?:par|d|de|du)\b|\badjointe?s?\b|\bsupplee?s?\b|\binterim\b/u;
/** Before a cue in its clause: it says there is none. */
const negation = /\b(?:n|ne)\b.*\b(?:pas|point|aucune?)\b|\bsans\b|\baucune?\b/u;
/** Under its own authority, with no one named. */
const ownAuthority = /\bsous (?:son autorite|sa (?:direction|tutelle|responsabilite|supervision))\b/u;
/** A relation of authority, then whom it names. */
const authority =
  /\b(?:sous (?:l autorite|la tutelle|la responsabilite|la supervision)(?: (?:directe|hierarchique|technique|administrative))?|rattachee?s?(?: directement)?|relev(?:e|ent)(?: directement)?|rend(?:ent)? compte|placee?s? aupres|(?:principal|premier) collaborateur) (?:de la|de l|du|des|de|d|au|aux|a la|a l|a) ([^,;:.()]+)/gu;
/** The Secrétariat général or its head (not the Government's or the Presidency's). */
const itself = /^(?:(?:secretaire|secretariat) generale?s?\b(?! (?:du gouvernement|de la presidence))|sgm?\b|(?:son|sa|ses|lui|leur)\b)/u;
/** A head named with an indefinite article: the post that leads it. */
const aHead = /^(?:un|une) secretaire generale?\b/u;
/** How many words of whom a relation names the cue keeps. */
const CUE_WORDS = 4;

/** The text as the rule reads it: folded, one space between words. */
const folded = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N},;:.()]+/gu, ' ')
    .trim();

/** What one sentence says for each row, in row order. */
export function findRows(text: string): Finding[] {
  const words = folded(text);
  const found: Finding[] = [];
  const [head, above, below] = [[] as string[], [] as string[], [] as string[]];
  const lead = leads.exec(words);
  if (lead) head.push(lead[0]);
  const own = ownAuthority.exec(words);
  if (own) below.push(own[0]);
  for (const match of words.matchAll(authority)) {
    const whom = match[1]!.trim();
    const cue = match[0].slice(0, match[0].length - match[1]!.length) + whom.split(' ').slice(0, CUE_WORDS).join(' ');
    (aHead.test(whom) ? head : itself.test(whom) ? below : above).push(cue);
  }
  if (head.length > 0) found.push({ row: 'leads', cue: head[0]!, none: false });
  const assist = assists.exec(words);
  if (assist) {
    const clause =
      words
        .slice(0, assist.index)
        .split(/[,;:.]/u)
        .at(-1) ?? '';
    found.push({ row: 'assists', cue: assist[0], none: negation.test(clause) });
  }
  if (above.length > 0) found.push({ row: 'answers-to', cue: above[0]!, none: false });
  if (below.length > 0) found.push({ row: 'over', cue: below[0]!, none: false });
  return found;
}

/** The cells the rule fills from a source's sentences: per row, the sentences citing it, in the order given. */
export function ruleRows(candidates: readonly Candidate[]): Map<StructureRow, Array<Candidate & Finding>> {
  const rows = new Map<StructureRow, Array<Candidate & Finding>>();
  for (const candidate of candidates) {
    for (const finding of findRows(candidate.text)) rows.set(finding.row, [...(rows.get(finding.row) ?? []), { ...candidate, ...finding }]);
  }
  return rows;
}
