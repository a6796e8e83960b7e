/**
 * Officials: honorifics, names, post titles, and the phrases of the genre that join a person to
 * a post of the Secrétariat général — on their own lines, in a table row, in a list item, in the
 * prose of appointment news and councils of ministers. Read by segment-blocks.ts (whole lines)
 * and extract-officials.ts (everything else).
 */
import { fold } from '../../core/fold.ts';
import type { Position } from '../../core/records.ts';
import { words } from './lines.ts';

/** Honorifics written out, in title case or in capitals ("Monsieur", "MADAME"). */
const honorificsWritten = [
  'Son Excellence',
  'Monsieur',
  'Madame',
  'Mademoiselle',
  'Docteure',
  'Docteur',
  'Professeure',
  'Professeur',
  'Maître',
  'Maitre',
  'Colonel-Major',
  'Lieutenant-Colonel',
  'Médecin-Colonel',
  'Colonel',
  'Commandant',
  'Capitaine',
  'Contre-Amiral',
  'Ingénieur',
  'Ingénieure',
  'Juge',
  'Magistrat',
  'Général de brigade',
  'Général de Brigade',
  'Général de division',
  'Général de Division',
  'Général de corps d’armée',
  'Vice-Amiral',
  'Général d’armée',
  "Général d'armée",
];
/** Abbreviated honorifics, in the cases they are written in ("M.", "Mme", "Dr", "Pr."). */
const honorificsShort = [
  'S.E.M.',
  'S.E.',
  'M.',
  'MM.',
  'Mr.',
  'Mr',
  'Mmes',
  'Mme.',
  'Mme',
  'MME',
  'Mlle.',
  'Mlle',
  'MLLE',
  'Dr.',
  'Dr',
  'DR',
  'Dre',
  'Pr.',
  'Pr',
  'PR',
  'Prof.',
  'Me',
];
const honorificUnit = [...honorificsWritten.flatMap((word) => [word, word.toUpperCase()]), ...honorificsShort]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');
/** One honorific or several ("Son Excellence Monsieur", "Monsieur le Professeur"), each followed by a space. */
const honorificRun = String.raw`(?:${honorificUnit})(?=\s)(?:\s+(?:(?:le|la|LE|LA)\s+)?(?:${honorificUnit})(?=\s))*`;
/** Honorifics split from a person's name: "Dr Awa TRAORÉ" → Dr + Awa TRAORÉ. */
export const honorific = new RegExp(`^(?<honorific>${honorificRun})\\s+(?<rest>.+)$`, 'u');
const honorificAt = new RegExp(`${honorificRun}\\s+`, 'uy');

/** A word of a name: capitalised, hyphens and apostrophes inside ("Jean-Baptiste", "N’DIAYE", "d’ALMEIDA"). */
export const nameWord = /^(?:[dD]['’])?\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
/** Initials: "A.", "J.-B.". */
const initial = /^(?:\p{Lu}\.-?)+$/u;
/** Words that join the words of a name, never end it: particles, marriage and alias words. */
const nameJoiner =
  /^(?:de|du|da|dos|das|do|del|della|di|van|von|der|den|ben|bin|bint|ould|ag|el|al|mint|ibn|y|épouse|ép\.?|épse|née|veuve|vve|dit|dite|alias)$/u;
/** Capitalised particles, read as part of a name only before another word of it ("De SOUZA"). */
const capitalJoiner = /^(?:De|Da|Dos|Do|Das|Del|Di|Van|Von)$/u;

/**
 * Capitalised words that are no part of a person's name (accent-folded): function words that
 * open a sentence, posts and bodies, ministries' fields, headings of web pages, countries and
 * capitals. A name stops before them.
 */
const notNameWords = new Set(
  [
    'le la les l un une des au aux a en dans par pour sur sous avec et ou ni mais donc car il elle ils elles on ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes',
    'lors apres avant depuis selon suite entre chez vers contre sans hors via pendant durant conformement afin ainsi aussi puis enfin quand dont qui que quoi comme tous tout toute toutes chaque plusieurs cela ceci voici voila outre',
    'ministere ministeres ministre ministres secretaire secretaires secretariat general generale generaux adjoint adjointe permanent permanente interim delegue deleguee suppleant suppleante',
    'direction directions directeur directrice directeurs cabinet gouvernement republique president presidente presidence primature premier premiere conseil conseiller conseillere conseillers',
    'cellule service services division bureau chef charge chargee inspection inspecteur inspectrice agence office commission comite departement etat assemblee nationale national senat cour tribunal',
    'ambassadeur ambassade prefet gouverneur maire commune region province administrateur administration coordonnateur coordinatrice coordination unite projet programme fonds caisse institut ecole universite centre haut haute delegation',
    'nouveau nouvel nouvelle ancien ancienne actuel actuelle sortant sortante entrant entrante sg sga sgg sp dg dga daf drh',
    'mission missions attribution attributions organisation organigramme composition presentation biographie contact contacts actualite actualites accueil structure structures role historique',
    'texte textes document documents liste mot message editorial edito decret arrete loi article chapitre titre section nomination nominations communique conference ceremonie passation installation reunion atelier seminaire session',
    'sante finances economie justice interieur education agriculture commerce defense communication culture jeunesse sports environnement energie mines industrie transports travail emploi tourisme elevage peche eau habitat urbanisme',
    'enseignement recherche affaires etrangeres cooperation securite budget fonction publique reforme planification developpement numerique femme famille enfant solidarite decentralisation territoriale infrastructures equipement',
    'postes telecommunications hydraulique assainissement forets promotion integration africaine francophonie relations institutions droits homme population ressources humaines financieres materiel patrimoine domaines impots tresor douanes statistique',
    'plan strategie strategique politique rapport bilan agenda calendrier annuaire galerie photo photos video videos mediatheque publications appels offres recrutement avis annonces evenements forum partenaires liens utiles',
    'menu rechercher recherchez chercher fermer ouvrir retour imprimer partager envoyer connexion inscription bienvenue english francais',
    'plus lire voir savoir cliquez telechargements telecharger guide manuel note notes fiche vision valeurs objectifs axes priorites chiffres cles carte portail nous contactez faq questions plateforme ligne demarches formulaires',
    'nom noms prenom prenoms telephone tel email adresse poste grade source credit lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
    'benin burkina faso cameroun centrafrique centrafricaine comores congo cote ivoire djibouti gabon guinee haiti madagascar mali mauritanie maroc niger rwanda burundi senegal tchad togo tunisie algerie liban belgique suisse canada quebec',
  ]
    .join(' ')
    .split(' '),
);

/** A person found in a text: where it stands, the honorific if any, the name as written. */
export interface PersonMatch {
  start: number;
  end: number;
  honorific: string | null;
  name: string;
  /** What makes it a person: an honorific, a surname in capitals beside a given name, or capitalised words only. */
  strength: 'honorific' | 'caps' | 'plain';
}

const leadingMarks = /^[(«“"‘'[]+/u;
const trailingMarks = /[,;:.!?)»”"’\]…]+$/u;

/** A word of a text with its offsets; `core` without the punctuation around it. */
interface Word {
  start: number;
  end: number;
  core: string;
  coreStart: number;
  coreEnd: number;
  /** Punctuation before it (an opening bracket or quote). */
  opens: boolean;
  /** Punctuation after it (a comma, a full stop): nothing of a name comes after. */
  closes: boolean;
}

const anyWord = /\S+/gu;

/** The word at or after an offset. */
function wordAt(text: string, from: number): Word | null {
  anyWord.lastIndex = from;
  const found = anyWord.exec(text);
  if (!found) return null;
  const raw = found[0];
  const lead = leadingMarks.exec(raw)?.[0].length ?? 0;
  let core = raw.slice(lead);
  let closes = false;
  const trail = trailingMarks.exec(core)?.[0];
  if (trail && !initial.test(core) && !/^ép\.$/u.test(core)) {
    const base = core.slice(0, -trail.length);
    // "A.," keeps the full stop of the initial.
    core = trail.startsWith('.') && initial.test(`${base}.`) ? `${base}.` : base;
    closes = true;
  }
  const coreStart = found.index + lead;
  return { start: found.index, end: found.index + raw.length, core, coreStart, coreEnd: coreStart + core.length, opens: lead > 0, closes };
}

const isCaps = (word: string) => !/\p{Ll}/u.test(word) && word.replace(/[^\p{L}]/gu, '').length >= 2;

/** What a word can be in a name: a word of it, an initial or a joiner (either needs a word after it), or nothing. */
function nameRole(text: string, word: Word, first: boolean): 'word' | 'initial' | 'joiner' | null {
  honorificAt.lastIndex = word.coreStart;
  if (honorificAt.test(text)) return null;
  const { core } = word;
  if (initial.test(core)) return 'initial';
  if (nameJoiner.test(core)) return first ? null : 'joiner';
  if (capitalJoiner.test(core)) return 'joiner';
  if (!nameWord.test(core) || notNameWords.has(fold(core).trim())) return null;
  if (first && /^[dD]['’]/u.test(core)) return null;
  return 'word';
}

/**
 * The person named at an offset of a text: honorifics, then the words of a name, which stop at
 * punctuation, at a lower-case word, at a word that is no part of a name ("Secrétaire", "Le",
 * "Ministère"), or at the honorific of another person. Null if no name stands there.
 */
export function readPerson(text: string, at = 0): PersonMatch | null {
  honorificAt.lastIndex = at;
  const titled = honorificAt.exec(text);
  const parts: Array<{ word: Word; role: 'word' | 'initial' | 'joiner' }> = [];
  let word = wordAt(text, titled ? at + titled[0].length : at);
  if (!titled && word?.start !== at) return null;
  while (word && parts.length <= 8) {
    if (word.opens && parts.length > 0) break;
    const role = nameRole(text, word, parts.length === 0);
    if (role === null) break;
    // A joiner or an initial goes before another word of the name ("de SOUZA", "J.-B. KOUASSI").
    if (role === 'joiner' || role === 'initial') {
      const next = word.closes ? null : wordAt(text, word.end);
      const after = next && !next.opens ? nameRole(text, next, false) : null;
      if (after !== 'word' && !(role === 'initial' && after === 'initial')) break;
    }
    parts.push({ word, role });
    if (word.closes) break;
    word = wordAt(text, word.end);
  }
  const words = parts.filter((part) => part.role === 'word').map((part) => part.word.core);
  if (words.length === 0 || parts.length > 8) return null;
  let strength: PersonMatch['strength'] = 'honorific';
  if (!titled) {
    if (parts.length < 2) return null;
    strength = words.some(isCaps) && words.some((core) => !isCaps(core)) ? 'caps' : 'plain';
  }
  const first = parts[0]!.word;
  const last = parts.at(-1)!.word;
  return {
    start: titled ? at : first.coreStart,
    end: last.coreEnd,
    honorific: titled ? titled[0].trim() : null,
    name: text.slice(first.coreStart, last.coreEnd),
    strength,
  };
}

/** A person's name standing alone: an honorific, or a surname in capitals beside a given name. */
export function matchName(text: string): { honorific: string | null; name: string } | null {
  if (/[;:,!?]$|\d/u.test(text) || words(text).length > 8) return null;
  const found = readPerson(text);
  if (!found || found.end !== text.length || found.strength === 'plain') return null;
  return { honorific: found.honorific, name: found.name };
}

/** A line that holds a person and nothing else, however the name is written (a closing comma or full stop aside). */
export function matchPersonLine(text: string): PersonMatch | null {
  if (/\d/u.test(text) || words(text).length > 9) return null;
  const found = readPerson(text);
  if (!found || found.end !== text.replace(/[\s.,]+$/u, '').length) return null;
  return found;
}

const postKind = String.raw`secr[ée]taire[\s-]+(?<kind>g[ée]n[ée]rale?|permanente?)(?<deputy>[\s-]+(?:adjointe?|suppl[ée]ante?|d[ée]l[ée]gu[ée]e?))?`;
const postInterim = String.raw`(?:\s+(?:par\s+int[ée]rim|ad\s+int[ée]rim|int[ée]rimaire|p\.\s?i\.?|a\.\s?i\.?))?`;
const postStatus = String.raw`\s+(?<status>sortante?|entrante?)`;

const post = new RegExp(
  String.raw`^(?:(?:le|la)\s+|l['’]\s*)?(?:(?:nouveau|nouvel|nouvelle)\s+)?(?<post>${postKind}${postInterim}(?:\s+(?:du|de la|de l['’]|des|aux?|auprès\s+du|auprès\s+de\s+la)\s*[^.;:]{1,80}?)?)(?:${postStatus})?$`,
  'iu',
);

function positionOf(kind: string, deputy: boolean): Position {
  return `${deputy ? 'deputy-' : ''}${/^perm/iu.test(kind) ? 'permanent-secretary' : 'secretary-general'}` as Position;
}

/** A post title standing alone ("La Secrétaire Générale Adjointe du Ministère", "Secrétaire général par intérim"). */
export function matchPost(text: string): { post: string; position: Position } | null {
  const found = post.exec(text)?.groups;
  if (!found || words(text).length > 12) return null;
  const head = /\s(?:du|de la|de l['’]|des|aux?|auprès\s+du|auprès\s+de\s+la)\s*(\p{L}+)/iu.exec(found.post!)?.[1];
  if (head !== undefined && otherBodies.test(fold(head).trim())) return null;
  return { post: found.post!, position: positionOf(found.kind!, found.deputy !== undefined) };
}

/** A post title inside a text: where it stands (with its article), the post as written, the position. */
export interface PostMatch {
  /** Where the title starts, with its article and a qualifier ("le nouveau Secrétaire général"). */
  start: number;
  end: number;
  post: string;
  position: Position;
  /** Whether the title names the post's holder as leaving or arriving ("sortant", "entrant"). */
  status: 'outgoing' | 'incoming' | null;
  /** Whether it opens with an article ("le", "la", "l’", "son"). */
  article: boolean;
}

const postInText = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<article>(?:le|la|l['’]|son|sa|notre|leur)\s*)?(?:(?:nouveau|nouvel|nouvelle|actuel|actuelle)\s+)?(?<core>${postKind}${postInterim})(?:${postStatus})?(?![\p{L}\p{N}])`,
  'giu',
);
const postAbbreviation =
  /(?<![\p{L}\p{N}])(?<article>(?:[Ll]e|[Ll]a|[Ll]['’])\s*)?(?:(?:nouveau|nouvel|nouvelle)\s+)?(?<core>SGA|SGG|SG)(?:\s+(?<status>sortante?|entrante?))?(?![\p{L}\p{N}])/gu;

/** What may open the complement of a post: "du Ministère…", "de la Présidence…", "auprès du Premier ministre". */
const complementOpens = /\s+(?:(?:du|des|de\s+la|de|auprès\s+du|auprès\s+de\s+la|près\s+le|près\s+la)\s+|(?:de\s+l|d|auprès\s+de\s+l)['’]\s*)/iuy;
/** Words that join the words of a complement ("de la Santé et de l’Hygiène publique"); "à", never the verb "a". */
const complementJoiners = new Set(['de', 'du', 'des', 'la', 'le', 'les', '', 'et', 'à', 'au', 'aux', 'en', 'pour', 'chargé', 'chargée', 'auprès']);
/** Lower-case heads of a complement ("du ministère", "du gouvernement"). */
const institutionNouns = new Set(['ministere', 'gouvernement', 'departement', 'presidence', 'primature', 'republique', 'cabinet', 'secretariat']);
/** Adjectives of a ministry's name after a capitalised word ("Santé publique", "Éducation nationale", "Enseignement supérieur"). */
const complementAdjective = /(?:ale?s?|aux|elle?s?|el|iques?|aires?|iennes?|ien|aises?|ais|ives?|if|eure?s?|ères?|iers?|ines?)$/u;
/** Bodies whose secretaries general are not of a ministry or a government. */
const otherBodies =
  /^(?:syndicats?|partis?|federation|confederation|association|ligue|club|mouvement|onu|nations|cedeao|uemoa|cemac|ceeac|oif|ua|union|organisation|francophonie|commune|mairie|ong)$/u;

/** The complement of a post title, from an offset; `rejected` when it names a body other than a ministry's. */
function readComplement(text: string, from: number): { end: number; rejected: boolean } {
  complementOpens.lastIndex = from;
  const open = complementOpens.exec(text);
  if (!open) return { end: from, rejected: false };
  let end = from;
  let cursor = from + open[0].length;
  let head: string | null = null;
  type Kind = 'capital' | 'noun' | 'joiner' | 'lower';
  let previous = 'joiner' as Kind;
  let lower = 0;
  for (let count = 0; count < 16; count++) {
    const word = wordAt(text, cursor);
    // A mark standing alone (":", "–") ends it; an article alone ("de l’ Économie") does not.
    if (!word || word.opens || (word.core === '' && !/^[lLdD]['’]$/u.test(text.slice(word.start, word.end)))) break;
    honorificAt.lastIndex = word.start;
    if (honorificAt.test(text)) break;
    const bare = word.core.replace(/^[lLdD]['’]/u, '');
    const folded = fold(bare).trim();
    let kind: Kind | null = null;
    if (complementJoiners.has(bare.toLowerCase())) kind = 'joiner';
    else if (/^\p{Lu}/u.test(bare)) {
      // A person after the complement ends it ("du Ministère Jean KOUASSI").
      const person = readPerson(text, word.start);
      kind = person && person.strength !== 'plain' && !notNameWords.has(folded) ? null : 'capital';
    } else if (institutionNouns.has(folded)) kind = 'noun';
    else if (/^\p{Ll}/u.test(bare) && lower < 4) {
      const noun = previous === 'joiner' && (head !== null || notNameWords.has(folded));
      const adjective = (previous === 'capital' || previous === 'lower') && complementAdjective.test(bare);
      if (noun || adjective) kind = 'lower';
    }
    if (kind === null) break;
    if (kind !== 'joiner') {
      head ??= folded;
      end = word.coreEnd;
      lower = kind === 'lower' ? lower + 1 : 0;
    }
    previous = kind;
    cursor = word.end;
    if (word.closes) break;
  }
  return { end, rejected: head !== null && otherBodies.test(head) };
}

const lateStatus = /\s+(sortante?|entrante?)(?![\p{L}\p{N}])/iuy;
const statusOf = (word: string | undefined) => (word === undefined ? null : /^s/iu.test(word) ? 'outgoing' : 'incoming');

/** Every post of a Secrétariat général named in a text, in order, with its complement ("du Ministère de la Santé"). */
export function findPosts(text: string): PostMatch[] {
  const found: PostMatch[] = [];
  for (const match of text.matchAll(postInText)) {
    const groups = match.groups!;
    const coreStart = match.index + match[0].indexOf(groups.core!, groups.article?.length ?? 0);
    let postEnd = coreStart + groups.core!.length;
    let end = match.index + match[0].length;
    let status = groups.status;
    if (status === undefined) {
      const complement = readComplement(text, postEnd);
      if (complement.rejected) continue;
      postEnd = complement.end;
      end = postEnd;
      // "le Secrétaire général du ministère sortant".
      lateStatus.lastIndex = end;
      const late = lateStatus.exec(text);
      if (late) {
        status = late[1];
        end = lateStatus.lastIndex;
      }
    }
    found.push({
      start: match.index,
      end,
      post: text.slice(coreStart, postEnd),
      position: positionOf(groups.kind!, groups.deputy !== undefined),
      status: statusOf(status),
      article: groups.article !== undefined,
    });
  }
  for (const match of text.matchAll(postAbbreviation)) {
    const groups = match.groups!;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      post: groups.core!,
      position: groups.core === 'SGA' ? 'deputy-secretary-general' : 'secretary-general',
      status: statusOf(groups.status),
      article: groups.article !== undefined,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every person named in a text, left to right, each as long as its name goes. */
export function findPersons(text: string): PersonMatch[] {
  const found: PersonMatch[] = [];
  let cursor = 0;
  for (let word = wordAt(text, 0); word; word = wordAt(text, cursor)) {
    const person = readPerson(text, word.coreStart);
    if (person) found.push(person);
    cursor = person ? person.end : word.end;
  }
  return found;
}

/** An official found in a text by one of the recognisers below. */
export interface OfficialMatch {
  rule: string;
  start: number;
  end: number;
  post: string;
  position: Position;
  honorific: string | null;
  name: string;
}

/** An honorific right before a post ("Madame la Secrétaire générale, …", "M. le Secrétaire général …"). */
const honorificBefore = new RegExp(`(?:^|\\s)(${honorificRun})\\s+$`, 'u');
/** Between a post and the person after it: a colon, a dash or a bar (a caption, a table row, a decree's list). */
const labelSeparator = /\s*(?<mark>[:|–—-])\s*/uy;
/** Between a post and a person in apposition: a comma, an opening bracket, or nothing. */
const appositionSeparator = /\s*(?<mark>[,(])?\s*(?:(?:le|la)\s+(?=\p{Lu}))?/uy;
/** What a holder does with a post just named: "M. X occupe ce poste", "assume cette fonction". */
const occupiesIt = /(?<![\p{L}])(?:occupe|assume|exerce)\s+(?:ce\s+poste|cette\s+fonction|ces\s+fonctions)(?![\p{L}])/giu;
/** What names the one who takes a post just named: "son successeur, Mme Y". */
const successorOf = /(?<![\p{L}])(?:son|sa)\s+(?:successeure?|remplaçante?)\s*,?\s*/giu;
/** What names the holder of a post named before: "Cette fonction est assurée par M. X". */
const functionHeldBy =
  /(?<![\p{L}])(?:cette|la|ce|le)\s+(?:fonction|charge|poste)\s+(?:est|a\s+été)\s+(?:actuellement\s+|aujourd['’]hui\s+)?(?:assurée?|occupée?|exercée?|tenue?)\s+(?:depuis\s+[^,;.]{1,40}?\s+)?par\s+/giu;
/** After a post, what says who holds it: "actuel est Monsieur X", "est occupé depuis 2023 par M. Y". */
const postCopula =
  /\s+(?:actuel(?:le)?\s+|en\s+poste\s+)?(?:est|était|demeure)\s+(?:actuellement\s+|aujourd['’]hui\s+)?(?:(?:occup|assur|exerc|tenu)[ée]?e?s?\s+(?:depuis\s+[^,;.]{1,40}?\s+)?par\s+)?/uy;
/** Words before a post that make the person after it someone else ("l’Assistant du Secrétaire général, M. X"). */
const someoneElses =
  /(?:^|[\s'’])(?:assistante?s?|conseill(?:er|ère)s?|collaborat(?:eur|rice)s?|chef|secr[ée]taires?|secr[ée]tariat|repr[ée]sentante?|attach[ée]e?|cabinet|bureau|services?|[ée]pouse|porte-parole|protocole|adjointe?|chauffeur|garde)\s+(?:du|de|des|au|à|aux)\s*$/iu;
/**
 * What joins a person to the post that follows in appointment news: "est nommé", "a été
 * désignée au poste de", "installé dans ses fonctions de", "en qualité de"; and, close after the
 * name only, "est le Secrétaire général" (`weak`).
 */
const appointment =
  /(?<![\p{L}])(?:(?:(?:est|a\s+été|ont\s+été|sera|vient\s+d['’]être|venait\s+d['’]être|avait\s+été)\s+)?(?:(?:officiellement|nouvellement|récemment|ainsi)\s+)?(?:nommée?|désignée?|promue?|reconduite?|confirmée?|installée?|maintenue?|appelée?|investie?|élue?|chargée?(?=\s+des\s+fonctions))(?:\s+(?:hier|avant-hier|ce\s+(?:jour|matin|soir)|aujourd['’]hui|officiellement|solennellement))?(?:\s*,[^,;]{1,120},)?(?:\s+par\s+(?:décret|arrêté)[^,;]{0,80}?)?\s+(?:(?:au\s+poste|aux\s+fonctions|des\s+fonctions|à\s+la\s+fonction|dans\s+(?:ses|les|leurs|sa)\s+(?:nouvelles\s+)?fonctions|en\s+qualité|comme)\s*(?:de\s+|d['’]\s*)?)?|(?:dans\s+(?:ses|les|sa)\s+(?:nouvelles\s+)?fonctions|en\s+qualité|au\s+poste|aux\s+fonctions|les\s+fonctions|la\s+fonction|prend\s+fonction)\s+(?:de\s+|d['’]\s*)|en\s+tant\s+que\s+|(?<weak>(?:est|était|devient|demeure|reste|fut)\s+))(?=(?:(?:le|la|l['’]|son|sa|notre|leur)\s*)?(?:(?:nouveau|nouvel|nouvelle|actuel|actuelle)\s+)?(?:secr[ée]taire|SGA?(?![\p{L}])))/giu;
/** What names the holder a person replaces: "en remplacement de M. X", "succède à Mme Y". */
const succession =
  /(?<![\p{L}])(?<replaced>en\s+remplacement\s+(?:de\s+|du\s+|d['’]\s*))|(?<![\p{L}])(?<succeeds>(?:remplace|remplaçant|a\s+remplacé|succède\s+(?:à|au)|succédant\s+(?:à|au)|a\s+succédé\s+(?:à|au)|prend\s+la\s+relève\s+(?:de|du))\s+)/giu;

/** Abbreviations whose full stop ends no sentence. */
const abbreviation = /^(?:(?:\p{Lu}\.-?)+|M\.|MM\.|Mr\.|Mme\.|Mlle\.|Dr\.|Pr\.|Prof\.|S\.E\.|ép\.|p\.i\.|a\.i\.|n°|etc\.)$/u;

/** Where sentences end in a text: ". ", "; ", "! ", "? " (a full stop after an abbreviation does not). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(/[.;!?](?=\s|$)/gu)) {
    if (match[0] === '.') {
      const before = text.lastIndexOf(' ', match.index) + 1;
      if (abbreviation.test(text.slice(before, match.index + 1).replace(leadingMarks, ''))) continue;
    }
    ends.push(match.index);
  }
  return ends;
}

/** The first index below `length` from which `after` holds (it must hold from some index on): a binary search. */
function firstFrom(length: number, after: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (after(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The last of some spans, in order and not overlapping, that ends by an offset. */
const lastEndingBy = <T extends { end: number }>(spans: T[], offset: number): T | undefined =>
  spans[firstFrom(spans.length, (index) => spans[index]!.end > offset) - 1];

/** The last of some spans, in order, that starts before an offset. */
const lastStartingBefore = <T extends { start: number }>(spans: T[], offset: number): T | undefined =>
  spans[firstFrom(spans.length, (index) => spans[index]!.start >= offset) - 1];

/** Whether a sentence ends between two offsets. */
function endsBetween(ends: number[], from: number, to: number): boolean {
  const next = ends[firstFrom(ends.length, (index) => ends[index]! >= from)];
  return next !== undefined && next < to;
}

/**
 * The officials a text names, by the genre's phrasings, each with the rule that found it:
 * - `official:post-label`: "Secrétaire général : Dr Ibrahima SARR", "Secrétaire Général | M. Oumar SY";
 * - `official:post-apposition`: "Le Secrétaire général du ministère, M. Koffi Agbéko, a présidé…";
 * - `official:name-apposition`: "M. X, Secrétaire général sortant, …", "Mme Y, nouvelle Secrétaire générale";
 * - `official:appointment`: "Monsieur X, précédemment Directeur…, est nommé Secrétaire général…",
 *   "a installé M. Ali BA dans ses fonctions de Secrétaire général" (the person nearest the verb);
 * - `official:replaced` and `official:succession`: the holder replaced, and the one who succeeds.
 * A person beside another post (a minister, a director) is not taken.
 */
export function findOfficials(text: string): OfficialMatch[] {
  if (!/secr[ée]taire|SGA?(?![\p{L}])/iu.test(text)) return [];
  const posts = findPosts(text);
  if (posts.length === 0) return [];
  const persons = findPersons(text);
  const personAt = new Map(persons.map((person) => [person.start, person]));
  const personByEnd = new Map(persons.map((person) => [person.end, person]));
  const postAt = new Map(posts.map((post) => [post.start, post]));
  const ends = sentenceEnds(text);
  const found: OfficialMatch[] = [];
  const take = (rule: string, person: PersonMatch, post: PostMatch, start = Math.min(person.start, post.start), end = Math.max(person.end, post.end)) =>
    found.push({ rule, start, end, post: post.post, position: post.position, honorific: person.honorific, name: person.name });

  // The person beside a post: after it (a label mark, an apposition) or before it (an apposition).
  // With a person on each side, the one after is the holder when the post has an article or a
  // label mark ("M. A, le Secrétaire général, M. B"), else the one before ("M. A, Secrétaire général, M. B, Directeur").
  const heldBy = new Set<PostMatch>();
  for (const post of posts) {
    labelSeparator.lastIndex = post.end;
    const label = labelSeparator.exec(text);
    appositionSeparator.lastIndex = post.end;
    const separator = label ?? appositionSeparator.exec(text)!;
    let after = personAt.get(post.end + separator[0].length);
    if (after && separator.groups!.mark === undefined && after.strength === 'plain') after = undefined;
    if (after && someoneElses.test(text.slice(Math.max(0, post.start - 40), post.start))) after = undefined;

    let at = post.start;
    while (at > 0 && /\s/u.test(text[at - 1]!)) at -= 1;
    let before = personByEnd.get(at);
    if (before?.strength === 'plain') before = undefined;
    if (!before && at > 0 && ',(|–—-'.includes(text[at - 1]!)) {
      at -= 1;
      while (at > 0 && /\s/u.test(text[at - 1]!)) at -= 1;
      before = personByEnd.get(at);
    }
    if (after && (!before || post.article || label)) {
      heldBy.add(post);
      // "Madame la Secrétaire générale, Awa DIALLO": the honorific stands before the post.
      const titled = after.honorific === null ? honorificBefore.exec(text.slice(Math.max(0, post.start - 40), post.start)) : null;
      if (titled) {
        const start = post.start - titled[0].length + (titled[0].length - titled[0].trimStart().length);
        take('official:post-apposition', { ...after, honorific: titled[1]! }, post, start, after.end);
      } else take(label ? 'official:post-label' : 'official:post-apposition', after, post);
    } else if (before) take('official:name-apposition', before, post);
  }

  // "Le Secrétaire général actuel est Monsieur X", "le poste de Secrétaire général est occupé par M. Y".
  for (const post of posts) {
    if (heldBy.has(post)) continue;
    postCopula.lastIndex = post.end;
    const copula = postCopula.exec(text);
    const holder = copula ? personAt.get(post.end + copula[0].length) : undefined;
    if (!holder || holder.strength === 'plain') continue;
    heldBy.add(post);
    take('official:post-copula', holder, post);
  }

  // "… le Secrétaire général est nommé par décret. Cette fonction est assurée par M. X": the post just named.
  for (const match of text.matchAll(functionHeldBy)) {
    const holder = personAt.get(match.index + match[0].length);
    const post = lastStartingBefore(posts, match.index);
    if (!holder || holder.strength === 'plain' || !post || heldBy.has(post) || match.index - post.end > 400) continue;
    take('official:function-held-by', holder, post, post.start, holder.end);
  }

  // "Qui est le Secrétaire général ? M. X occupe ce poste depuis 2020.": the holder of the post just named.
  for (const match of text.matchAll(occupiesIt)) {
    const holder = lastEndingBy(persons, match.index);
    const post = holder ? lastStartingBefore(posts, holder.start) : undefined;
    if (
      !holder ||
      holder.strength === 'plain' ||
      !post ||
      heldBy.has(post) ||
      words(text.slice(holder.end, match.index)).length > 2 ||
      holder.start - post.end > 400
    )
      continue;
    take('official:occupies-it', holder, post, post.start, match.index + match[0].length);
  }

  // "… le Secrétaire Général sortant, M. X, et son successeur, Mme Y": the successor to the post just named.
  for (const match of text.matchAll(successorOf)) {
    const successor = personAt.get(match.index + match[0].length);
    const post = lastStartingBefore(posts, match.index);
    if (!successor || successor.strength === 'plain' || !post || match.index - post.end > 300 || endsBetween(ends, post.end, match.index)) continue;
    take('official:successor', successor, post, post.start, successor.end);
  }

  // Appointment news: the person nearest before the verb, in the same sentence.
  for (const match of text.matchAll(appointment)) {
    const post = postAt.get(match.index + match[0].length);
    if (!post || heldBy.has(post)) continue;
    const nearest = lastEndingBy(persons, match.index);
    if (!nearest || match.index - nearest.end > 600) continue;
    const gap = text.slice(nearest.end, match.index);
    if (endsBetween(ends, nearest.end, match.index) || gap.includes(':') || words(gap).length > (match.groups!.weak ? 12 : 40)) continue;
    take('official:appointment', nearest, post, nearest.start, post.end);
  }

  // The holder replaced ("en remplacement de M. Z"), and who succeeds them ("M. Y succède à M. Z").
  for (const match of text.matchAll(succession)) {
    const replaced = personAt.get(match.index + match[0].length);
    if (!replaced) continue;
    const near = (post: PostMatch | undefined) => {
      if (!post) return false;
      const [from, to] = post.start < match.index ? [post.end, match.index] : [replaced.end, post.start];
      const gap = text.slice(from, to);
      // "… Secrétaire général du Ministère. Nommé en février, il succède à M. Z": the pronoun of the next sentence stands for the one just named.
      const byPronoun = post.start < match.index && /(?:^|\s)(?:il|elle)\s+$/iu.test(gap) && ends.filter((end) => end > from && end < to).length <= 1;
      if (byPronoun) return to - from <= 300;
      return to - from <= 300 && !endsBetween(ends, from, to) && words(gap).length <= 25 && !/\bnomm[ée]/iu.test(gap);
    };
    // The nearest post before, else the nearest after.
    const before = lastStartingBefore(posts, match.index);
    const post = near(before) ? before : posts.find((candidate) => candidate.start > replaced.end && near(candidate));
    if (!post) continue;
    take('official:replaced', replaced, post, Math.min(post.start, match.index), Math.max(replaced.end, post.end));
    if (match.groups!.succeeds) {
      const successor = lastEndingBy(persons, match.index);
      if (successor && /^\s*(?:,\s*(?:qui\s+)?)?(?:a\s+)?$/u.test(text.slice(successor.end, match.index)))
        take('official:succession', successor, post, Math.min(successor.start, post.start), Math.max(replaced.end, post.end));
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A heading over what the head of the Secrétariat général says: "Mot du Secrétaire général", "Message de la Secrétaire générale". */
const speechHeadingOpens =
  /^(?:(?:le|la|l['’])\s*)?(?:mot|message|[ée]ditorial|[ée]dito|lettre|allocution|discours|propos)(?:\s+de\s+bienvenue|\s+d['’]accueil|\s+introductif)?\s+(?:du|de)\s+/iu;

/** The post whose holder signs the page under such a heading, or null. */
export function matchSpeechHeading(text: string): PostMatch | null {
  const opens = speechHeadingOpens.exec(text);
  if (!opens) return null;
  const post = findPosts(text).find((candidate) => candidate.start === opens[0].length);
  return post && text.slice(post.end).replace(/[\s.:!]+$/u, '') === '' ? post : null;
}

/** A post and a name on one line: "Secrétaire général : M. Amadou KONÉ" or "Awa DIALLO, Secrétaire générale". */
export function matchInlineOfficial(text: string): { post: string; position: Position; honorific: string | null; name: string } | null {
  for (const separator of text.matchAll(/\s*(?::|,|\s[-–—])\s*/gu)) {
    const left = text.slice(0, separator.index);
    const right = text.slice(separator.index + separator[0].length);
    const post = matchPost(left) ?? matchPost(right);
    const person = matchPost(left) ? matchName(right) : matchName(left);
    if (post && person) return { ...post, ...person };
  }
  return null;
}
