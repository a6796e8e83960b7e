/**
 * `npm run build`: the whole site into dist/, in two steps. `astro build` ingests the sources as
 * `npm run ingest` does (`SG_SOURCES`, `SG_OUT`, `SG_PERMALINKS` if set), in a process of its
 * own while Vite bundles the site (`SG_INGEST`, astro.config.mjs), and renders the pages from the
 * corpus (with `SG_INCREMENTAL=1`, copying from its previous build those whose data and code
 * are unchanged); then the pages are indexed for search (scripts/search-index.ts). A step that stops stops the build,
 * with its exit code.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const steps: [string[], Record<string, string>][] = [
  [['node_modules/astro/bin/astro.mjs', 'build'], { SG_INGEST: '[]' }],
  [['scripts/search-index.ts'], {}],
];
for (const [args, env] of steps) {
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
}
