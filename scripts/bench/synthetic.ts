/**
 * Seeded synthetic source texts of the genre, for the benchmark: ministry web pages with
 * bulleted attributions, and decrees with numbered articles, each with its composition, its
 * officials and its acts. The same seed always gives the same texts.
 */

/** A small seeded generator (mulberry32). */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const verbs = [
  'coordonne',
  'élabore',
  'veille à',
  'assure',
  'suit',
  'prépare',
  'supervise',
  'organise',
  'contrôle',
  'évalue',
  'centralise',
  'anime',
  'propose',
  'examine',
  'conserve',
];
const infinitives = [
  'coordonner',
  'élaborer',
  'veiller à',
  'assurer',
  'suivre',
  'préparer',
  'superviser',
  'organiser',
  'contrôler',
  'évaluer',
  'centraliser',
  'animer',
  'proposer',
  'examiner',
  'conserver',
];
export const objects = [
  'les activités des services',
  'le programme d’activités',
  'la politique du département',
  'les archives',
  'le courrier',
  'les dossiers soumis au Ministre',
  'les actes juridiques',
  'les relations avec les partenaires techniques et financiers',
  'la réforme administrative',
  'la formation du personnel',
  'les réunions de coordination',
  'les recommandations des inspections',
  'le budget',
  'la documentation',
  'les marchés publics',
  'la communication',
  'les statistiques',
  'la représentation du département',
  'les instructions ministérielles',
  'la performance des services',
];
export const complements = [
  'du ministère',
  'des directions centrales',
  'des services déconcentrés',
  'des organismes sous tutelle',
  'au niveau national',
  'en liaison avec le Cabinet',
  'dans les délais',
  'de manière périodique',
];
const organs = [
  'la Cellule de Communication',
  'le Service des Archives et de la Documentation',
  'le Bureau du Courrier',
  'la Cellule de Passation des Marchés publics',
  'le Secrétariat particulier',
  'la Cellule juridique',
  'le Service informatique',
  'la Direction des Ressources humaines',
];
const ministries = [
  'l’Économie et des Finances',
  'la Santé',
  'l’Éducation nationale',
  'l’Agriculture',
  'la Justice',
  'l’Environnement',
  'la Communication',
  'l’Enseignement supérieur',
  'les Transports',
  'l’Énergie',
];
const names = ['Amadou DIALLO', 'Aïssata TRAORÉ', 'Koffi MENSAH', 'Fatoumata KONÉ', 'Ibrahim SANOGO', 'Mariam OUÉDRAOGO', 'Serge HOUNGBÉDJI', 'Awa CISSÉ'];
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
export const countries = ['bj', 'ml', 'sn', 'ne', 'bf', 'tg', 'ci', 'gn'];

/** One source: its text and metadata, in one of the genre's layouts. */
export function synthetic(index: number): { country: string; text: string; meta: string } {
  const draw = random(index + 1);
  const pick = <T>(list: T[]) => list[Math.floor(draw() * list.length)]!;
  const country = countries[index % countries.length]!;
  const ministry = `Ministère de ${pick(ministries)}`;
  const count = 12 + Math.floor(draw() * 16);
  // Every item differs from the others of its text by its number of services, so ids never collide by chance.
  const item = (verb: string, n: number) => `${verb} ${pick(objects)} ${pick(complements)} et de ${n + 2} services rattachés`;
  const composition = Array.from({ length: 3 + Math.floor(draw() * 4) }, (_, n) => `${organs[(index + n) % organs.length]}`);
  const number = `${2000 + (index % 24)}-${String(100 + index).padStart(4, '0')}`;
  const date = `${1 + (index % 28)} ${months[index % 12]} ${2000 + (index % 24)}`;
  const meta = `country: ${country.toUpperCase()}\nlanguage: fr\ntitle: Secrétariat général du ${ministry}\ndocument_type: ${index % 2 === 0 ? 'web-page' : 'decree'}\n`;
  if (index % 2 === 0) {
    const text = [
      `Secrétariat général du ${ministry}`,
      '',
      `Le Secrétariat général est l'organe chargé de la coordination des services du ${ministry}, conformément au décret n° ${number} du ${date}.`,
      '',
      'À ce titre, il :',
      '',
      ...Array.from({ length: count }, (_, n) => [`-    ${item(pick(verbs), n)} ;`, '']).flat(),
      'Le Secrétariat général comprend :',
      ...composition.map((organ, n) => `- ${organ}${n === composition.length - 1 ? '.' : ' ;'}`),
      '',
      `Secrétaire général : ${pick(['M.', 'Madame', 'Dr', 'Professeur'])} ${pick(names)}`,
      '',
    ];
    return { country, text: text.join('\n'), meta };
  }
  const text = [
    'RÉPUBLIQUE',
    '',
    `DÉCRET N° ${number}/PM-RM du ${date} portant attributions, organisation et fonctionnement du Secrétariat général du ${ministry}`,
    '',
    'DÉCRÈTE :',
    '',
    'Article premier.- Le Secrétariat général est chargé de :',
    ...Array.from({ length: count }, (_, n) => `${n + 1}°) ${item(pick(infinitives), n)}${n === count - 1 ? '.' : ' ;'}`),
    '',
    'Article 2.- Le Secrétariat général comprend :',
    ...composition.map((organ, n) => `${String.fromCharCode(97 + n)}) ${organ}${n === composition.length - 1 ? '.' : ' ;'}`),
    '',
    'Article 3.- Toutes dispositions antérieures contraires sont abrogées.',
    '',
  ];
  return { country, text: text.join('\n'), meta };
}

/**
 * A later capture of one source in four (of each layout), as a ministry revises its text: its second duty
 * dropped, its third reworded, one duty added at the end of the list; null for the others.
 */
export function revision(index: number): { text: string; meta: string } | null {
  if (index % 8 < 6) return null;
  const { text, meta } = synthetic(index);
  const lines = text.split('\n');
  const decree = index % 2 === 1;
  const duties = lines.flatMap((line, at) => (/^(?:- {4}|\d+°\) )/.test(line) ? [at] : []));
  const [, dropped, reworded] = duties;
  const last = duties.at(-1)!;
  // From the end, so that the places found stay right.
  if (decree) {
    lines[last] = lines[last]!.replace(/\.$/, ' ;');
    lines.splice(last + 1, 0, '0°) tenir le registre des actes du ministère et de 99 services rattachés.');
  } else lines.splice(last + 1, 0, '', '-    tient le registre des actes du ministère et de 99 services rattachés ;');
  lines[reworded!] = lines[reworded!]!.replace(' rattachés', ' rattachés et des usagers');
  lines.splice(dropped!, decree ? 1 : 2);
  // A decree numbers its duties again.
  const numbered = lines.flatMap((line, at) => (decree && /^\d+°\) /.test(line) ? [at] : []));
  numbered.forEach((at, n) => {
    lines[at] = lines[at]!.replace(/^\d+/, String(n + 1));
  });
  return { text: lines.join('\n'), meta: `${meta}retrieved: 2026-06-${String(1 + (index % 28)).padStart(2, '0')}\n` };
}
