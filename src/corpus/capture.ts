/**
 * Filing a new capture of a source: the text as received, byte for byte, beside the earlier
 * captures as `<name>@<n>.txt`, with its metadata (the previous capture's, with the date it was
 * retrieved, its address and the name it was received under). The text is checked first
 * (encoding, the date, the address), then the whole pipeline runs with the permalink registry
 * written; when anything stops it, the capture is removed again and nothing is filed.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { stringify } from 'yaml';
import { readCorpus } from '../core/read-corpus.ts';
import { SourceMeta } from '../core/records.ts';
import { decodeText, readSources } from '../ingest/read-sources.ts';
import { type Note, type PipelineOptions, type PipelineRun, runPipeline } from './pipeline.ts';

export interface CaptureOptions extends Omit<PipelineOptions, 'register' | 'retire' | 'inspect'> {
  /** The source id: the first capture's path under the sources folder, without `.txt`. */
  id: string;
  /** The text as received. */
  file: string;
  /** When it was retrieved (YYYY-MM-DD). */
  retrieved: string;
  /** Where it was published; the previous capture's address by default. */
  url?: string;
}

/** A placed, fatal message on a file, as a stopped run. */
function refuse(file: VFile, reason: string, notes: Note[]): PipelineRun {
  try {
    file.fail(reason, { place: { line: 1, column: 1 }, ruleId: 'capture', source: 'capture' });
  } catch {
    // The message is on the file.
  }
  return { notes, stopped: reporter([file]) };
}

/** Files a capture, then runs the pipeline on every capture of every source; see the module comment. */
export async function fileCapture(options: CaptureOptions): Promise<PipelineRun & { filed: string | null }> {
  const notes: Note[] = [];
  const input = new VFile({ path: options.file, cwd: process.cwd() });
  const stop = (reason: string, on: VFile = input) => ({ ...refuse(on, reason, notes), filed: null });

  const { files } = await readSources(options.sources);
  const captures = files.filter((file) => file.data.source!.id === options.id).sort((a, b) => a.data.source!.capture - b.data.source!.capture);
  const latest = captures.at(-1)?.data.source;
  if (!latest)
    return stop(
      `Unexpected source id \`${options.id}\`: no source under ${options.sources} has it; give the id as the first capture's path under the folder without \`.txt\` (such as bj/secretariat-general)`,
    );

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(options.file));
  } catch {
    return stop(`Unexpected file \`${options.file}\`: it cannot be read; give the path of the text as received`);
  }
  try {
    decodeText(input, bytes);
  } catch {
    return { notes, stopped: reporter([input]), filed: null };
  }
  const meta = SourceMeta.safeParse({
    ...latest.meta,
    retrieved: options.retrieved,
    source_url: options.url ?? latest.meta.source_url,
    received_as: basename(options.file),
  });
  if (!meta.success) {
    const issue = meta.error.issues[0]!;
    const flag = issue.path[0] === 'retrieved' ? '--retrieved' : issue.path[0] === 'source_url' ? '--url' : String(issue.path[0]);
    return stop(`Unexpected value for \`${flag}\`: ${issue.message}; give ${flag === '--retrieved' ? 'a date, YYYY-MM-DD' : 'an address, https://…'}`);
  }
  if (latest.meta.retrieved && options.retrieved < latest.meta.retrieved)
    return stop(
      `Unexpected \`--retrieved\` ${options.retrieved}, expected ${latest.meta.retrieved} or later: capture ${latest.capture} was retrieved then; give the date this text was retrieved`,
    );

  const number = latest.capture + 1;
  const base = captures[0]!.data.source!.file.replace(/\.txt$/, '');
  const [text, yaml] = [`${base}@${number}.txt`, `${base}@${number}.yaml`];
  const header = `# Capture ${number} of ${options.id}, filed by \`npm run capture\`; the text beside it is as received.\n`;
  await writeFile(join(options.sources, text), bytes, { flag: 'wx' });
  await writeFile(join(options.sources, yaml), header + stringify(meta.data, { lineWidth: 0 }), { flag: 'wx' });

  const run = await runPipeline({ ...options, register: true });
  if (run.stopped !== null) {
    await rm(join(options.sources, text), { force: true });
    await rm(join(options.sources, yaml), { force: true });
    // The text is the input's, byte for byte: its messages are placed on the input.
    return { ...run, stopped: run.stopped.replaceAll(join(options.sources, text), options.file), filed: null };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const changes = readCorpus(join(options.out, 'corpus.json')).changes.find((entry) => entry.source === options.id && entry.to === number)!.changes;
  const counts = Object.entries(Object.groupBy(changes, (change) => change.type)).map(([type, list]) => `${list!.length} ${type}`);
  run.notes.push({
    level: 'log',
    text: [
      `Filed capture ${number} of ${options.id} as ${join(options.sources, text)} (retrieved ${options.retrieved}, SHA-256 ${sha256}).`,
      changes.length === 0 ? `No record changed since capture ${latest.capture}.` : `Since capture ${latest.capture}: ${counts.join(', ')}.`,
      ...changes.map((change) => `  ${change.type} ${change.record}`),
    ].join('\n'),
  });
  return { ...run, filed: join(options.sources, text) };
}
