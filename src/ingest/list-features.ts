/**
 * The named features that weigh a list's role, with their weights: the evidence `classify-lists`
 * adds up. Each feature reads one thing (the lead-in, the heading above, the items) and weighs
 * for or against attributions (the Secrétariat général's duties) and composition (its members
 * and units). Words are matched by Snowball stems or by the shape of a noun phrase, never by a
 * list of prefixes. A new layout is taught here: a cue word, a unit noun, a verb of the genre.
 */
import { newStemmer } from 'snowball-stemmers';
import { fold } from '../core/fold.ts';
import type { ListFeature } from '../core/records.ts';

const stemmer = newStemmer('french');
const stem = (word: string) => fold(stemmer.stem(word.toLowerCase()));

/** Verbs that open the duties of the genre, in the infinitive and in irregular third persons. */
const dutyVerbs = new Set(
  `accompagner accomplir aligner améliorer animer apporter appuyer approuver arrêter assister assurer capitaliser centraliser
  codifier collecter concevoir conçoit conduire conduit conseiller consolider contribuer contrôler coordonner créer définir
  délivrer développer diffuser diriger donner effectuer élaborer émettre émet encadrer engager entretenir établir étudier
  évaluer examiner exécuter exercer faciliter faire fait favoriser fixer formuler garantir gérer harmoniser identifier impulser
  informer initier instruire instruit intervenir maintenir mener mettre met mobiliser négocier organiser orienter participer
  piloter planifier préparer présenter prendre prend prévenir procéder produire programmer promouvoir promeut proposer
  préserver rassembler réaliser recevoir reçoit recueillir rédiger régler rendre rend représenter réunir s'assurer signer
  soumettre soumet suivre suit superviser supplée suppléer tenir tient traiter transmettre transmet valider veiller vérifier viser`
    .split(/\s+/)
    .map(stem),
);

/** Nouns and adjectives in -er or -ir that are not infinitives. */
const notInfinitives = new Set(
  'premier dernier particulier conseiller officier trésorier chantier dossier fichier foncier financier plaisir avenir désir loisir cahier palier régulier entier courrier atelier quartier foyer levier métier papier pilier sentier grenier'.split(
    ' ',
  ),
);

/** Nouns that name a unit of an administration (a Direction, a Cellule…) or a post in it. */
const unitNouns =
  /^(?:sous-)?(?:directions?|cellules?|services?|divisions?|inspections?|bureaux?|bureau|secr[ée]tariats?|structures?|agences?|observatoires?|commissions?|comit[ée]s?|unit[ée]s?|centres?|instituts?|cabinets?|intendances?|d[ée]partements?|sections?|conseils?|offices?|fonds|d[ée]l[ée]gations?|antennes?|p[ôo]les?|organes?|entit[ée]s?|[ée]tablissements?|programmes?|projets?|coordinations?|missions?|secr[ée]taires?|conseill[eè]re?s?|assistante?s?|directeure?s?|directrices?|chefs?|charg[ée]e?s?|attach[ée]e?s?|personnes?|coordonnat(?:eur|rice)s?|inspect(?:eur|rice)s?|d[ée]l[ée]gu[ée]e?s?|agents?|r[ée]gisseurs?|comptables?)$/iu;

/**
 * Unit nouns that are also common nouns of action ("la coordination des services", "la
 * Coordination nationale"): a unit only when capitalised and named as one, after an article or
 * before a capitalised complement ("Direction des Ressources Humaines").
 */
const ambiguousUnit =
  /^(?:coordinations?|missions?|programmes?|projets?|conseils?|personnes?|charg[ée]e?s?|organisations?|administrations?|documentations?)$/iu;
const namedUnit = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*|\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*\p{Lu})/u;

/** Nouns of action that open nominal duties: "de la coordination…", "Le suivi…", "la conduite…". */
const actionNoun =
  /(?:tion|sion|ment|age|ance|ence|ure|ise|ation)s?$|^(?:suivi|contr[ôo]le|conduite|gestion|appui|pr[ée]paration|tenue|mise|recherche|d[ée]finition|promotion|veille|garde|relations?|coordination|liaison|conception|information|animation|[ée]tude|analyse|centralisation|organisation|finalisation|participation|repr[ée]sentation|ex[ée]cution|[ée]laboration|instruction|supervision|programmation|planification|r[ée]daction|diffusion|documentation|s[ée]curit[ée]|affaires?|questions?|t[âa]ches?|toutes?|tous)$/iu;

/** An item's opening words split into determiner and first content word. */
const determiner = /^(?:(?:de\s+la|du|des|de)\s+|de\s+l['’]\s*|d['’]\s*(?!une?\s))?(?:(?:la|les|le|un|une|des)\s+|l['’]\s*|d['’]une?\s+)?/iu;

export type ItemForm = 'infinitive' | 'finite-verb' | 'pronoun-verb' | 'action-noun' | 'unit' | 'subject-sentence' | 'other';

/** A capitalised subject of a few words (no comma, no relative clause), then a finite verb. */
const subjectThenVerb =
  /^(?:Le|La|Les|L['’])\s*(?:(?!qui\b|dont\b)[^\s,;:]+\s+){1,8}?(?:,\s[^,;:]{1,80},\s+)?(?:est|sont|a|ont|peut|dispose|re[çc]oit|assure|exerce|suit|veille|assiste|pr[ée]side|comprend|rel[èe]ve|supervise|coordonne)\s/u;

/** Forms that state a duty, and forms that name a member or unit. */
export const dutyForms: ReadonlySet<ItemForm> = new Set(['infinitive', 'finite-verb', 'pronoun-verb', 'action-noun']);

/** Whether a word is a verb of the genre's duties, in any person: its Snowball stem is known, or it looks like an infinitive. */
export function isVerb(word: string): boolean {
  const lower = word.toLowerCase().replace(/^s['’]/u, '');
  // Stems join a verb and its noun ("organiser", "organisation"): a noun of action is no verb.
  if (/(?:tion|sion)s?$/u.test(lower)) return false;
  if (dutyVerbs.has(stem(lower))) return true;
  // An unknown infinitive: a word in -er or -ir that is not a known noun ("Notifier", "conserver").
  return /^\p{L}[\p{Ll}-]{3,}(?:er|ir)$/u.test(word) && !notInfinitives.has(lower);
}

/** The grammatical form an item opens with: a verb (any person), an action noun, a unit… */
export function itemForm(text: string): ItemForm {
  // The opening words decide; a long text is not read to its end.
  const clean = text.slice(0, 240).replace(/^[^\p{L}]+/u, '');
  const words = clean.split(/\s+/u);
  const first = words[0] ?? '';
  // "Il préside…", "Il en assure…": a pronoun and a verb, not a statement of status ("Il est nommé…").
  if (
    /^(?:il|elle|ils|elles)$/iu.test(first) &&
    words[1] &&
    /^\p{Ll}/u.test(words[1]) &&
    !/^(?:est|sont|a|ont|était|sera|comprend|comprennent|dispose|disposent|regroupe|regroupent)$/u.test(words[1])
  )
    return 'pronoun-verb';
  // "Le Secrétaire Permanent est assisté…", "La Cellule X relève…": a sentence with its own subject.
  if (/^(?:Le|La|Les|L['’])/u.test(first) && subjectThenVerb.test(clean)) return 'subject-sentence';
  if (isVerb(first)) return /(?:er|ir|re)$/iu.test(first) ? 'infinitive' : 'finite-verb';
  const deVerb = /^(?:de|d['’])\s*(\S+)/iu.exec(clean);
  if (deVerb && isVerb(deVerb[1]!)) return 'infinitive';
  const rest = clean.slice(determiner.exec(clean)![0].length);
  const noun = /^[\p{L}-]+/u.exec(rest)?.[0] ?? '';
  const article = rest.length < clean.length;
  if (unitNouns.test(noun) && (!ambiguousUnit.test(noun) || (/^\p{Lu}/u.test(noun) && (article || namedUnit.test(rest))))) return 'unit';
  if (/\((?:[A-Z][A-Za-z/&-]{1,11})\)/u.test(text) && /^\p{Lu}/u.test(noun)) return 'unit';
  if (actionNoun.test(noun)) return 'action-noun';
  return 'other';
}

/** One piece of evidence about a list: its name, how far it holds (0–1), what it weighs. */
export type Feature = ListFeature;

/** Mentions of the Secrétariat général or its head (accent-folded text). */
export const sgMention = /\bsecreta(?:riats?|ires?) genera(?:l|le|les|ux)\b|\bsgg?\b/u;
/** A unit other than the Secrétariat général (a Direction, the Cabinet…), at the start of a folded noun phrase. */
const otherUnit =
  /^(?:(?:la|le|les|l|cette|ce)\s*)?(?:sous-)?(?:direction|cellule|division|inspection|inspecteur|cabinet|bureau|agence|commission|comite|unite|centre|institut|conseil|office|directeur|directrice|chef|service|delegation|coordination|conseiller)s?\b/u;
/** The ministry or its whole administration, whose composition is not the Secrétariat général's. */
const ministryLevel =
  /^(?:(?:la|le|les|l|ce|cette)\s*)?(?:ministeres?\b|ministres?\b|secretaires? d etat\b|haut commissa(?:ire|riat)\b|departements? ministeriels?\b|gouvernement\b|administration centrale\b|(?:directions|structures|services) (?:centrales?|centraux|deconcentre(?:e|s|es)|exterieur(?:e|s|es))\b|directions (?:techniques|nationales|regionales)\b|(?:etablissements|organismes|societes|entreprises|projets|programmes) (?:publics?|sous tutelle|rattache(?:e|s|es)? au ministere)\b)/u;

/** A folded sentence without its opening: an article label, a number, an adverbial phrase. */
const withoutOpening = (folded: string) =>
  folded.replace(
    /^(?:(?:art(?:icle)?\.?\s*(?:\d+|premier|1er)(?:\s*[.:\-–]+)?|article\s+\p{L}+(?:\s*[.:\-–]+)|quant (?:a la|a l|au|aux|a)\s|\(?[\da-z]{1,3}[.)°/]|a ce titre|dans ce cadre|a cet effet|en outre|pour [^,]+|sous l autorite [^,]+)\s*,?\s*)+/u,
    '',
  );

/** The subject of a folded sentence: what comes before its verb, adverbial openings left out. */
function subjectOf(folded: string): string {
  const clause = withoutOpening(folded);
  return clause.split(/\s(?:est|sont|a|ont|comprend|comprennent|dispose|disposent|assure|assurent|exerce|veille|se compose)\b|:/u)[0]!.trim();
}

/** Whose a folded noun phrase is: the Secrétariat général, another unit, the ministry, or no one named. */
function bodyOf(phrase: string): 'sg' | 'unit' | 'ministry' | null {
  // The head of the phrase decides: "la Cellule …, rattachée au Secrétariat général" is the Cellule;
  // but "les services rattachés au Secrétariat général" are its own.
  // "Services rattachés", "les structures centrales": a kind of unit, no body; the SG's when they say so.
  if (/^(?:les )?(?:services|structures|organes|unites|entites|cellules)\b/u.test(phrase) && !ministryLevel.test(phrase))
    return sgMention.test(phrase) ? 'sg' : null;
  // The deputy's duties are the deputy's, not the head's.
  if (/^(?:(?:le|la|l)\s*)?secretaire generale? adjointe?\b/u.test(phrase)) return 'unit';
  if (ministryLevel.test(phrase)) return 'ministry';
  if (otherUnit.test(phrase)) return 'unit';
  return sgMention.test(phrase) ? 'sg' : null;
}

/** Who was present at a meeting: people, not members of a composition. */
const peoplePresent = /\b(?:etaient presents?|ont (?:pris part|participe|assiste)|liste des participants|participants?\s*:|invites?\s*:)/u;

const leadInCues: Array<{ feature: string; pattern: RegExp; weights: Feature['weights'] }> = [
  {
    feature: 'lead-in:duty-words',
    pattern:
      /\b(?:charge(?:e|es|s|r)?|missions?|attributions?|taches|competences?|fonctions|roles?|a pour|ont pour|il revient|il incombe|lui (?:revient|incombe|appartient)|exerce|assure|veille|responsable|s occupe)\b/u,
    weights: { attributions: 3, composition: 0 },
  },
  {
    feature: 'lead-in:composition-words',
    pattern:
      /\b(?:comprend|comprennent|compose|composee?s?|se compose|comporte|comportent|regroupe|regroupent|compte|a sous son autorite|rattachee?s?|dispose|disposent|constituee?s?|places? sous|relevent|assistee? (?:dans [^:]{1,40})?par|s appuie sur|(?:services|structures|organes|membres|unites) suivant(?:e?s)?)\b|^(?:les )?(?:services|structures|organes|membres|unites)\b.*\bsont\s*:?$|^(?:les )?(?:services|structures|directions|cellules|organes|unites|bureaux|divisions)\b[^:]{0,40}:$/u,
    weights: { attributions: 0, composition: 3 },
  },
  {
    // "Étaient présents :", "Ont pris part à la réunion :": people present, not members.
    feature: 'lead-in:people-present',
    pattern: peoplePresent,
    weights: { attributions: -3, composition: -4 },
  },
  {
    // "A ce titre, il :" or "le Secrétaire général :": a subject with no verb, then the list.
    feature: 'lead-in:subject-then-list',
    pattern: /(?:\b(?:il|elle)|secretaire generale?(?: adjointe?)?|\bsg|^(?:a ce titre|a cet effet|dans ce cadre|pour ce faire))\s*:?\s*$/u,
    weights: { attributions: 2, composition: 0 },
  },
];

/**
 * What the sentence that introduces a list says about it, and whose list it is. A pronoun
 * subject ("Elle est chargée de :") stands for the subject of the sentence before, `context`.
 */
export function leadInFeatures(text: string, context: string | null = null, inSgSection = false, category = false): Feature[] {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  const opened = withoutOpening(folded);
  const found: Feature[] = leadInCues
    .filter((cue) => cue.pattern.test(folded) || cue.pattern.test(opened))
    .map((cue) => ({ feature: cue.feature, value: 1, weights: cue.weights }));
  let subject = subjectOf(folded);
  if (/^(?:il|elle|celui-ci|celle-ci)$/u.test(subject) && context !== null) subject = subjectOf(fold(context).replace(/\s+/g, ' ').trim());
  // "Sont placés sous l'autorité directe du Directeur Général :": the list is that holder's.
  const holder =
    /^(?:(?:sont|est)\s+)?(?:placee?s?|rattachee?s?|relevent)\s+(?:directement\s+)?(?:sous l autorite|sous la responsabilite|aupres)?\s*(?:directe\s+)?(?:du|de la|de l|des|au|aux|a la|a l)\s+(.*)$/u.exec(
      subject,
    )?.[1];
  // A category ("- les directions générales :") names a kind of unit of its list, not a body.
  const body = category && /^les\s/u.test(subject) ? null : bodyOf(holder !== undefined && !sgMention.test(subject) ? holder : subject);
  // "… est assisté d'un Secrétaire général adjoint chargé :": the deputy's duties follow.
  if (/\badjointe? charge(?:e|es|s)?\b/u.test(folded))
    found.push({ feature: 'lead-in:another-body', value: 1, weights: { attributions: -5, composition: -1 } });
  // A unit's own members are the Secrétariat général's within its section, but never the Cabinet's or the Inspection's.
  const apart = /^(?:(?:la|le|les|l)\s*)?(?:cabinet|inspection)/u.test(subject);
  if (body === 'unit') found.push({ feature: 'lead-in:another-body', value: 1, weights: { attributions: -5, composition: inSgSection && !apart ? -1 : -8 } });
  if (body === 'ministry') found.push({ feature: 'lead-in:the-ministry', value: 1, weights: { attributions: -5, composition: -8 } });
  // A sentence before a list that says nothing of a role ("a présenté ses priorités :"): its items alone do not make duties.
  if (found.length === 0 && !category) found.push({ feature: 'lead-in:says-no-role', value: 1, weights: { attributions: -2, composition: -1 } });
  return found;
}

/** What the heading above a list says: "MISSIONS", "Composition", "Services rattachés"… */
export function headingFeatures(text: string): Feature[] {
  const folded = fold(text);
  const out: Feature[] = [];
  if (/\b(?:missions?|attributions?|roles?|competences?|fonctions)\b/u.test(folded)) {
    out.push({ feature: 'heading:duty-words', value: 1, weights: { attributions: 1.5, composition: 0 } });
  }
  if (/\b(?:composition|organisation|structures?|organes?|services|organigramme)\b/u.test(folded)) {
    out.push({ feature: 'heading:composition-words', value: 1, weights: { attributions: 0, composition: 1.5 } });
  }
  if (peoplePresent.test(folded)) out.push({ feature: 'heading:people-present', value: 1, weights: { attributions: -3, composition: -4 } });
  return out;
}

/** The body a heading names, if any: the Secrétariat général, or another unit ("CHAPITRE IV : DE L'INSPECTION"). */
export function bodyOfHeading(text: string): 'sg' | 'other' | null {
  // Numbering and "de la" left out: "2. La Cellule de communication", "DE LA DIRECTION…".
  const named = fold(text)
    .replace(/^(?:(?:titre|chapitre|section|paragraphe|article)\s+\S+|[ivxlc]+|\d+|[a-z])\s*[.):\-–]+\s*|^(?:n°|no|numero|#)\s+/u, '')
    .replace(/^(?:de la|du|des|de l)\s*/u, '')
    .trim();
  // A page's header naming the ministry ("Organisation du Ministère") is the Secrétariat
  // général's setting, not another body; "Missions du Ministère" are the ministry's own.
  const owned = /^(?:missions?|attributions?|roles?|competences?)\s+(?:du|de la|des|de l)\s*(.*)$/u.exec(named)?.[1];
  const body = bodyOf(owned ?? named);
  return body === 'sg' ? 'sg' : body === 'unit' || (body === 'ministry' && owned !== undefined) ? 'other' : null;
}

/** Whose list it is when the section it stands in is another body's and its lead-in does not name the Secrétariat général. */
export function sectionFeatures(section: string | null, leadIn: string | null): Feature[] {
  if (section === null || bodyOfHeading(section) !== 'other' || (leadIn !== null && sgMention.test(fold(leadIn)))) return [];
  return [{ feature: 'section:another-body', value: 1, weights: { attributions: -5, composition: -1 } }];
}

/** What the items themselves say: the share that state a duty, name a unit, or make a sentence. */
export function itemFeatures(texts: readonly string[]): Feature[] {
  const forms = texts.map(itemForm);
  const share = (test: (form: ItemForm) => boolean) => Math.round((forms.filter(test).length / Math.max(forms.length, 1)) * 100) / 100;
  const out: Feature[] = [
    { feature: 'items:open-with-a-duty', value: share((form) => dutyForms.has(form)), weights: { attributions: 3, composition: -1 } },
    { feature: 'items:name-a-unit', value: share((form) => form === 'unit'), weights: { attributions: -1, composition: 3 } },
    { feature: 'items:are-sentences-about-the-sg', value: share((form) => form === 'subject-sentence'), weights: { attributions: -2, composition: -2 } },
  ];
  return out.filter((feature) => feature.value > 0);
}

/** The least a role must score, and by how much it must beat the other, to be chosen. */
export const THRESHOLD = 3;
export const MARGIN = 1.5;
