/**
 * Step 7: citations of acts → decree records. Reads every block and list item; finds each
 * décret, loi, ordonnance, arrêté… with a number or a date, normalises the number, reads the
 * date (French month names, "1er"; no year gives no date), the title and the authority the
 * number's suffix names, and decides whether the text rests on the act or only cites it.
 */
import type { VFile } from 'vfile';
import { authorities, basisPhrase, linkText } from './recognisers.ts';
import { addDraft, fold, linesOfRange, mark, spanOf, type Block, type Root } from './tree.ts';

const months = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const monthPattern = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre';
const citation = new RegExp(
  String.raw`(?<![\p{L}])(?<act>d[ée]cret|loi\s+organique|loi|ordonnance|arr[êe]t[ée](?:\s+interminist[ée]riel)?|d[ée]cision|circulaire)` +
    // The number, with or without "n°": "n° 94 – 202 /PM-RM", "N°2019-0457/PR/MEF", "2021-401".
    String.raw`(?:\s+(?:(?:n\s*[°º˚]|no\.?|num[ée]ro)\s*)?(?<number>\d[\p{L}\d]*(?:(?:\s*[-–—/]\s*|\.)[\p{L}\d]+)*))?` +
    String.raw`(?:\s*,?\s+(?:du|en date du)\s+(?:(?<day>1er|\d{1,2})\s+(?<month>${monthPattern})(?:\s+(?<year>\d{4}))?|(?<nday>\d{1,2})[/.](?<nmonth>\d{1,2})[/.](?<nyear>\d{4})))?` +
    String.raw`(?:\s*,?\s*(?<title>(?:portant|fixant|relati(?:f|ve)|modifiant|abrogeant|instituant|cr[ée]ant|d[ée]terminant|d[ée]finissant|organisant|approuvant|autorisant|ratifiant|sur)\b[^;]*?)(?=\s*(?:;|\.(?:\s|$)|,\s|$)))?`,
  'giu',
);

/** "94 – 202 /PM-RM" → "94-202/PM-RM": spaces around dashes and slashes go, dashes become "-". */
export function normalizeNumber(number: string): string {
  return number.replace(/\s*([-–—/])\s*/gu, (_, mark: string) => (mark === '/' ? '/' : '-'));
}

/** The ISO date of a French date, or null when it is incomplete or impossible. */
export function isoDate(day: string, month: number, year: string | undefined): string | null {
  if (!year || month < 1 || month > 12) return null;
  const d = day.toLowerCase() === '1er' ? 1 : Number(day);
  const date = new Date(Date.UTC(Number(year), month - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

function actName(act: string): string {
  const folded = fold(act).replace(/\s+/g, ' ');
  if (folded.startsWith('arrete')) return folded.includes('interministeriel') ? 'arrêté interministériel' : 'arrêté';
  return { decret: 'décret', loi: 'loi', 'loi organique': 'loi organique', ordonnance: 'ordonnance', decision: 'décision', circulaire: 'circulaire' }[folded]!;
}

export function extractDecrees() {
  return (tree: Root, file: VFile): void => {
    const scan = (block: Block, wholeItem: boolean) => {
      for (const found of block.text.matchAll(citation)) {
        const g = found.groups!;
        const hasDate = g.month !== undefined || g.nmonth !== undefined;
        if (g.number === undefined && !hasDate) continue;
        const number = g.number === undefined ? null : normalizeNumber(g.number);
        const date = g.month ? isoDate(g.day!, months.indexOf(fold(g.month)) + 1, g.year) : g.nmonth ? isoDate(g.nday!, Number(g.nmonth), g.nyear) : null;
        const code = number?.includes('/') ? number.slice(number.indexOf('/') + 1) : null;
        const authority = code ? (authorities.find((known) => known.suffix.test(number!))?.authority ?? null) : null;
        const before = block.text.slice(0, found.index);
        const role = /^vu\b/iu.test(block.text)
          ? 'decree:recital'
          : found.index === 0 && !wholeItem
            ? 'decree:standalone'
            : basisPhrase.test(before)
              ? 'decree:basis-phrase'
              : 'decree:mention';
        const title = g.title?.replace(new RegExp(`\\s*${linkText.source}$`, 'iu'), '').trim() || null;
        const lines = wholeItem ? block.children : linesOfRange(block, found.index, found.index + found[0].length);
        if (!wholeItem) mark(lines, 'decree', role);
        addDraft(file, {
          collection: 'decrees',
          lines: spanOf(lines),
          text: lines.map((line) => line.text).join(' '),
          rule: role,
          fields: {
            act: actName(g.act!),
            citation: found[0],
            number,
            date,
            title,
            authority,
            authority_code: code,
            role: role === 'decree:mention' ? 'cited' : 'legal-basis',
          },
        });
      }
    };
    for (const node of tree.children) {
      if (node.type === 'block') {
        if (node.kind !== 'chrome') scan(node, false);
        continue;
      }
      // A run-in list's paragraph is its lead-in: scanned once, as a paragraph.
      if (node.leadIn) scan(node.leadIn.block, false);
      if (node.style !== 'run-in') for (const item of node.children) scan(item, true);
    }
  };
}
