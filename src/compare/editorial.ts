/**
 * The editorial data of the comparison, in content/comparison/: the themes, the reviewed theme
 * assignments with their justification, the reviewed cross-links, and the provisions reviewed
 * as having no counterpart in another country, with the reason. Validated on reading,
 * then checked for consistency (a theme declared once, every theme used declared, a link on a
 * theme both its ends carry); every problem is a fatal message placed on the entry it concerns,
 * all reported at once. The comparison's warnings about an entry are placed the same way.
 */
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { anyFatal, readYaml } from '../core/read-yaml.ts';
import { EditorialAssignments, EditorialLink, NoCounterpart, Theme } from '../core/records.ts';

export interface Editorial {
  themes: Theme[];
  assignments: z.infer<typeof EditorialAssignments>;
  links: Array<z.infer<typeof EditorialLink>>;
  unmatched: NoCounterpart[];
}

/**
 * A warning about an editorial entry: an assignment, by its attribution id; a link or a
 * no-counterpart entry, by its index (0-based); or a provision missing from both files, placed
 * on the head of no-counterpart.yaml, where its entry would go.
 */
export type EditorialWarning = { ruleId: string; message: string } & (
  { file: 'assignments.yaml'; attribution: string } | { file: 'links.yaml'; link: number } | { file: 'no-counterpart.yaml'; entry: number | null }
);

/**
 * The editorial data read from a folder: themes.yaml, assignments.yaml and links.yaml, in
 * that order, carrying their messages; when none is fatal, the data, and a way to place the
 * comparison's warnings on their entries.
 */
export type EditorialRead =
  | { failed: true; files: VFile[] }
  | {
      failed: false;
      files: VFile[];
      editorial: Editorial;
      /** Adds each warning to its file as a message placed on its entry; returns the files that carry one. */
      warn(warnings: readonly EditorialWarning[]): VFile[];
    };

/** Reads and checks the editorial data of a folder; a missing file counts as empty. */
export function loadEditorial(folder: string): EditorialRead {
  const options = { what: 'file', source: 'compare' };
  const themes = readYaml(join(folder, 'themes.yaml'), z.array(Theme), { ...options, empty: [], ruleId: 'themes' });
  const assignments = readYaml(join(folder, 'assignments.yaml'), EditorialAssignments, { ...options, empty: {}, ruleId: 'assignments' });
  const links = readYaml(join(folder, 'links.yaml'), z.array(EditorialLink), { ...options, empty: [], ruleId: 'links' });
  const unmatched = readYaml(join(folder, 'no-counterpart.yaml'), z.array(NoCounterpart), { ...options, empty: [], ruleId: 'no-counterpart' });
  const files = [themes.file, assignments.file, links.file, unmatched.file];

  // Each check runs on the files it needs that are valid, so that all the problems show at once.
  const declared = new Map<string, number>();
  themes.value?.forEach((theme, index) => {
    const first = declared.get(theme.id);
    if (first === undefined) declared.set(theme.id, index);
    else
      themes.report(
        [index, 'id'],
        `Unexpected second declaration of theme \`${theme.id}\` (the first is on line ${themes.placeOf([first]).line}): keep one entry per theme`,
        {
          ruleId: 'theme-declared-twice',
        },
      );
  });
  const unknownTheme = (theme: string) => `Unexpected theme \`${theme}\`, not declared in themes.yaml: declare it there, or use the id of a declared theme`;
  if (themes.ok) {
    for (const [id, list] of Object.entries(assignments.value ?? {}))
      list.forEach(({ theme }, index) => {
        if (!declared.has(theme)) assignments.report([id, index, 'theme'], unknownTheme(theme), { ruleId: 'unknown-theme' });
      });
  }
  links.value?.forEach((link, index) => {
    if (themes.ok && !declared.has(link.theme)) {
      links.report([index, 'theme'], unknownTheme(link.theme), { ruleId: 'unknown-theme' });
      return;
    }
    for (const end of [link.from, link.to]) {
      const endThemes = assignments.value?.[end];
      if (endThemes && !endThemes.some((assigned) => assigned.theme === link.theme))
        links.report(
          [index, 'theme'],
          `Unexpected link ${index + 1} (${link.from} → ${link.to}): theme \`${link.theme}\` is not among the themes of ${end}; assign it, or link on a theme both share`,
          { ruleId: 'link-theme-unassigned' },
        );
    }
  });

  if (!themes.ok || !assignments.ok || !links.ok || !unmatched.ok || anyFatal(files)) return { failed: true, files };
  return {
    failed: false,
    files,
    editorial: { themes: themes.value, assignments: assignments.value, links: links.value, unmatched: unmatched.value },
    warn(warnings) {
      for (const warning of warnings) {
        const [read, path] =
          warning.file === 'assignments.yaml'
            ? [assignments, [warning.attribution]]
            : warning.file === 'links.yaml'
              ? [links, [warning.link]]
              : [unmatched, warning.entry === null ? [] : [warning.entry]];
        // An assignment is placed on its attribution id, the key of its entry; a link or an entry on its entry.
        read.report(path, warning.message, { ruleId: warning.ruleId, fatal: false, on: 'key' });
      }
      return files.filter((file) => file.messages.length > 0);
    },
  };
}
