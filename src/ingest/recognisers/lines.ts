/**
 * Recognisers of lines: page chrome, headings (divisions, articles, capitals), list markers,
 * what opens an unmarked item, the cells of a table row. Layouts of new countries are taught
 * here and in the other recognisers, as patterns, never as conditions on a country inside the
 * pipeline steps. Patterns read whitespace-normalised text.
 */
import { isVerb } from '../list-features.ts';

export interface ChromeRule {
  rule: string;
  reason: string;
  /** Reads the whitespace-normalised text; `value`, the line as written, where spacing tells. */
  test: (text: string, value?: string) => boolean;
  /**
   * What the chrome may fall inside without ending it: a page break (its number, running head,
   * rule) falls inside a sentence or an item; an advertisement, a caption, a cookie notice
   * inside a list. Other chrome ends what it follows.
   */
  within?: 'text' | 'list';
}

/** The words of a whitespace-normalised text. */
export const words = (text: string) => text.split(' ').filter(Boolean);

/** Navigation and decoration of web pages, set aside with a reason. First match wins. */
export const chromeRules: ChromeRule[] = [
  {
    rule: 'chrome:image',
    reason: 'page chrome: image file name (the image is not part of the text)',
    test: (text) => /^[\p{L}\p{N}_.()\- ]{1,120}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$/iu.test(text),
  },
  {
    rule: 'chrome:country-header',
    reason: 'page chrome: country header',
    test: (text) => words(text).length <= 6 && /^(?:r[ée]publique|royaume|union des comores|burkina faso)\b/iu.test(text) && !/[.;:]$/.test(text),
  },
  {
    rule: 'chrome:motto',
    reason: 'page chrome: national motto',
    test: (text) => {
      if (words(text).length > 10 || !/^\p{Lu}/u.test(text)) return false;
      // Separators stand apart from the words: a hyphen inside a name ("Jean-Robert") is none.
      const parts = text.replace(/[.!]$/, '').split(/\s+[-–—•*]\s*|\s*[-–—•*]\s+/);
      return parts.length === 3 && parts.every((part) => /^\p{Lu}\S*(?: \S+){0,2}$/u.test(part));
    },
  },
  {
    rule: 'chrome:link',
    reason: 'page chrome: link text (the link target is not part of the text)',
    test: (text) => words(text).length <= 6 && linkText.test(text) && new RegExp(`^${linkText.source}$`, 'iu').test(text),
  },
  {
    rule: 'chrome:page-number',
    within: 'text',
    reason: 'page chrome: page number',
    test: (text) => /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^page\s+\d+(?:\s*(?:\/|sur|of)\s*\d+)?$|^\d+\s*\/\s*\d+$/iu.test(text),
  },
  {
    rule: 'chrome:breadcrumb',
    reason: 'page chrome: breadcrumb',
    test: (text) => /^(?:vous [êe]tes ici\s*:\s*)?accueil\s*[>»/|]/iu.test(text),
  },
  {
    // "Journal officiel de la République … Page 4 sur 9", a footer repeated on every printed page.
    rule: 'chrome:running-header',
    within: 'text',
    reason: 'page chrome: running header or footer of a printed page',
    test: (text) =>
      words(text).length <= 16 &&
      (/(?:^|\s)page\s+\d{1,4}(?:\s*(?:\/|sur|of)\s*\d{1,4})?$/iu.test(text) ||
        (/\b(?:journal|bulletin) officiel\b/iu.test(text) && /^\d{1,5}\s|\s\d{1,5}$/u.test(text))),
  },
  {
    rule: 'chrome:page-tools',
    reason: 'page chrome: tools of the web page (print, share, related articles)',
    test: (text) =>
      words(text).length <= 10 &&
      /^(?:(?:imprimer|partager(?: sur)?|envoyer|t[ée]l[ée]charger(?: en pdf)?|articles? similaires|liens? utiles|retour(?: en haut)?|haut de page|facebook|twitter|x|whatsapp|linkedin|e-?mail|pdf|j['’]aime|tweet)(?:\s*\(\d+\))?\s*[|:•·,-]?\s*)+$/iu.test(
        text,
      ),
  },
  {
    rule: 'chrome:rule',
    within: 'text',
    reason: 'page chrome: a rule drawn with characters',
    test: (text) =>
      /^[-–—_=*~.·•|+│─┼├└┌┐┘┬┴]+$/u.test(text.replace(/\s/gu, '')) && (text.replace(/\s/gu, '').length >= 3 || /^[|│+]+$/u.test(text.replace(/\s/gu, ''))),
  },
  {
    rule: 'chrome:footer',
    reason: 'page chrome: footer of the web page (copyright, sharing)',
    test: (text) =>
      words(text).length <= 24 &&
      /©|\btous droits r[ée]serv[ée]s\b|^(?:lire aussi|voir aussi|commentaires?\s*\(\d+\)|source\s*:|cr[ée]dit photo\s*:)/iu.test(text),
  },
  {
    rule: 'chrome:caption',
    within: 'list',
    reason: 'page chrome: caption of a picture',
    test: (text) => (/^\[[^\]]{1,120}\]$/u.test(text) && !isAllCaps(text)) || /^\((?:photo|image|illustration|cr[ée]dit)[^)]{0,120}\)$/iu.test(text),
  },
  {
    rule: 'chrome:cookies',
    within: 'list',
    reason: 'page chrome: notice about cookies',
    test: (text) =>
      words(text).length <= 40 &&
      /\bcookies?\b/iu.test(text) &&
      /\b(?:accepte[rz]?|refuse[rz]?|param[èe]tres|navigation|consentement|j['’]accepte)\b/iu.test(text),
  },
  {
    rule: 'chrome:advert',
    within: 'list',
    reason: 'page chrome: advertisement',
    test: (text) => /^(?:publicit[ée]|annonce|sponsoris[ée]|advertisement)s?\s*:?$/iu.test(text),
  },
  {
    rule: 'chrome:byline',
    reason: 'page chrome: date of publication and author of the web page',
    test: (text) => words(text).length <= 16 && /^(?:publi[ée]|mis en ligne|mise à jour|modifi[ée])\s+le\s+\d/iu.test(text),
  },
  {
    // "Accueil | Le Ministère | Contact", "Accueil  Actualités  Documents": a site's menu.
    rule: 'chrome:menu',
    reason: 'page chrome: menu of the site',
    test: (text, value = text) => {
      // Entries apart by "|", tabs or runs of spaces, short, one of them a menu's.
      const entries = value.trim().split(/\s*\|\s*|\t+|\s{2,}/u);
      return (
        entries.length >= 3 &&
        entries.every((entry) => words(entry).length <= 4 && !/[.;:!?]$/u.test(entry)) &&
        /\b(?:accueil|contact|plan du site|mentions l[ée]gales|actualit[ée]s)\b/iu.test(text)
      );
    },
  },
];

/** What chrome of a rule may fall inside (see `ChromeRule.within`), by the rule's name. */
export const chromeWithin = new Map(chromeRules.map((chrome) => [chrome.rule, chrome.within]));

/** Link texts of web pages ("Lire le document…"); also sought at the end of text lines. */
export const linkText =
  /(?:lire (?:le document|la suite|plus)|t[ée]l[ée]charger(?: le (?:document|texte|fichier))?|en savoir plus|voir (?:le document|le texte|plus)|cliquez ici|consulter le (?:document|texte))\s*(?:…|\.\.\.)?/iu;

/** A link text closing a line of prose: kept in the record, flagged as an anomaly. */
export const trailingLinkText = new RegExp(`(?:^|\\s)(${linkText.source})\\s*$`, 'iu');

/** Strong headings: parts and articles of legal texts, lines in capitals. */
export const division = /^(?:titre|chapitre|section|sous-section|livre|partie)\s+(?:[ivxlcdm]+|\d+|premi[eè]re?|unique|[a-z])\b/iu;
const articleNumber = String.raw`(?:article|art\.)\s+(?:premier|1er|unique|[\d٠-٩]+(?:\s*(?:bis|ter|quater))?)`;
/** "Article 9." or "Article premier.-" alone on a line. */
export const articleAlone = new RegExp(`^(${articleNumber})\\s*(?:[.:°\\-–—]+\\s*)*$`, 'iu');
/** "Article 2.- Le Secrétariat général…": the label, then the text of the article. */
export const articleLead = new RegExp(`^(${articleNumber})\\s*(?:\\.\\s*[-–—]+|[-–—:.]+)\\s*(\\S.*)$`, 'iu');

/** A line in capitals: letters, none of them lower case. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && words(text).length <= 12;
}

/**
 * List markers, with any padding (spaces, NBSP, tabs) or none: bullets and dashes (with the
 * symbol-font bullets of word-processor exports), numbers (1. 1) 1° 1°) 1-), letters (a) a. A)),
 * parenthesised numbers and letters.
 */
export const marker =
  /^\s*(?<label>[\u25A0-\u25FF\u2700-\u27BF](?=\s)|°(?=\s+\p{L})|(?:(?:[Pp]remi|[Dd]euxi|[Tt]roisi|[Qq]uatri|[Cc]inqui|[Ss]ixi|[Ss]epti|[Hh]uiti|[Nn]euvi|[Dd]ixi)[èe]mement|[Ee]nfin)\s*[,:.)-]|\d{1,2}(?:\.\d{1,2})+(?:\.(?=\s)|(?=\s+\p{Lu}))|=>|->|[-–—•›*·▪►●○◦‣⁃→⇒➔➢➤✓✔◆■□❖\uf0a7\uf0b7\uf0d8\uf076]|o(?=\t| {2,}|\u00a0)|[\d٠-٩]{1,3}\s*(?:°(?:\s*[)/.\-–])?|[.)](?![\d٠-٩])|[-–](?=\s)|\|(?=\s)|\t(?=\s*\p{L}))|(?:[a-z]|ii|iii|iv|vi|vii|viii|ix)[.)\-–](?=\s|$)|(?:[A-Z]|II|III|IV|VI|VII|VIII|IX)[)\-–](?=\s|$)|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\))(?<rest>.*)$/u;

/** The cells of a table row flattened by a copy: separated by tabs, bars, or runs of three spaces or more. */
export function splitCells(value: string): Array<{ start: number; end: number; text: string }> {
  const cells: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = value.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') cells.push({ start: start + lead, end: start + lead + text.length, text: text.replace(/\s+/gu, ' ') });
  };
  for (const separator of value.matchAll(/\t+|\s*\|\s*|\s{3,}/gu)) {
    push(from, separator.index);
    from = separator.index + separator[0].length;
  }
  push(from, value.length);
  return cells;
}

/** Whether a text opens like a list item without a marker: a verb of the genre, or a lower-case start. */
export function opensLikeItem(text: string): boolean {
  return /^\p{Ll}/u.test(text) || opensWithVerb(text);
}

/** Whether a text opens with a verb of the genre (capitalised or not, in any person). */
export function opensWithVerb(text: string): boolean {
  return isVerb(text.split(' ', 1)[0] ?? '');
}

/** Punctuation that closes a sentence or an item (closing quotes and brackets may follow). */
export const terminal = /[.;:!?…]["”»)\]]*$/u;
