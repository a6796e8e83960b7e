/** The recognisers and extractors, feature by feature, with literal expectations. */
import { describe, expect, it } from 'vitest';
import { detectAnomalies } from '../src/ingest/detect-anomalies.ts';
import { isoDate, normaliseNumber } from '../src/ingest/extract-decrees.ts';
import { chromeRules, isAllCaps, marker, splitCells } from '../src/ingest/recognisers/lines.ts';
import { findOfficials, matchName, matchPersonLine, matchPost, matchSpeechHeading, readPerson } from '../src/ingest/recognisers/officials.ts';
import { ingestFolder, makeSources, meta, runCli } from './helpers.ts';

describe('list markers', () => {
  it.each([
    ['-\u00a0\u00a0\u00a0 propose les orientations', '-', 'propose les orientations'],
    ['-propose', '-', 'propose'],
    ['\t– veille à', '–', 'veille à'],
    ['  • \u00a0La finalisation', '•', 'La finalisation'],
    ['› la Cellule', '›', 'la Cellule'],
    ['* être de nationalité', '*', 'être de nationalité'],
    ['· assure', '·', 'assure'],
    ['1. coordonne', '1.', 'coordonne'],
    ['12) prépare', '12)', 'prépare'],
    ['3°) suit', '3°)', 'suit'],
    ['2° suit', '2°', 'suit'],
    ['a) la Cellule', 'a)', 'la Cellule'],
    ['b. la Direction', 'b.', 'la Direction'],
    ['B) la Direction', 'B)', 'la Direction'],
    ['(c) la Direction', '(c)', 'la Direction'],
    ['•', '•', ''],
  ])('%j', (line, label, rest) => {
    const found = marker.exec(line)?.groups;
    expect([found?.label, found?.rest?.replace(/\s+/g, ' ').trim()]).toEqual([label, rest]);
  });

  it.each(['Le Secrétariat général', '1994 fut une année', '2021-401 du 28 juillet', 'M. Jean DUPONT', 'A cet effet, il :', '1.5 million'])(
    'not %j',
    (line) => {
      expect(marker.test(line)).toBe(false);
    },
  );
});

describe('page chrome and headings', () => {
  const chromeOf = (text: string) => chromeRules.find((rule) => rule.test(text))?.rule ?? null;
  it.each([
    ['REPUBLIQUE DU MALI', 'chrome:country-header'],
    ['République du Bénin', 'chrome:country-header'],
    ['BURKINA FASO', 'chrome:country-header'],
    ['UN PEUPLE- UN BUT- UNE FOI', 'chrome:motto'],
    ['Fraternité – Justice – Travail', 'chrome:motto'],
    ['Un Peuple - Un But - Une Foi', 'chrome:motto'],
    ['Lire le document…', 'chrome:link'],
    ['Télécharger le document', 'chrome:link'],
    ['sgm.jpg', 'chrome:image'],
    ['photo du SG.PNG', 'chrome:image'],
    ['Accueil > Ministère > Secrétariat général', 'chrome:breadcrumb'],
    ['Le Secrétariat général comprend :', null],
    ['la Cellule juridique - la Cellule de communication - le Secrétariat', null],
  ])('%j → %s', (text, rule) => {
    expect(chromeOf(text)).toBe(rule);
  });

  it.each([
    ['MISSIONS', true],
    ['DÉCRÈTE :', true],
    ['CHAPITRE II : DE L’ORGANISATION', true],
    ['Le Secrétariat Général', false],
  ])('capitals %j → %s', (text, expected) => {
    expect(isAllCaps(text)).toBe(expected);
  });
});

describe('officials', () => {
  it.each([
    ['Professeur Daton MEDENOU', { honorific: 'Professeur', name: 'Daton MEDENOU' }],
    ['Madame Lidwine GLELE GNANSOUNOU', { honorific: 'Madame', name: 'Lidwine GLELE GNANSOUNOU' }],
    ['M. Amadou KONÉ', { honorific: 'M.', name: 'Amadou KONÉ' }],
    ['Dr Awa TRAORÉ épouse DIARRA', { honorific: 'Dr', name: 'Awa TRAORÉ épouse DIARRA' }],
    ['Abdoulaye DIALLO', { honorific: null, name: 'Abdoulaye DIALLO' }],
    ['Jean-Baptiste KOUASSI', { honorific: null, name: 'Jean-Baptiste KOUASSI' }],
    ['KOUASSI Jean-Baptiste', { honorific: null, name: 'KOUASSI Jean-Baptiste' }],
    ['M. Amadou Traoré', { honorific: 'M.', name: 'Amadou Traoré' }],
    ['Dr Aïssata Diallo épouse Sow', { honorific: 'Dr', name: 'Aïssata Diallo épouse Sow' }],
    ['Madame NDIAYE née Fatou FALL', { honorific: 'Madame', name: 'NDIAYE née Fatou FALL' }],
    ['Jean de Dieu KABORÉ', { honorific: null, name: 'Jean de Dieu KABORÉ' }],
    ['Mme Akossiwa d’ALMEIDA', { honorific: 'Mme', name: 'Akossiwa d’ALMEIDA' }],
    ['Pr. J.-B. SANOU', { honorific: 'Pr.', name: 'J.-B. SANOU' }],
    ['Son Excellence Monsieur Ali BA', { honorific: 'Son Excellence Monsieur', name: 'Ali BA' }],
    ['Monsieur le Professeur Alain KONAN', { honorific: 'Monsieur le Professeur', name: 'Alain KONAN' }],
    ['MADAME Awa SECK', { honorific: 'MADAME', name: 'Awa SECK' }],
    ['Colonel-Major Issa SAWADOGO', { honorific: 'Colonel-Major', name: 'Issa SAWADOGO' }],
    ['MISSIONS', null],
    ['Le Secrétariat Général', null],
    ['Secrétaire Général', null],
    ['DES ATTRIBUTIONS', null],
    // Capitalised words only: a heading, unless beside a post (matchPersonLine).
    ['Amadou Traoré', null],
    ['Monsieur le Ministre', null],
    ['Cellule JURIDIQUE', null],
    ['Direction GÉNÉRALE', null],
    ['M. Ali BA dans ses fonctions', null],
    ['Dr Paul KABORÉ,', null],
  ])('name %j', (text, expected) => {
    expect(matchName(text)).toEqual(expected);
  });

  it.each([
    ['Amadou Traoré', { honorific: null, name: 'Amadou Traoré', strength: 'plain' }],
    ['AMADOU TRAORÉ', { honorific: null, name: 'AMADOU TRAORÉ', strength: 'plain' }],
    ['Dr Hamidou Kanta.', { honorific: 'Dr', name: 'Hamidou Kanta', strength: 'honorific' }],
    ['RAKOTO Jean Hery', { honorific: null, name: 'RAKOTO Jean Hery', strength: 'caps' }],
    ['Missions Principales', null],
    ['Côte d’Ivoire', null],
    ['Nous contacter', null],
    ['Tél : 20 30 40 50', null],
  ])('person alone on a line %j', (text, expected) => {
    const found = matchPersonLine(text);
    expect(found && { honorific: found.honorific, name: found.name, strength: found.strength }).toEqual(expected);
  });

  it.each([
    ['M. Ali BA dans ses fonctions de Secrétaire général', 'Ali BA'],
    ['Monsieur Abdoulaye DIOP, précédemment Directeur', 'Abdoulaye DIOP'],
    ['Docteur Ibrahima SARR Au Ministère des Mines', 'Ibrahima SARR'],
    ['M. Koffi Agbéko a présidé', 'Koffi Agbéko'],
    ['Mme Awa DIOP Secrétaire générale', 'Awa DIOP'],
    ['M. Ali BA de la Direction des études', 'Ali BA'],
    ['M. Paul SOME…', 'Paul SOME'],
    ['M. Ali BA (Secrétaire général)', 'Ali BA'],
    ['Mme Awa DIOP et M. Ali BA', 'Awa DIOP'],
    ['M. Ali BA, I. Organisation', 'Ali BA'],
  ])('a name stops before what follows it: %j', (text, name) => {
    expect(readPerson(text)?.name).toBe(name);
  });

  it.each([
    ['Le Secrétaire Général du Ministère', { post: 'Secrétaire Général du Ministère', position: 'secretary-general' }],
    ['La Secrétaire Générale Adjointe du Ministère', { post: 'Secrétaire Générale Adjointe du Ministère', position: 'deputy-secretary-general' }],
    ['Secrétaire permanent', { post: 'Secrétaire permanent', position: 'permanent-secretary' }],
    ['Le Secrétaire général est chargé de :', null],
    ['Le Secrétariat Général', null],
    ['Secrétaire général par intérim', { post: 'Secrétaire général par intérim', position: 'secretary-general' }],
    ['La Secrétaire générale suppléante', { post: 'Secrétaire générale suppléante', position: 'deputy-secretary-general' }],
    ['Secrétaire Permanent Adjoint', { post: 'Secrétaire Permanent Adjoint', position: 'deputy-permanent-secretary' }],
    ['SECRÉTAIRE GÉNÉRAL', { post: 'SECRÉTAIRE GÉNÉRAL', position: 'secretary-general' }],
    ['Le nouveau Secrétaire général', { post: 'Secrétaire général', position: 'secretary-general' }],
    ['Secrétaire général sortant', { post: 'Secrétaire général', position: 'secretary-general' }],
    ['Secrétaire général auprès du Premier ministre', { post: 'Secrétaire général auprès du Premier ministre', position: 'secretary-general' }],
    ['Mot du Secrétaire général', null],
    ['Le Secrétaire Général Adjoint du Ministère.', null],
    ['Secrétaire général du Syndicat national des enseignants', null],
  ])('post %j', (text, expected) => {
    expect(matchPost(text)).toEqual(expected);
  });

  it.each([
    ['Mot du Secrétaire général', 'Secrétaire général'],
    ['LE MOT DU SECRÉTAIRE GÉNÉRAL', 'SECRÉTAIRE GÉNÉRAL'],
    ['Message de la Secrétaire générale du Ministère', 'Secrétaire générale du Ministère'],
    ['Le Secrétaire général', null],
    ['Mot du Secrétaire général sur la rentrée', null],
  ])('a page the head signs: %j', (text, post) => {
    expect(matchSpeechHeading(text)?.post ?? null).toBe(post);
  });

  it('splits a table row flattened by a copy into its cells', () => {
    expect(splitCells('Secrétaire Général\tM. Oumar SY\t\t77 000 00 00').map((cell) => cell.text)).toEqual([
      'Secrétaire Général',
      'M. Oumar SY',
      '77 000 00 00',
    ]);
    expect(splitCells('| Secrétaire Général | M. Oumar SY |').map((cell) => [cell.text, cell.start])).toEqual([
      ['Secrétaire Général', 2],
      ['M. Oumar SY', 23],
    ]);
    expect(splitCells('Le Secrétaire général, M. Oumar SY').length).toBe(1);
  });
});

describe('officials in a text', () => {
  const found = (text: string) => findOfficials(text).map(({ rule, post, position, honorific, name }) => [rule, post, position, honorific, name]);

  it.each([
    [
      'Monsieur Abdoulaye DIOP, Inspecteur du Trésor, précédemment Directeur de la Dette publique, est nommé Secrétaire général du Ministère des Finances.',
      [['official:appointment', 'Secrétaire général du Ministère des Finances', 'secretary-general', 'Monsieur', 'Abdoulaye DIOP']],
    ],
    [
      'Au Ministère de la Santé : Secrétaire Général : Docteur Ibrahima SARR ; Directeur de Cabinet : Monsieur Ousmane NDIAYE.',
      [['official:post-label', 'Secrétaire Général', 'secretary-general', 'Docteur', 'Ibrahima SARR']],
    ],
    [
      'Le Secrétaire général actuel est Madame Rokia Konaté, nommée par décret en 2021.',
      [['official:post-copula', 'Secrétaire général', 'secretary-general', 'Madame', 'Rokia Konaté']],
    ],
    [
      'Depuis mars, le poste de Secrétaire général est occupé par M. Paul ESSOMBA, qui succède à Mme Jeanne OWONA.',
      [
        ['official:post-copula', 'Secrétaire général', 'secretary-general', 'M.', 'Paul ESSOMBA'],
        ['official:replaced', 'Secrétaire général', 'secretary-general', 'Mme', 'Jeanne OWONA'],
        // The same holder again, as the one who succeeds: one record in the end.
        ['official:succession', 'Secrétaire général', 'secretary-general', 'M.', 'Paul ESSOMBA'],
      ],
    ],
    [
      'Le Secrétaire général est nommé par décret. Cette fonction est assurée depuis 2022 par Mme Awa KANTÉ, administratrice civile.',
      [['official:function-held-by', 'Secrétaire général', 'secretary-general', 'Mme', 'Awa KANTÉ']],
    ],
    [
      'La passation entre le Secrétaire Général sortant, M. Jean RABE, et son successeur, Mme Lalao RASOA, a eu lieu hier.',
      [
        ['official:post-apposition', 'Secrétaire Général', 'secretary-general', 'M.', 'Jean RABE'],
        ['official:successor', 'Secrétaire Général', 'secretary-general', 'Mme', 'Lalao RASOA'],
      ],
    ],
    [
      'Qui est le Secrétaire général ? M. Samir TRABELSI occupe ce poste depuis 2021.',
      [['official:occupies-it', 'Secrétaire général', 'secretary-general', 'M.', 'Samir TRABELSI']],
    ],
    [
      'Le Secrétaire général du Gouvernement, le Juge Karim HADDAD, a ouvert la séance.',
      [['official:post-apposition', 'Secrétaire général du Gouvernement', 'secretary-general', 'Juge', 'Karim HADDAD']],
    ],
    [
      'M. Issa Garba a été installé hier dans ses fonctions de Secrétaire général du Ministère. Il succède à M. Moussa Amadou, appelé à d’autres fonctions.',
      [
        ['official:appointment', 'Secrétaire général du Ministère', 'secretary-general', 'M.', 'Issa Garba'],
        ['official:replaced', 'Secrétaire général du Ministère', 'secretary-general', 'M.', 'Moussa Amadou'],
      ],
    ],
    [
      'Le Secrétaire général du ministère, M. Koffi Agbéko, a présidé la rencontre.',
      [['official:post-apposition', 'Secrétaire général du ministère', 'secretary-general', 'M.', 'Koffi Agbéko']],
    ],
    [
      'Le Ministre Moussa FAYE a installé M. Ali BA dans ses fonctions de Secrétaire général.',
      [['official:appointment', 'Secrétaire général', 'secretary-general', 'M.', 'Ali BA']],
    ],
    [
      'M. Kossi Mensah, Secrétaire général sortant, a passé le témoin à Mme Afi Lawson, nouvelle Secrétaire générale.',
      [
        ['official:name-apposition', 'Secrétaire général', 'secretary-general', 'M.', 'Kossi Mensah'],
        ['official:name-apposition', 'Secrétaire générale', 'secretary-general', 'Mme', 'Afi Lawson'],
      ],
    ],
    [
      'Le Ministre, M. Moussa FAYE, le Secrétaire général, M. Ali BA, et le Directeur de cabinet, M. Jean DIOP, étaient présents.',
      [['official:post-apposition', 'Secrétaire général', 'secretary-general', 'M.', 'Ali BA']],
    ],
    [
      'Mme Awa Ndiaye a été nommée, par décret, Secrétaire générale adjointe du Gouvernement.',
      [['official:appointment', 'Secrétaire générale adjointe du Gouvernement', 'deputy-secretary-general', 'Mme', 'Awa Ndiaye']],
    ],
    [
      'Mme Awa Ndiaye est nommée Secrétaire générale en remplacement de M. Jean Kaboré, appelé à d’autres fonctions.',
      [
        ['official:appointment', 'Secrétaire générale', 'secretary-general', 'Mme', 'Awa Ndiaye'],
        ['official:replaced', 'Secrétaire générale', 'secretary-general', 'M.', 'Jean Kaboré'],
      ],
    ],
    [
      'Le ministre était représenté par M. Jean Kouassi, son Secrétaire général.',
      [['official:name-apposition', 'Secrétaire général', 'secretary-general', 'M.', 'Jean Kouassi']],
    ],
    [
      'Madame la Secrétaire Générale, Aminata DIALLO, a reçu les partenaires.',
      [['official:post-apposition', 'Secrétaire Générale', 'secretary-general', 'Madame', 'Aminata DIALLO']],
    ],
    ['Le SG, M. Issa Diallo, a ouvert les travaux.', [['official:post-apposition', 'SG', 'secretary-general', 'M.', 'Issa Diallo']]],
    [
      'Secrétaire permanent du Ministère de la Santé et de l’Hygiène publique : Amadou Traoré',
      [['official:post-label', 'Secrétaire permanent du Ministère de la Santé et de l’Hygiène publique', 'permanent-secretary', null, 'Amadou Traoré']],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Le Secrétaire général est nommé par décret pris en Conseil des ministres.',
    'Le Secrétaire général peut être assisté d’un Secrétaire général adjoint nommé par décret.',
    'M. Yao Kouamé, Secrétaire général du Syndicat national des enseignants, a pris la parole.',
    'L’Assistant du Secrétaire général, M. Brice Konan, a lu le message.',
    'La conseillère de la Secrétaire générale, Mme Awa Konan, a lu le message.',
    'Le Secrétaire général et M. Brice Konan, Directeur des ressources humaines, ont signé.',
    'Le Secrétaire général, Directeur de cabinet par intérim, a signé.',
    'Secrétaire général : poste vacant',
  ])('no official in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('acts', () => {
  it.each([
    ['94 – 202 /PM-RM', '94-202/PM-RM'],
    ['2021-401', '2021-401'],
    ['2019 — 0457 / PR / MEF', '2019-0457/PR/MEF'],
  ])('number %j → %j', (number, normalised) => {
    expect(normaliseNumber(number)).toBe(normalised);
  });

  it.each([
    [['03', 6, '1994'], '1994-06-03'],
    [['1er', 10, '2018'], '2018-10-01'],
    [['5', 5, undefined], null],
    [['31', 2, '2020'], null],
  ] as const)('date %j → %s', ([day, month, year], iso) => {
    expect(isoDate(day, month, year)).toBe(iso);
  });

  it('reads kind, number, date, title, authority and role of citations in a recital and in an item', async () => {
    const text = [
      'Vu le décret n° 2021-401 du 28 juillet 2021 fixant la structure-type des ministères ;',
      'Vu la loi organique n°2012-10 du 1er février 2012 relative aux lois de finances ;',
      'Vu l’ordonnance N° 07-025/P-RM du 18 juillet 2007 ;',
      'Le Secrétaire général est chargé de :',
      '- veiller au respect du décret n° 2015-17/PR du 5 mai ;',
      '- suivre, en application de l’arrêté n° 0123/MEF du 03/02/2020, les marchés publics.',
    ].join('\n');
    const corpus = await ingestFolder(makeSources({ 'sn/x.txt': text, 'sn/x.yaml': meta() }));
    expect(corpus.decrees.map(({ act, number, date, title, authority, role, lines }) => ({ act, number, date, title, authority, role, lines }))).toEqual([
      {
        act: 'décret',
        number: '2021-401',
        date: '2021-07-28',
        title: 'fixant la structure-type des ministères',
        authority: null,
        role: 'legal-basis',
        lines: [1, 1],
      },
      {
        act: 'loi organique',
        number: '2012-10',
        date: '2012-02-01',
        title: 'relative aux lois de finances',
        authority: null,
        role: 'legal-basis',
        lines: [2, 2],
      },
      {
        act: 'ordonnance',
        number: '07-025/P-RM',
        date: '2007-07-18',
        title: null,
        authority: 'Président de la République',
        role: 'legal-basis',
        lines: [3, 3],
      },
      { act: 'décret', number: '2015-17/PR', date: null, title: null, authority: 'Président de la République', role: 'cited', lines: [5, 5] },
      { act: 'arrêté', number: '0123/MEF', date: '2020-02-03', title: null, authority: null, role: 'legal-basis', lines: [6, 6] },
    ]);
    expect(corpus.missions.map((mission) => mission.ordinal)).toEqual([1, 2]);
  });

  it('does not take "le présent décret" for a citation', async () => {
    const corpus = await ingestFolder(
      makeSources({ 'sn/x.txt': 'Le Secrétaire général est chargé de :\n- l’exécution du présent décret.\n', 'sn/x.yaml': meta() }),
    );
    expect(corpus.decrees).toEqual([]);
  });
});

describe('anomalies', () => {
  it('flags a phrase of five words or more repeated back to back, not four', () => {
    expect(
      detectAnomalies('la conduite des relations avec la conduite des relations avec les partenaires', { item: true }).map((a) => [a.type, a.excerpt, a.start]),
    ).toEqual([['repeated-phrase', 'la conduite des relations avec la conduite des relations avec', 0]]);
    expect(detectAnomalies('aux réunions des services aux réunions des services et ailleurs.', { item: true })).toEqual([]);
  });

  it('flags an item cut off without its end', () => {
    expect(detectAnomalies('élabore le plan de', { item: true }).map((a) => [a.type, a.excerpt, a.start])).toEqual([['truncated', 'de', 16]]);
    expect(detectAnomalies('le suivi des archives du département', { item: true })).toEqual([]);
  });

  it('flags a link whose target is missing', () => {
    expect(detectAnomalies('Décret n° 1 du 2 mai 2000. Lire le document…', { item: false }).map((a) => [a.type, a.excerpt, a.start])).toEqual([
      ['link-without-target', 'Lire le document…', 27],
    ]);
  });
});

describe('the debug option', () => {
  it('prints each line with its classification and rule', () => {
    const result = runCli(['--debug', '--out', `${makeSources({})}/out`]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.find((line) => line.startsWith('ml/secretariat-general.txt:21 '))?.replace(/\s+/g, ' ')).toMatch(
      /^ml\/secretariat-general\.txt:21 item\(attributions\) item:marker \+ list:attributions │ • La définition préalable/,
    );
    expect(lines.find((line) => line.startsWith('bj/secretariat-general.txt:57 '))?.replace(/\s+/g, ' ')).toBe(
      'bj/secretariat-general.txt:57 chrome chrome:image │ sgm.jpg',
    );
  });
});

describe('wrapped sentences', () => {
  it('do not lose their second line to a post title', async () => {
    const text =
      'Le Secrétariat général est dirigé par un Secrétaire général assisté par le\nSecrétaire Général Adjoint du Ministère.\n\nIl est chargé de :\n- coordonner les services.\n';
    const corpus = await ingestFolder(makeSources({ 'sn/x.txt': text, 'sn/x.yaml': meta() }));
    expect(corpus.officials).toEqual([]);
    // The wrapped sentence is a provision about who leads the Secrétariat général, over both lines.
    expect(corpus.missions.filter((mission) => mission.kind === 'general').map((mission) => mission.lines)).toEqual([[1, 2]]);
    expect(corpus.sources[0]!.set_aside.map(({ line, reason }) => [line, reason])).toEqual([[4, 'lead-in of a list (attributions)']]);
  });
});
