/**
 * The editorial data of the comparison, in content/comparison/: the themes, the reviewed theme
 * assignments with their justification, and the reviewed cross-links. Validated on reading;
 * a problem names the file and the entry.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readYaml, YamlError } from '../core/read-yaml.ts';
import { EditorialAssignments, EditorialLink, Theme } from '../core/records.ts';

export interface Editorial {
  themes: Theme[];
  assignments: z.infer<typeof EditorialAssignments>;
  links: Array<z.infer<typeof EditorialLink>>;
}

/** Reads and checks the editorial data of a folder; a missing file counts as empty. */
export function loadEditorial(folder: string): Editorial {
  const options = { what: 'file', source: 'compare' };
  const reads = [
    readYaml(join(folder, 'themes.yaml'), z.array(Theme), { ...options, empty: [], ruleId: 'themes' }),
    readYaml(join(folder, 'assignments.yaml'), EditorialAssignments, { ...options, empty: {}, ruleId: 'assignments' }),
    readYaml(join(folder, 'links.yaml'), z.array(EditorialLink), { ...options, empty: [], ruleId: 'links' }),
  ] as const;
  const [themes, assignments, links] = reads.map((read) => {
    if (!read.ok) throw new YamlError([read.file]);
    return read.value;
  }) as [Theme[], Editorial['assignments'], Editorial['links']];
  const known = new Set<string>();
  for (const theme of themes) {
    if (known.has(theme.id)) throw new Error(`${join(folder, 'themes.yaml')}: theme \`${theme.id}\` is declared twice`);
    known.add(theme.id);
  }
  for (const [id, list] of Object.entries(assignments)) {
    for (const { theme } of list)
      if (!known.has(theme)) throw new Error(`${join(folder, 'assignments.yaml')}: ${id}: unknown theme \`${theme}\`; declare it in themes.yaml`);
  }
  links.forEach((link, index) => {
    const where = `${join(folder, 'links.yaml')}: link ${index + 1} (${link.from} → ${link.to})`;
    if (!known.has(link.theme)) throw new Error(`${where}: unknown theme \`${link.theme}\``);
    for (const end of [link.from, link.to]) {
      if (assignments[end] && !assignments[end].some((assigned) => assigned.theme === link.theme)) {
        throw new Error(`${where}: theme \`${link.theme}\` is not among the themes of ${end}; assign it, or link on a theme both share`);
      }
    }
  });
  return { themes, assignments, links };
}
