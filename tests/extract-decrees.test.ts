/**
 * The citation finder of src/ingest/extract-decrees.ts: acts in the shapes the francophone
 * administrations write them (numbers, dates in two calendars, titles), what is no act, where a
 * title ends; then the records the pipeline makes of them, and their cost on a long line.
 */
import { describe, expect, it } from 'vitest';
import { findActs } from '../src/ingest/extract-decrees.ts';
import { ingestFolder, makeSources, meta } from './helpers.ts';

const read = (text: string) => findActs(text).map(({ act, number, date, title }) => ({ act, number, date, title }));
const one = (text: string) => {
  const found = findActs(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('act numbers', () => {
  it.each([
    ['le décret n° 2021 - 517 /PRES/PM/MATD du 3 juin 2021', '2021-517/PRES/PM/MATD'],
    ['le décret 97-118 / PRM du 6 mai 1997', '97-118/PRM'],
    ['le décret N°2015/301 du 2 juillet 2015', '2015/301'],
    ['le décret n° 2-09-633 du 4 mai 2010', '2-09-633'],
    ['l’ordonnance n°07-022 du 9 mars 2007', '07-022'],
    ['le décret n° 2018-0733/PR/MEF du 4 mai 2018', '2018-0733/PR/MEF'],
    ['le décret n° 348/PR/MFPRE/2012 du 4 mai 2012', '348/PR/MFPRE/2012'],
    ['le décret 2006.251 du 4 mai 2006', '2006.251'],
    ['le décret n°2022-41 du 4 mai 2022', '2022-41'],
    ['le décret N° 09-112/P-RM du 4 mai 2009', '09-112/P-RM'],
    ['le décret N° 11 – 204 /PM-RM du 4 mai 2011', '11-204/PM-RM'],
    ['le Décret n°2020-415 du 4 mai 2020', '2020-415'],
    ['le decret n 2013-1456 du 4 mai 2013', '2013-1456'],
    ['le décret n°0274/PR/MINEFI du 4 mai 2017', '0274/PR/MINEFI'],
    ['le décret 2012/0418/PM du 4 mai 2012', '2012/0418/PM'],
    ['le décret n º 2008-315 du 4 mai 2008', '2008-315'],
    ['le décret nº 2008-316 du 4 mai 2008', '2008-316'],
    ['le décret No 2008-317 du 4 mai 2008', '2008-317'],
    ['le décret No. 2008-318 du 4 mai 2008', '2008-318'],
    ['le décret numéro 2008-319 du 4 mai 2008', '2008-319'],
    ['le décret n° 2008—320 du 4 mai 2008', '2008-320'],
    ['le décret n° 2008‑321 du 4 mai 2008', '2008-321'],
    ['le décret n° D/2019/231/PRG/SGG du 4 mai 2019', 'D/2019/231/PRG/SGG'],
    ['le décret D/2019/232/PRG/SGG du 4 mai 2019', 'D/2019/232/PRG/SGG'],
    ['l’arrêté n° 0412/MEF/SG du 4 mai 2016', '0412/MEF/SG'],
    ['l’arrêté ministériel n° 25/CAB/MIN/FP/2019 du 4 mai 2019', '25/CAB/MIN/FP/2019'],
  ])('%s → %s', (text, number) => {
    expect(one(text).number).toBe(number);
  });

  it('reads a no-break space as a space', () => {
    expect(one('le décret n°\u00a02014-506\u00a0du 4 mai 2014').number).toBe('2014-506');
  });

  it('does not swallow the words after the number: "du", the title, a date, a title in capitals after a dash', () => {
    expect(read('le décret n° 2014-506 du 4 mai 2014 portant statut')).toEqual([
      { act: 'décret', number: '2014-506', date: '2014-05-04', title: 'portant statut' },
    ]);
    expect(one('DÉCRET N° 2014-507/PR - PORTANT STATUT DES AGENTS').number).toBe('2014-507/PR');
    expect(one('DÉCRET N° 2014-508/PR PORTANT STATUT DES AGENTS').number).toBe('2014-508/PR');
    expect(one('le décret n° 2014-509 Fixant le cadre').number).toBe('2014-509');
    expect(one('le décret n° 2014-510/MEF.').number).toBe('2014-510/MEF');
  });

  it.each([
    ['2016-88/PRES/PM/MENA', 'Président du Faso', 'PRES/PM/MENA'],
    ['2016-89/PRES-TRANS/PM', 'Président du Faso', 'PRES-TRANS/PM'],
    ['07-025/P-RM', 'Président de la République', 'P-RM'],
    ['07-026/PM-RM', 'Premier ministre', 'PM-RM'],
    ['2019-044/PR/MEF', 'Président de la République', 'PR/MEF'],
    ['2020-185/PRN/MI', 'Président de la République', 'PRN/MI'],
    ['D/2019/231/PRG/SGG', 'Président de la République', 'PRG/SGG'],
    ['2019/0318/PM', 'Premier ministre', 'PM'],
    ['97-118/PRM', null, 'PRM'],
    ['1234/PT/PM/2022', null, 'PT/PM/2022'],
    ['0412/MEF/SG', null, 'MEF/SG'],
    ['2015/301', null, null],
  ])('%s: authority %s, code %s', (number, authority, code) => {
    const found = one(`le décret n° ${number} du 4 mai 2016`);
    expect([found.authority, found.authority_code]).toEqual([authority, code]);
  });
});

describe('kinds of act', () => {
  it.each([
    ['Décret n° 2016-1', 'décret'],
    ['DÉCRET N° 2016-2', 'décret'],
    ['le décret présidentiel n° 2016-3', 'décret'],
    ['Décret exécutif n° 21-245', 'décret'],
    ['le décret-loi n° 2016-4', 'décret'],
    ['la loi n° 2016-5', 'loi'],
    ['la loi organique n° 2016-6', 'loi organique'],
    ['l’ordonnance n° 2016-7', 'ordonnance'],
    ['l’ordonnance-loi n° 16/008', 'ordonnance'],
    ['l’arrêté n° 2016-9', 'arrêté'],
    ['l’arrêté interministériel n° 2016-10', 'arrêté interministériel'],
    ['l’arrêté du Premier Ministre n° 2016-11', 'arrêté'],
    ['la décision n° 2016-12', 'décision'],
    ['la circulaire n° 2016-13', 'circulaire'],
  ])('%s → %s', (text, act) => {
    expect(one(text).act).toBe(act);
  });
});

describe('what is no act', () => {
  it.each([
    'Le directeur est nommé par décret.',
    'Il est nommé par décret pris en Conseil des Ministres.',
    'Des arrêtés du Président de la République fixent l’organisation des services.',
    'Le décret du 12 mars 2001 est abrogé.',
    'Les arrêtés n° 12 et 13 sont rapportés.',
    'Le présent décret sera publié au Journal officiel.',
    'le décret n° …/PR du … 2020',
    'le décret N° du 3 mai 2012',
    'un arrêté 12 mois plus tard',
    'les emplois et les lois de finances',
    'les décrets d’application',
  ])('%s', (text) => {
    expect(findActs(text)).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['du 1er avril 2015', '2015-04-01'],
    ['du 1 er avril 2015', '2015-04-01'],
    ['du 04 février 1996', '1996-02-04'],
    ['du 9 Octobre 2003', '2003-10-09'],
    ['du 15 fevrier 2014', '2014-02-15'],
    ['du 7 déc. 2018', '2018-12-07'],
    ['du 12/03/2004', '2004-03-12'],
    ['du 12.03.2004', '2004-03-12'],
    ['en date du 03/02/2020', '2020-02-03'],
    ['du 5 mai', null],
    ['du 30 février 2015', null],
    ['du 12/13/2004', null],
    // A Hijri date gives the Gregorian date in parentheses, never its own day and year.
    ['du 7 rejeb 1428 (22 juillet 2007)', '2007-07-22'],
    ['du 18 rabii II 1441 (16 décembre 2019)', '2019-12-16'],
    ['du 1er joumada I 1436 (20 février 2015)', '2015-02-20'],
    ['du 7 rejeb 1428', null],
    ['du 22 juillet 2007 (7 rejeb 1428)', '2007-07-22'],
    ['du 2 Dhou El Kaâda 1442 correspondant au 13 juin 2021', '2021-06-13'],
  ])('%s → %s', (date, iso) => {
    expect(one(`le décret n° 2-07-1180 ${date} portant statut`)).toMatchObject({ date: iso, title: 'portant statut' });
  });
});

describe('titles', () => {
  it.each([
    ['le décret n° 2016-14 du 4 mai 2016 portant statut des agents ; Vu la loi', 'portant statut des agents'],
    ['le décret n° 2016-14 du 4 mai 2016 Fixant les règles générales', 'Fixant les règles générales'],
    ['le décret n° 2016-14 relatif aux archives. Article 2', 'relatif aux archives'],
    ['le décret n° 2016-14 du 4 mai 2016, portant statut des agents', 'portant statut des agents'],
    ['le décret n° 2016-14 du 4 mai 2016 nomination du Premier ministre ;', 'nomination du Premier ministre'],
    ['le décret n° 2016-14 du 4 mai 2016 portant nomination des ministres Vu le décret', 'portant nomination des ministres'],
    ['le décret n° 2016-14 fixant les attributions des ministres Statuant en Conseil', 'fixant les attributions des ministres'],
    ['le décret n° 2016-14 fixant les attributions des membres du Gouvernement Décrète :', 'fixant les attributions des membres du Gouvernement'],
    ['le décret n° 2016-14 portant organisation des services Le Ministre', 'portant organisation des services'],
    ['le décret n° 2016-14 portant organisation des services. Lire le document…', 'portant organisation des services'],
    [
      'le décret n° 2016-14 portant création, organisation et fonctionnement des services, le ministre',
      'portant création, organisation et fonctionnement des services',
    ],
    ['le décret n° 2016-14 portant statut des agents, modifié par la loi', 'portant statut des agents'],
    ['le décret n° 2016-14 portant création du Conseil lui assigne ses missions', 'portant création du Conseil'],
    ['le décret n° 2016-14 portant statut : Article 1er', 'portant statut'],
    ['« le décret n° 2016-14 portant statut des agents »', 'portant statut des agents'],
    ['Décret N° 2016-14 Portant Organisation De La Direction', 'Portant Organisation De La Direction'],
    ['le décret n° 2016-14 du 4 mai 2016 ;', null],
    ['le décret n° 2016-14 du 4 mai 2016 sur proposition du ministre', null],
  ])('%s → %s', (text, title) => {
    expect(one(text).title).toBe(title);
  });

  it('is cut at a word past 600 characters', () => {
    const title = `portant ${'organisation '.repeat(80)}`;
    const found = one(`le décret n° 2016-15 ${title}`);
    expect(found.title!.length).toBeLessThanOrEqual(600);
    expect(title.startsWith(found.title!)).toBe(true);
    expect(found.title!.endsWith('organisation')).toBe(true);
  });
});

describe('citations', () => {
  it('are the act as written, from its name to the end of its title; a link to its document follows it', () => {
    const text = 'Extrait du Décret N° 12 – 305 /PM-RM du 06 Mars 2012 Fixant l’organisation des services. Lire le document…';
    const found = one(text);
    expect(found.citation).toBe('Décret N° 12 – 305 /PM-RM du 06 Mars 2012 Fixant l’organisation des services');
    expect(text.slice(found.start, found.textEnd)).toBe('Décret N° 12 – 305 /PM-RM du 06 Mars 2012 Fixant l’organisation des services. Lire le document…');
  });

  it('include an act cited in another act’s title, which is an act of its own', () => {
    expect(read('Vu le décret n° 2017-90 du 2 mars 2017 modifiant le décret n° 2012-45 du 3 mai 2012 portant organisation des services ;')).toEqual([
      { act: 'décret', number: '2017-90', date: '2017-03-02', title: 'modifiant le décret n° 2012-45 du 3 mai 2012 portant organisation des services' },
      { act: 'décret', number: '2012-45', date: '2012-05-03', title: 'portant organisation des services' },
    ]);
  });

  it('run on one line separated by " ; " or by nothing', () => {
    expect(
      read(
        'Vu la loi n° 2001-3 du 2 mai 2001 ; Vu le décret n° 2001-4 portant statut des agents Vu le décret n° 2001-5 du 1er juin 2001 fixant les primes Décrète :',
      ),
    ).toEqual([
      { act: 'loi', number: '2001-3', date: '2001-05-02', title: null },
      { act: 'décret', number: '2001-4', date: null, title: 'portant statut des agents' },
      { act: 'décret', number: '2001-5', date: '2001-06-01', title: 'fixant les primes' },
    ]);
  });
});

const ingest = (text: string, country = 'SN') =>
  ingestFolder(makeSources({ [`${country.toLowerCase()}/x.txt`]: text, [`${country.toLowerCase()}/x.yaml`]: meta(country) }));
const records = async (text: string) =>
  (await ingest(text)).decrees.map(({ id, text: cited, lines, role, evidence }) => ({ id, text: cited, lines, role, rule: evidence.rule }));

describe('decree records', () => {
  it('hold their own citation and the lines it spans', async () => {
    const text = [
      'Le Ministre,',
      'Vu la loi n° 2003-12 du 7 avril 2003 portant statut des agents ; Vu le décret n° 2004-33 du 3 mai 2004 fixant',
      'les attributions des directions ;',
      'Vu l’arrêté n° 0051/MFP du 2 juin 2005 ;',
    ].join('\n');
    expect(await records(text)).toEqual([
      {
        id: 'sn/x/decree/loi-2003-12',
        text: 'loi n° 2003-12 du 7 avril 2003 portant statut des agents',
        lines: [2, 2],
        role: 'legal-basis',
        rule: 'decree:recital',
      },
      {
        id: 'sn/x/decree/decret-2004-33',
        text: 'décret n° 2004-33 du 3 mai 2004 fixant les attributions des directions',
        lines: [2, 3],
        role: 'legal-basis',
        rule: 'decree:recital',
      },
      { id: 'sn/x/decree/arrete-0051-mfp', text: 'arrêté n° 0051/MFP du 2 juin 2005', lines: [4, 4], role: 'legal-basis', rule: 'decree:recital' },
    ]);
  });

  it('rest on the act in a heading, an extract’s title or after a basis phrase; only cite it elsewhere', async () => {
    const text = [
      'Décret n° 2010-61 du 4 mars 2010 portant organisation du ministère',
      '',
      'Extrait de la loi n° 2009-14 du 2 juin 2009 portant code des marchés',
      '',
      'Selon l’arrêté n° 0233/MEF du 5 mai 2011, les services relèvent du cabinet.',
      'Les services, créés par le décret n° 2011-70 du 8 mars 2011, relèvent du cabinet.',
      'Le présent décret abroge le décret n° 2001-19 du 3 février 2001.',
    ].join('\n');
    expect((await records(text)).map(({ lines, role, rule }) => [lines[0], role, rule])).toEqual([
      [1, 'legal-basis', 'decree:standalone'],
      [3, 'legal-basis', 'decree:extract-title'],
      [5, 'legal-basis', 'decree:basis-phrase'],
      [6, 'legal-basis', 'decree:basis-phrase'],
      [7, 'cited', 'decree:mention'],
    ]);
  });

  it('are one when one act is cited twice: the first citation is its record, the second set aside with its reason', async () => {
    const text = 'Vu le décret n° 2012-88 du 2 mai 2012 ;\nLe décret n° 2012-88 du 2 mai 2012 reste applicable.\n';
    const corpus = await ingest(text, 'SN');
    expect(corpus.decrees.map(({ id, lines }) => [id, lines])).toEqual([['sn/x/decree/decret-2012-88', [1, 1]]]);
    expect(corpus.sources[0]!.set_aside.map(({ line, reason }) => [line, reason])).toEqual([[2, 'cites again an act recorded above']]);
  });

  it('read a title line broken before its number as one citation, and leave the next block its own acts', async () => {
    const text = 'DÉCRET\nN° 2017-0412/PR/MSP du 2 mai 2017 modifiant le décret n° 2009-88 du 3 mars 2009\n\nLE PRÉSIDENT DE LA RÉPUBLIQUE,\n';
    expect((await ingest(text, 'TG')).decrees.map(({ text: cited, lines }) => [cited, lines])).toEqual([
      ['DÉCRET N° 2017-0412/PR/MSP du 2 mai 2017 modifiant le décret n° 2009-88 du 3 mars 2009', [1, 2]],
      ['décret n° 2009-88 du 3 mars 2009', [2, 2]],
    ]);
  });

  it('do not join the next block to an act with its title', async () => {
    const text = 'Décret n° 2017-0413 portant statut des agents\nMINISTÈRE DE LA SANTÉ\n';
    expect((await ingest(text, 'TG')).decrees.map(({ text: cited, lines }) => [cited, lines])).toEqual([
      ['Décret n° 2017-0413 portant statut des agents', [1, 1]],
    ]);
  });

  it('read a title line broken before its date and title as one citation', async () => {
    const text = 'DÉCRET N° 0716/PR/PM/2020\ndu 14 août 2020\nportant statut des agents\n\nVu la Constitution ;\n';
    const corpus = await ingest(text, 'TD');
    expect(corpus.decrees.map(({ text: cited, lines, date, title, authority }) => ({ cited, lines, date, title, authority }))).toEqual([
      {
        cited: 'DÉCRET N° 0716/PR/PM/2020 du 14 août 2020 portant statut des agents',
        lines: [1, 3],
        date: '2020-08-14',
        title: 'portant statut des agents',
        authority: 'Président de la République',
      },
    ]);
  });
});

describe('a long line of citations', () => {
  it('costs its length: 1 MB on one line ingests in seconds, each record its own citation, output of the order of the input', async () => {
    const recitals = [
      (n: number) =>
        `Vu le décret n° 2019-${n}/PR/MEF du 12 mars 2019 portant organisation et fonctionnement des services déconcentrés du ministère de l’Économie ; `,
      (n: number) => `Vu la loi n° 2018-${n} du 1er juillet 2018 portant statut général des agents de l’État et des collectivités territoriales ; `,
      (n: number) => `Vu l’arrêté n° ${n}/MFP/SG du 04/02/2020 fixant les modalités de recrutement des agents contractuels de l’administration `,
      (n: number) => `Vu le décret n° 2-20-${n} du 3 chaoual 1441 (26 mai 2020) relatif aux attributions et à l’organisation des directions régionales ; `,
    ];
    const parts: string[] = [];
    for (let length = 0, n = 1; length < 1_000_000; n++) {
      const recital = recitals[n % recitals.length]!(n);
      parts.push(recital);
      length += recital.length;
    }
    const text = parts.join('');
    const started = performance.now();
    const corpus = await ingest(text);
    const seconds = (performance.now() - started) / 1000;
    const output = JSON.stringify(corpus).length;

    expect(corpus.decrees).toHaveLength(parts.length);
    expect(corpus.decrees.every((record) => record.lines[0] === 1 && record.lines[1] === 1 && record.text.length < 200)).toBe(true);
    expect(corpus.decrees[1]!.text).toBe('arrêté n° 2/MFP/SG du 04/02/2020 fixant les modalités de recrutement des agents contractuels de l’administration');
    expect(corpus.decrees[2]).toMatchObject({ number: '2-20-3', date: '2020-05-26' });
    expect(seconds).toBeLessThan(10);
    // Each record's text is in the record and in its history (one capture here).
    expect(output).toBeLessThan(12 * text.length);
  }, 60_000);
});
