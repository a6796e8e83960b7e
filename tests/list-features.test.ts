/**
 * The features that weigh a list's role, one table each: lead-ins, headings, the forms items
 * open with; then whole lists through the pipeline, with the role, scores and the warning.
 */
import { describe, expect, it } from 'vitest';
import { bodyOfHeading, headingFeatures, itemForm, leadInFeatures } from '../src/ingest/list-features.ts';
import { ingestFile } from '../src/ingest/processor.ts';
import { VFile } from 'vfile';

const names = (features: Array<{ feature: string }>) => features.map((feature) => feature.feature);

describe('lead-in features', () => {
  it.each([
    ['A ce titre et sous l’autorité du Ministre, il :', ['lead-in:subject-then-list']],
    ['A cet effet, il assure les attributions suivantes :', ['lead-in:duty-words']],
    ['A ce titre, il est chargé de', ['lead-in:duty-words']],
    ['Dans ce cadre, il est de charger de :', ['lead-in:duty-words']],
    ['A ce titre, le Secrétaire Général :', ['lead-in:subject-then-list']],
    ['A ce titre, le Secrétaire général', ['lead-in:subject-then-list']],
    ['Il a les compétences suivantes :', ['lead-in:duty-words']],
    ['Il revient au SG de :', ['lead-in:duty-words']],
    ['Le Secrétariat général du Ministère comprend :', ['lead-in:composition-words']],
    ['Sont rattachés au Secrétariat Général :', ['lead-in:composition-words']],
    ['Pour mener sa mission, le Secrétaire général dispose :', ['lead-in:duty-words', 'lead-in:composition-words']],
    ['La Direction des Ressources Humaines est chargée de :', ['lead-in:duty-words', 'lead-in:another-body']],
    ['A ce titre, le Cabinet est chargé :', ['lead-in:duty-words', 'lead-in:another-body']],
    ['L’Inspection générale des services a pour mission :', ['lead-in:duty-words', 'lead-in:another-body']],
    ['Les candidats sont choisis parmi :', ['lead-in:says-no-role']],
  ])('%j', (text, expected) => {
    expect(names(leadInFeatures(text))).toEqual(expected);
  });
});

describe('heading features', () => {
  it.each([
    ['MISSIONS', ['heading:duty-words']],
    ['Attributions :', ['heading:duty-words']],
    ['CHAPITRE II : DE L’ORGANISATION', ['heading:composition-words']],
    ['Services du Secrétaire général', ['heading:composition-words']],
    ['Contacts', []],
  ])('%j', (text, expected) => {
    expect(names(headingFeatures(text))).toEqual(expected);
  });

  it.each([
    ['Direction des Affaires Financières', 'other'],
    ['3. La Cellule de communication', 'other'],
    ['CHAPITRE IV : DE L’INSPECTION GÉNÉRALE', 'other'],
    ['Le Cabinet du Ministre', 'other'],
    ['SECRÉTARIAT GÉNÉRAL', 'sg'],
    ['Attributions du Secrétaire général', 'sg'],
    ['Missions', null],
  ])('%j names the body %s', (text, body) => {
    expect(bodyOfHeading(text)).toBe(body);
  });
});

describe('the form an item opens with', () => {
  it.each([
    ['veiller à la tenue des archives ;', 'infinitive'],
    ['rédiger les comptes rendus', 'infinitive'],
    ['de préparer le budget ;', 'infinitive'],
    ['d’assurer la liaison avec les services ;', 'infinitive'],
    ['coordonne les services ;', 'finite-verb'],
    ['Supervise les programmes ;', 'finite-verb'],
    ['Suit les dossiers du département ;', 'finite-verb'],
    ['reçoit les rapports des directions ;', 'finite-verb'],
    ['Il assiste le Ministre dans ses fonctions.', 'pronoun-verb'],
    ['de la gestion du personnel ;', 'action-noun'],
    ['Le suivi des recommandations ;', 'action-noun'],
    ['La conduite des réformes ;', 'action-noun'],
    ['du contrôle des actes ;', 'action-noun'],
    ['la Direction des Archives ;', 'unit'],
    ['le Service du Courrier ;', 'unit'],
    ['d’un Bureau d’accueil ;', 'unit'],
    ['un Secrétaire général adjoint ;', 'unit'],
    ['des Conseillers techniques ;', 'unit'],
    ['les structures déconcentrées ;', 'unit'],
    ['l’Agence Nationale des Routes (ANR) ;', 'unit'],
    ['Le Secrétaire général est nommé par décret.', 'subject-sentence'],
    ['les fonctionnaires de la catégorie A ;', 'other'],
    ['CV du Secrétaire général', 'other'],
  ])('%j → %s', (text, form) => {
    expect(itemForm(text)).toBe(form);
  });
});

/** Ingests one text and returns its lists' roles, the records' kinds and the warnings. */
function ingest(text: string) {
  const file = new VFile({ path: 'x.txt', value: text });
  file.data.source = { id: 'sn/x', capture: 1, file: 'sn/x.txt', sha256: '0'.repeat(64), meta: { country: 'SN', language: 'fr', title: 'x' } };
  const { records, tree } = ingestFile(file);
  return {
    lists: tree.children.flatMap((node) => (node.type === 'list' ? [{ role: node.role, scores: node.scores, items: node.children.length }] : [])),
    attributions: records.missions.filter((mission) => mission.kind === 'attribution').map((mission) => mission.text),
    general: records.missions.filter((mission) => mission.kind === 'general').map((mission) => mission.text),
    organs: records.organs.map((organ) => organ.name),
    warnings: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`),
  };
}

describe('a list’s role, from all the evidence', () => {
  it('takes duties introduced without a colon', () => {
    const result = ingest('A ce titre, il est chargé de\n\n• tenir le fichier du personnel\n• préparer les réunions de direction\n');
    expect(result.lists).toEqual([{ role: 'attributions', scores: { attributions: 6, composition: -1 }, items: 2 }]);
    expect(result.attributions).toEqual(['tenir le fichier du personnel', 'préparer les réunions de direction']);
  });

  it('leaves another body’s duties aside', () => {
    const result = ingest('La Cellule de communication est chargée de :\n- rédiger les communiqués ;\n- gérer le site internet.\n');
    expect(result.lists).toEqual([{ role: 'other', scores: { attributions: 1, composition: -9 }, items: 2 }]);
    expect(result.attributions).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('sets aside a list whose role no evidence decides, with a warning placed on its first line', () => {
    const result = ingest('Missions\n\n- les archives ;\n- le courrier.\n');
    expect(result.lists).toEqual([{ role: 'other', scores: { attributions: 1.5, composition: 0 }, items: 2 }]);
    expect(result.warnings).toEqual(['3:1 list-role']);
  });

  it('leaves aside the duties of a unit whose section heading names it, introduced by a pronoun', () => {
    const result = ingest(
      'Secrétariat général\n\nIl est chargé de :\n- coordonner les services ;\n- suivre le budget.\n\nDirection des Archives\n\nElle est chargée de :\n- conserver les archives ;\n- gérer la documentation.\n',
    );
    expect(result.lists.map((list) => list.role)).toEqual(['attributions', 'other']);
    expect(result.attributions).toEqual(['coordonner les services ;', 'suivre le budget.']);
  });

  it('leaves aside the composition of another body, but not the services of the Secrétariat général', () => {
    expect(ingest('Le Cabinet du Ministre comprend :\n- le Chef de Cabinet ;\n- le Secrétariat particulier.\n').organs).toEqual([]);
    expect(ingest('Le ministère comprend :\n- le Cabinet ;\n- le Secrétariat général ;\n- les Directions centrales.\n').organs).toEqual([]);
    expect(ingest('Les services rattachés au Secrétariat général sont :\n- le Bureau du courrier ;\n- la Cellule juridique.\n').organs).toEqual([
      'le Bureau du courrier',
      'la Cellule juridique',
    ]);
    // Within the Secrétariat général's section, a Direction générale's units are its own.
    expect(
      ingest('DU SECRÉTARIAT GÉNÉRAL\n\nLa Direction générale des Services qui est composée de :\n• la Direction des Études ;\n• la Direction des Moyens.\n')
        .organs,
    ).toEqual(['la Direction des Études', 'la Direction des Moyens']);
  });

  it('reads units listed as prose only after a composition lead-in', () => {
    expect(ingest('Le Secrétariat général comprend : le Bureau du courrier, la Cellule juridique et le Service des archives.\n').organs).toEqual([
      'le Bureau du courrier',
      'la Cellule juridique',
      'le Service des archives',
    ]);
    expect(ingest('Article 4 : Le Secrétaire général et les Conseillers techniques sont nommés par décret.\n').organs).toEqual([]);
    expect(
      ingest(
        'Le Secrétaire général dispose, pour ses missions, d’un Bureau d’ordre, d’une Cellule juridique et du Service des archives, dont l’organisation est fixée par arrêté.\n',
      ).organs,
    ).toEqual(['d’un Bureau d’ordre', 'd’une Cellule juridique', 'du Service des archives']);
    expect(ingest('Le ministère comprend la Direction des Études et la Direction des Moyens.\n').organs).toEqual([]);
  });

  it('reads units named before the words that attach them to the Secrétariat général', () => {
    expect(ingest('Le Bureau d’ordre, la Cellule juridique et le Service des archives lui sont directement rattachés.\n').organs).toEqual([
      'Le Bureau d’ordre',
      'la Cellule juridique',
      'le Service des archives',
    ]);
  });

  it('names an organ without the person an organisation chart gives as its head', () => {
    expect(ingest('Le Secrétariat général comprend :\n- Cellule juridique : M. Amadou BA ;\n- Bureau du courrier – Mme Awa SY.\n').organs).toEqual([
      'Cellule juridique',
      'Bureau du courrier',
    ]);
    expect(
      ingest(
        'Le Secrétariat général comprend :\n- la Cellule de la qualité – Coordonnateur : Ing. Paul AKA ;\n- le Service du courrier, dirigé par un Chef de service.\n',
      ).organs,
    ).toEqual(['la Cellule de la qualité', 'le Service du courrier']);
  });

  it('leaves the deputy’s duties to the deputy', () => {
    expect(
      ingest('Le Secrétaire général est assisté d’un Secrétaire général adjoint chargé :\n- du suivi des marchés ;\n- de l’intérim.\n').attributions,
    ).toEqual([]);
  });

  it('reads a post title standing alone as the start of its holder’s section', () => {
    const result = ingest(
      'Le Cabinet\n\nIl est chargé de :\n- préparer les audiences ;\n- suivre la presse.\n\nLe Secrétaire général\n\nIl est chargé de :\n- coordonner les directions ;\n- suivre le budget.\n',
    );
    expect(result.lists.map((list) => list.role)).toEqual(['other', 'attributions']);
    expect(result.attributions).toEqual(['coordonner les directions ;', 'suivre le budget.']);
  });

  it('takes units as composition whatever the lead-in says', () => {
    const result = ingest('Pour accomplir sa mission, le Secrétaire général dispose :\n- d’un Bureau du courrier ;\n- d’une Cellule juridique.\n');
    expect(result.lists[0]!.role).toBe('composition');
    expect(result.organs).toEqual(['d’un Bureau du courrier', 'd’une Cellule juridique']);
  });

  it('ends a list at its closing item when a sentence of another form follows, and keeps that sentence as a provision', () => {
    const result = ingest(
      'Le Secrétaire général est chargé :\n• de la coordination des services ;\n• du suivi du budget.\n• Le Secrétaire général dispose du pouvoir hiérarchique sur les directeurs.\n',
    );
    expect(result.attributions).toEqual(['de la coordination des services ;', 'du suivi du budget.']);
    expect(result.general).toEqual(['Le Secrétaire général dispose du pouvoir hiérarchique sur les directeurs.']);
  });

  it('reads paragraphs of an article set as bullets as provisions, not duties', () => {
    const result = ingest('Article 4.-\n• Le Secrétariat général est placé sous l’autorité d’un Secrétaire général.\n• Il reçoit délégation de signature.\n');
    expect(result.lists[0]!.role).toBe('other');
    expect(result.attributions).toEqual([]);
    expect(result.general).toEqual(['Le Secrétariat général est placé sous l’autorité d’un Secrétaire général.', 'Il reçoit délégation de signature.']);
    expect(result.warnings).toEqual([]);
  });

  it('does not take items for duties when the sentence before them says no role', () => {
    const result = ingest(
      'Dans son discours, le nouveau Secrétaire général a présenté ses priorités :\n• renforcer la discipline ;\n• moderniser les archives.\n',
    );
    expect(result.attributions).toEqual([]);
    expect(
      ingest('Article 2 : Le Secrétaire d’Etat assiste le Ministre. Dans ce cadre, il est chargé de :\n- suivre les dossiers ;\n- représenter le Ministre.\n')
        .attributions,
    ).toEqual([]);
  });

  it('sets aside the list of people present at a meeting', () => {
    expect(ingest('Étaient présents :\n- le Secrétaire général, M. Paul BIYONG ;\n- le Directeur des Affaires Générales.\n').organs).toEqual([]);
  });

  it('sets aside a list of conditions', () => {
    const result = ingest('Les secrétaires généraux sont choisis parmi :\n- les administrateurs civils ;\n- les magistrats.\n');
    expect(result.lists).toEqual([{ role: 'other', scores: { attributions: -2, composition: -1 }, items: 2 }]);
    expect(result.warnings).toEqual([]);
  });
});
