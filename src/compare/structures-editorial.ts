/**
 * The editorial data of the structures view, in content/comparison/: the taxonomy of unit
 * types (unit-types.yaml), the reviewed type of each organ (organ-types.yaml) and the rows an
 * editor corrects (structure-rows.yaml). Read with the placed YAML reader, then checked: a type
 * declared once, `other` declared, every type used declared, a row that says "none" citing the
 * record that says so. Every problem is a fatal message placed on its entry, all at once; the
 * warnings of the structures view about an entry (an organ or a record the corpus no longer
 * has) are placed the same way.
 */
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { anyFatal, readYaml } from '../core/read-yaml.ts';
import { EditorialOrganTypes, EditorialStructureRows, UnitType } from '../core/records.ts';

export interface StructuresEditorial {
  unitTypes: UnitType[];
  organTypes: EditorialOrganTypes;
  rows: EditorialStructureRows;
}

/** Nothing declared: no unit type, no review, no correction. */
export const noStructuresEditorial: StructuresEditorial = { unitTypes: [], organTypes: {}, rows: {} };

/** A warning about an entry: an organ's type, by organ id, or a row, by its path (source id, row, and the index of a record). */
export type StructuresWarning = { ruleId: string; message: string } & (
  { file: 'organ-types.yaml'; organ: string } | { file: 'structure-rows.yaml'; path: [string, ...Array<string | number>] }
);

export type StructuresEditorialRead =
  | { failed: true; files: VFile[] }
  | {
      failed: false;
      files: VFile[];
      editorial: StructuresEditorial;
      /** Adds each warning to its file, placed on its entry; returns the files that carry one. */
      warn(warnings: readonly StructuresWarning[]): VFile[];
    };

/** Reads and checks the structures' editorial data of a folder; a missing file counts as empty. */
export function loadStructuresEditorial(folder: string): StructuresEditorialRead {
  const options = { what: 'file', source: 'compare' };
  const types = readYaml(join(folder, 'unit-types.yaml'), z.array(UnitType), { ...options, empty: [], ruleId: 'unit-types' });
  const organs = readYaml(join(folder, 'organ-types.yaml'), EditorialOrganTypes, { ...options, empty: {}, ruleId: 'organ-types' });
  const rows = readYaml(join(folder, 'structure-rows.yaml'), EditorialStructureRows, { ...options, empty: {}, ruleId: 'structure-rows' });
  const files = [types.file, organs.file, rows.file];

  const declared = new Map<string, number>();
  types.value?.forEach((type, index) => {
    const first = declared.get(type.id);
    if (first === undefined) declared.set(type.id, index);
    else
      types.report(
        [index, 'id'],
        `Unexpected second declaration of unit type \`${type.id}\` (the first is on line ${types.placeOf([first]).line}): keep one entry per type`,
        {
          ruleId: 'unit-type-declared-twice',
        },
      );
  });
  if (types.ok && types.value.length > 0 && !declared.has('other'))
    types.report([], 'Missing unit type `other`, the type of an organ no other type describes: declare it', { ruleId: 'unit-type-other-missing' });
  if (types.ok) {
    for (const [organ, { type }] of Object.entries(organs.value ?? {}))
      if (!declared.has(type))
        organs.report(
          [organ, 'type'],
          `Unexpected unit type \`${type}\`, not declared in unit-types.yaml: declare it there, or use the id of a declared type`,
          {
            ruleId: 'unknown-unit-type',
          },
        );
  }
  for (const [source, cells] of Object.entries(rows.value ?? {}))
    for (const [row, cell] of Object.entries(cells))
      if (cell?.none && cell.records.length === 0)
        rows.report(
          [source, row, 'none'],
          `Unexpected \`none: true\` with no record for \`${row}\` of \`${source}\`: cite the record that says there is none`,
          {
            ruleId: 'none-without-record',
          },
        );

  if (!types.ok || !organs.ok || !rows.ok || anyFatal(files)) return { failed: true, files };
  return {
    failed: false,
    files,
    editorial: { unitTypes: types.value, organTypes: organs.value, rows: rows.value },
    warn(warnings) {
      for (const warning of warnings) {
        if (warning.file === 'organ-types.yaml') organs.report([warning.organ], warning.message, { ruleId: warning.ruleId, fatal: false, on: 'key' });
        else rows.report(warning.path, warning.message, { ruleId: warning.ruleId, fatal: false, on: warning.path.length === 1 ? 'key' : 'value' });
      }
      return files.filter((file) => file.messages.length > 0);
    },
  };
}
