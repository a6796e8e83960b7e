/**
 * `npm run evaluate:ingest -- DIR [--json FILE] [--min-f1 X] [--misses]`: the ingestion measured
 * against hand annotations. Each `.txt` of DIR is ingested on its own, with the `.yaml` beside it
 * or else metadata taken from its annotation (`.json`, the corpus-dev format), and its records
 * are scored against the annotation (src/evaluate/score-records.ts). Prints a table per text, the
 * overall table and the texts that stopped; exit 1 when --min-f1 is not met, 2 on bad usage.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { VFile } from 'vfile';
import { stringify } from 'yaml';
import type { SourceRecords } from '../src/ingest/compile-records.ts';
import { ingestSources } from '../src/ingest/processor.ts';
import { Annotation, byKind, type Kind, type KindScore, kinds, rates, scoreText, sumScores } from '../src/evaluate/score-records.ts';

const usage = `Usage: npm run evaluate:ingest -- DIR [--json FILE] [--min-f1 X] [--misses]
Ingests each .txt of DIR on its own (metadata: the .yaml beside it, or else the country and
language of its annotation .json) and scores its records against the annotation.
  --json FILE   write every figure, per text and overall, as JSON
  --min-f1 X    exit 1 when the overall F1 of any annotated kind is below X (0 to 1)
  --misses      list, per text, the annotated items not found and the records that match nothing
  --help        this help`;

/** Stops on bad usage: exit 2, so that it is never taken for a score under --min-f1. */
function usageError(message: string): never {
  console.error(`evaluate:ingest: ${message}\n\n${usage}`);
  process.exit(2);
}

/** The command line, or a usage error. */
function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        'min-f1': { type: 'string' },
        misses: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}
const { values, positionals } = parseCommandLine();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length !== 1) usageError('expected one folder of annotated texts');
const dir = positionals[0]!;
const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1']);
if (minF1 !== undefined && !(values['min-f1']!.trim() !== '' && minF1 >= 0 && minF1 <= 1))
  usageError(`--min-f1 expects a number from 0 to 1, not "${values['min-f1']}"`);
if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) usageError(`${dir}: no such folder`);

const texts = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
if (texts.length === 0) usageError(`${dir}: no .txt to evaluate`);

/** Reads each text's annotation; all the problems are told before stopping. */
const annotations = new Map<string, Annotation>();
const problems: string[] = [];
for (const text of texts) {
  const path = join(dir, text.replace(/\.txt$/, '.json'));
  if (!existsSync(path)) {
    problems.push(`${path}: missing annotation for ${text}`);
    continue;
  }
  try {
    const result = Annotation.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (result.success) annotations.set(text, result.data);
    else problems.push(`${path}: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
  } catch (error) {
    problems.push(`${path}: ${(error as Error).message}`);
  }
}
if (problems.length > 0) usageError(problems.join('\n'));

/** A stopped file's fatal messages, placed on the file of DIR they concern. */
function stopMessage(file: VFile, generatedMeta: boolean): string {
  const name = basename(file.path);
  const where = name.endsWith('.yaml') && generatedMeta ? `${name} (made from the annotation)` : name;
  return file.messages
    .filter((message) => message.fatal)
    .map((message) => `${where}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`)
    .join('\n');
}

/** Ingests one text alone, in a temporary folder holding just it and its metadata. */
async function ingestAlone(text: string, annotation: Annotation): Promise<{ records?: SourceRecords; stopped?: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'sg-evaluate-'));
  try {
    copyFileSync(join(dir, text), join(folder, text));
    const yamlName = text.replace(/\.txt$/, '.yaml');
    const ownMeta = existsSync(join(dir, yamlName));
    if (ownMeta) copyFileSync(join(dir, yamlName), join(folder, yamlName));
    else {
      // Keys absent from the annotation stay absent, so that the metadata check says which.
      const meta = { country: annotation.country, language: annotation.language, title: annotation.institution ?? text.replace(/\.txt$/, '') };
      writeFileSync(join(folder, yamlName), stringify(meta));
    }
    const { results, failed } = await ingestSources(folder);
    if (failed.length > 0) return { stopped: failed.map((file) => stopMessage(file, !ownMeta)).join('\n') };
    return { records: results[0] };
  } catch (error) {
    // A fault of the ingester, not of the text: told as such, and the other texts still measured.
    return { stopped: `${text}: internal error of the ingestion: ${(error as Error).message}` };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const results: Array<{ text: string; stopped: string | null; scores: Record<Kind, KindScore> }> = [];
for (const text of texts) {
  const annotation = annotations.get(text)!;
  const { records, stopped } = await ingestAlone(text, annotation);
  results.push({ text, stopped: stopped ?? null, scores: scoreText(annotation, records) });
}
const overall = sumScores(results.map((result) => result.scores));

const rate = (value: number | null) => (value === null ? '—' : value.toFixed(3));

/** One table: a row per kind, with counts and rates. */
function table(scores: Record<Kind, KindScore>): string {
  const rows = [['kind', 'hits', 'annotated', 'extracted', 'P', 'R', 'F1']];
  for (const kind of kinds) {
    const score = scores[kind];
    const { precision, recall, f1 } = rates(score);
    rows.push([kind, String(score.hits), String(score.annotated), String(score.extracted), rate(precision), rate(recall), rate(f1)]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`)
    .join('\n');
}

/** The unmatched items of one text, kind by kind. */
function misses(scores: Record<Kind, KindScore>): string {
  const lines: string[] = [];
  for (const kind of kinds) {
    const { missed, spurious } = scores[kind];
    if (missed.length > 0) lines.push(`  ${kind} annotated, not found:`, ...missed.map((item) => `    - ${item}`));
    if (spurious.length > 0) lines.push(`  ${kind} extracted, matching nothing:`, ...spurious.map((item) => `    + ${item}`));
  }
  return lines.length > 0 ? lines.join('\n') : '  no misses';
}

for (const { text, stopped, scores } of results) {
  console.log(`${text}${stopped === null ? '' : ' (stopped: no records)'}\n${table(scores)}`);
  if (values.misses) console.log(misses(scores));
  console.log('');
}
console.log(`Overall, ${texts.length} texts\n${table(overall)}\n`);
const stoppedTexts = results.filter((result) => result.stopped !== null);
console.log(stoppedTexts.length === 0 ? 'No text stopped.' : `Stopped (${stoppedTexts.length}):`);
for (const { stopped } of stoppedTexts) console.log(stopped!.replace(/^/gmu, '  '));

if (values.json) {
  /** Counts and rates in a fixed key order; the misses only where there are texts. */
  const figures = (score: KindScore, withMisses: boolean) => ({
    hits: score.hits,
    annotated: score.annotated,
    extracted: score.extracted,
    ...rates(score),
    ...(withMisses ? { missed: score.missed, spurious: score.spurious } : {}),
  });
  const perKind = (scores: Record<Kind, KindScore>, withMisses: boolean) => byKind((kind) => figures(scores[kind], withMisses));
  const report = {
    texts: results.map(({ text, stopped, scores }) => ({ text, stopped, kinds: perKind(scores, true) })),
    overall: perKind(overall, false),
  };
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
}

if (minF1 !== undefined) {
  const below = kinds.filter((kind) => overall[kind].annotated > 0 && rates(overall[kind]).f1! < minF1);
  if (below.length > 0) {
    console.error(`\nOverall F1 below ${minF1}: ${below.map((kind) => `${kind} ${rate(rates(overall[kind]).f1)}`).join(', ')}`);
    process.exit(1);
  }
  console.log(`\nOverall F1 of every annotated kind at least ${minF1}.`);
}
