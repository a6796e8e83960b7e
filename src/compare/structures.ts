/**
 * The structures of the corpus, source by source: for each row (who leads it, who assists, to
 * whom it answers, what is under it) the records that say it, found by the rule of
 * structure-rows.ts unless an editor wrote the row in structure-rows.yaml; and the unit type
 * of each organ of its composition, reviewed where an editor gave it in organ-types.yaml,
 * suggested from its name otherwise. Entries for organs, sources or records the corpus no
 * longer has are reported, not fatal, and the rule stands in their place.
 */
import {
  type Mission,
  type Official,
  type Organ,
  type OrganType,
  type Source,
  type Structure,
  type StructureCell,
  type StructureCitation,
  StructureRow,
  type UnitType,
} from '../core/records.ts';
import { type Candidate, ruleRows } from './structure-rows.ts';
import type { StructuresEditorial, StructuresWarning } from './structures-editorial.ts';
import { suggestUnitType } from './unit-type-rule.ts';

export interface Structures {
  unit_types: UnitType[];
  structures: Structure[];
  warnings: StructuresWarning[];
}

/** The sentences of a source the rule reads, in source order: general provisions, and each list's lead-in (cited through its first item). */
function candidatesOf(missions: Mission[], organs: Organ[]): Candidate[] {
  const found: Array<Candidate & { line: number }> = [];
  for (const mission of missions) if (mission.kind === 'general') found.push({ record: mission.id, part: 'text', text: mission.text, line: mission.lines[0] });
  const seen = new Set<string>();
  for (const item of [...missions.filter((mission) => mission.kind === 'attribution'), ...organs]) {
    const leadIn = item.evidence.lead_in;
    const key = `${item.kind} ${item.list}`;
    if (!leadIn || seen.has(key)) continue;
    seen.add(key);
    found.push({ record: item.id, part: 'lead-in', text: leadIn.text, line: leadIn.lines[0] });
  }
  return found.sort((a, b) => a.line - b.line).map(({ line: _, ...candidate }) => candidate);
}

/** What a source gave: its records, as ingestion leaves them. */
export interface SourceStructure {
  source: Source;
  missions: Mission[];
  organs: Organ[];
  officials: Official[];
}

/** Structures for every source, in the order given, with the unit types and the warnings about editorial entries. */
export function describeStructures(results: readonly SourceStructure[], editorial: StructuresEditorial): Structures {
  const warnings: StructuresWarning[] = [];
  const declared = new Set(editorial.unitTypes.map((type) => type.id));
  const records = new Map<string, Mission | Organ | Official>(
    results.flatMap((result) => [...result.missions, ...result.organs, ...result.officials]).map((record) => [record.id, record]),
  );

  /** How an editor's record is cited in a source's row, or why it cannot be. */
  const citation = (id: string, source: string): StructureCitation | string => {
    const record = records.get(id);
    if (!record || record.source !== source) return `no record \`${id}\` in \`${source}\``;
    if (record.kind !== 'attribution') return { record: id, part: 'text', cue: null };
    return record.evidence.lead_in ? { record: id, part: 'lead-in', cue: null } : `\`${id}\` is an attribution with no sentence introducing its list`;
  };

  const structures = results.map(({ source, missions, organs }): Structure => {
    const found = ruleRows(candidatesOf(missions, organs));
    const rows = StructureRow.options.map((row): StructureCell => {
      const edited = editorial.rows[source.id]?.[row];
      if (edited) {
        const cited = edited.records.map((id) => citation(id, source.id));
        const wrong = cited.findIndex((entry) => typeof entry === 'string');
        if (wrong === -1) {
          const status = edited.records.length === 0 ? 'not-described' : edited.none ? 'none' : 'described';
          return { row, status, records: cited as StructureCitation[], decided: 'editor', justification: edited.justification };
        }
        warnings.push({
          file: 'structure-rows.yaml',
          path: [source.id, row, 'records', wrong],
          ruleId: 'unknown-record',
          message: `${cited[wrong]}; update or remove the record (the rule's records stand meanwhile)`,
        });
      }
      const findings = found.get(row) ?? [];
      const status = findings.length === 0 ? 'not-described' : findings.every((finding) => finding.none) ? 'none' : 'described';
      return { row, status, records: findings.map(({ record, part, cue }) => ({ record, part, cue })), decided: 'rule', justification: null };
    });
    const types = declared.size === 0 ? [] : organs.map((organ) => organType(organ, editorial, declared));
    return { source: source.id, rows, organs: types };
  });

  for (const id of Object.keys(editorial.organTypes))
    if (!records.has(id) || records.get(id)!.kind !== 'organ')
      warnings.push({ file: 'organ-types.yaml', organ: id, ruleId: 'unknown-organ', message: `no organ \`${id}\` in the corpus; update or remove its entry` });
  const sources = new Set(results.map((result) => result.source.id));
  for (const id of Object.keys(editorial.rows))
    if (!sources.has(id))
      warnings.push({
        file: 'structure-rows.yaml',
        path: [id],
        ruleId: 'unknown-source',
        message: `no source \`${id}\` in the corpus; update or remove its entry`,
      });
  return { unit_types: editorial.unitTypes, structures, warnings };
}

/** An organ's type: the editor's, else the one its name suggests. */
function organType(organ: Organ, editorial: StructuresEditorial, declared: ReadonlySet<string>): OrganType {
  const reviewed = editorial.organTypes[organ.id];
  if (reviewed) return { organ: organ.id, type: reviewed.type, status: 'reviewed', justification: reviewed.justification, cue: null };
  const { type, cue } = suggestUnitType(organ.name, declared);
  return { organ: organ.id, type, status: 'suggested', justification: null, cue };
}
