/**
 * The two seed texts, ingested from content/sources: the figures the project promises, asserted
 * as literal values, then the whole corpus against its reviewed file snapshot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/core/records.ts';
import { stableJson } from '../src/core/stable-json.ts';
import { ingestFolder, root } from './helpers.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await ingestFolder(join(root, 'content/sources'));
});

const of = <T extends { country: string }>(records: T[], country: string) => records.filter((record) => record.country === country);

describe('Benin', () => {
  it('gives 11 attributions, numbered as in the source, and 4 general provisions', () => {
    const missions = of(corpus.missions, 'BJ');
    const attributions = missions.filter((mission) => mission.kind === 'attribution');
    expect(attributions.map((mission) => mission.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(attributions.map((mission) => mission.lines[0])).toEqual([9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]);
    expect(attributions[0]!.text).toBe(
      "propose en liaison avec le Cabinet les orientations stratégiques destinées à traduire la vision, les politiques et les stratégies du gouvernement, dans les secteurs d'activités relevant du Ministère ;",
    );
    expect(attributions[10]!.text).toBe('exécute toutes autres tâches à lui confiées par le Ministre dans le strict respect des lois et règlements.');
    expect(attributions[0]!.evidence.lead_in).toEqual({ text: "A ce titre et sous l'autorité du Ministre, il :", lines: [7, 7] });
    expect(missions.filter((mission) => mission.kind === 'general').map((mission) => [mission.lines, mission.text])).toEqual([
      [
        [3, 3],
        "Le Secrétariat général du Ministère est l'organe chargé de l'exécution correcte de la mission du Ministère. Il veille à l'atteinte des résultats et à la satisfaction des citoyens.",
      ],
      [[5, 5], "Il assure la continuité de l'administration du Ministère."],
      [[31, 31], "Le Secrétariat général du Ministère est dirigé par un Secrétaire général assisté d'un Secrétaire général adjoint."],
      [[33, 33], "Les Directeurs centraux, techniques, et les responsables d'organismes sous tutelle sont sous l'autorité du Secrétaire général du Ministère."],
    ]);
  });

  it('gives 8 organs', () => {
    expect(of(corpus.organs, 'BJ').map((organ) => organ.name)).toEqual([
      'le Secrétaire général du Ministère',
      'le Secrétaire général adjoint du Ministère',
      "l'Assistant du Secrétaire général du Ministère",
      'le Secrétariat administratif',
      'la Cellule juridique',
      'la Personne responsable des marchés publics',
      'la Commission de passation des marchés publics',
      'la Cellule sectorielle de pilotage de la réforme administrative et institutionnelle',
    ]);
  });

  it('gives the 2 officials, honorific split from the name, and no decree', () => {
    expect(of(corpus.officials, 'BJ').map(({ post, position, honorific, name, lines }) => ({ post, position, honorific, name, lines }))).toEqual([
      { post: 'Secrétaire Général du Ministère', position: 'secretary-general', honorific: 'Professeur', name: 'Daton MEDENOU', lines: [55, 59] },
      {
        post: 'Secrétaire Générale Adjointe du Ministère',
        position: 'deputy-secretary-general',
        honorific: 'Madame',
        name: 'Lidwine GLELE GNANSOUNOU',
        lines: [63, 67],
      },
    ]);
    expect(of(corpus.decrees, 'BJ')).toEqual([]);
    expect(corpus.sources[0]!.set_aside.find((entry) => entry.line === 57)).toMatchObject({ text: 'sgm.jpg', rule: 'chrome:image' });
  });

  it('leaves the ministry unset and records the checksum', () => {
    expect(corpus.sources[0]).toMatchObject({
      id: 'bj/secretariat-general',
      ministry: null,
      sha256: 'c0f5b7d8a1cff7947062a6ba7f4ab7717a4c44caac49be3c5a1af6cea09c0da9',
    });
  });
});

describe('Mali', () => {
  it('gives 15 attributions and 1 general mission', () => {
    const missions = of(corpus.missions, 'ML');
    expect(missions.filter((mission) => mission.kind === 'attribution').map((mission) => mission.ordinal)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    expect(missions.filter((mission) => mission.kind === 'general').map((mission) => mission.lines)).toEqual([[15, 15]]);
    expect(missions.at(-1)!.text).toBe('Le suivi de la bonne conservation des archives du département.');
  });

  it('flags the phrase repeated in item 4, and nothing else', () => {
    const flagged = of(corpus.missions, 'ML').filter((mission) => mission.anomalies.length > 0);
    expect(flagged.map((mission) => [mission.ordinal, mission.anomalies.map((anomaly) => anomaly.type)])).toEqual([[4, ['repeated-phrase']]]);
    const anomaly = flagged[0]!.anomalies[0]!;
    expect(anomaly.excerpt).toBe(
      'aux rencontres avec les partenaires techniques et financiers et aux rencontres avec les partenaires techniques et financiers et',
    );
    expect(flagged[0]!.text.slice(anomaly.start, anomaly.start + anomaly.excerpt.length)).toBe(anomaly.excerpt);
  });

  it('gives the decree 94-202/PM-RM of 1994-06-03 as legal basis, and no named official', () => {
    expect(
      of(corpus.decrees, 'ML').map(({ act, number, date, title, authority, role, lines }) => ({ act, number, date, title, authority, role, lines })),
    ).toEqual([
      {
        act: 'décret',
        number: '94-202/PM-RM',
        date: '1994-06-03',
        title: 'Fixant les Règles Générales d’Organisation et de Fonctionnement des Secrétariats Généraux des Départements Ministériels',
        authority: 'Premier ministre',
        role: 'legal-basis',
        lines: [10, 10],
      },
    ]);
    expect(of(corpus.decrees, 'ML')[0]!.anomalies.map((anomaly) => [anomaly.type, anomaly.excerpt])).toEqual([['link-without-target', 'Lire le document…']]);
    expect(of(corpus.officials, 'ML')).toEqual([]);
  });

  it('sets aside the page chrome and the empty bullet with their reasons', () => {
    expect(corpus.sources[1]!.set_aside.map(({ line, rule }) => [line, rule])).toEqual([
      [1, 'chrome:country-header'],
      [3, 'chrome:motto'],
      [5, 'heading:short-line'],
      [8, 'official:post'],
      [12, 'item:marker'],
      [13, 'heading:capitals'],
      [16, 'paragraph'],
    ]);
    expect(corpus.sources[1]!.set_aside[4]!.reason).toBe('empty list item');
  });
});

describe('the seed corpus', () => {
  it('accounts for every non-blank line, and each record reproduces its source lines', () => {
    for (const source of corpus.sources) {
      const lines = readFileSync(join(root, 'content/sources', source.file), 'utf8').split(/\r\n|\r|\n/);
      const covered = new Set(source.set_aside.map((entry) => entry.line));
      const records = [...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees].filter((record) => record.source === source.id);
      for (const record of records) {
        const span = lines
          .slice(record.lines[0] - 1, record.lines[1])
          .join(' ')
          .replace(/\s+/g, ' ');
        expect(span).toContain(record.text.split(' ').slice(0, 3).join(' '));
        for (let line = record.lines[0]; line <= record.lines[1]; line++) covered.add(line);
      }
      const nonBlank = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
      expect(nonBlank.filter((line) => !covered.has(line))).toEqual([]);
    }
  });

  it('matches its reviewed form (tests/fixtures/seeds/corpus.json)', async () => {
    await expect(stableJson(corpus)).toMatchFileSnapshot('fixtures/seeds/corpus.json');
  });
});
