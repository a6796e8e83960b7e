/**
 * Captures: a source's later captures are read beside the first, checked against each other,
 * and followed record by record; `npm run capture` files one, or nothing on bad input.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Permalink } from '../src/core/records.ts';
import { readSources } from '../src/ingest/read-sources.ts';
import { ingestFolder, makeSources, meta, root, tempDir } from './helpers.ts';
import { dates, ids, laterMeta, recapturedSources, secondCapture } from './recaptures.ts';

const text = 'Le Secrétariat général est chargé de :\n- coordonner les services ;\n- préparer les dossiers du Ministre.\n';

/** The placed messages of a reading, as `file line:column rule reason`. */
async function problems(files: Record<string, string>): Promise<string[]> {
  const folder = makeSources(files);
  const { failed } = await readSources(folder);
  return failed.flatMap((file) =>
    file.messages.map((message) => `${file.path.slice(folder.length + 1)} ${message.line}:${message.column} ${message.ruleId} ${message.reason}`),
  );
}

describe('reading the captures of a source', () => {
  it('reads `<name>@<n>.txt` as capture n of `<name>`', async () => {
    const { files, failed } = await readSources(
      makeSources({ 'sn/x.txt': text, 'sn/x.yaml': meta(), 'sn/x@2.txt': text, 'sn/x@2.yaml': meta('SN', 'retrieved: 2026-01-02\n') }),
    );
    expect(failed).toEqual([]);
    expect(files.map((file) => [file.data.source!.id, file.data.source!.capture, file.data.source!.file])).toEqual([
      ['sn/x', 1, 'sn/x.txt'],
      ['sn/x', 2, 'sn/x@2.txt'],
    ]);
  });

  it('refuses a gap, a capture numbered 1, another country or language, a missing or earlier date', async () => {
    const dated = (date: string) => meta('SN', `retrieved: ${date}\n`);
    expect(await problems({ 'sn/x.txt': text, 'sn/x.yaml': meta(), 'sn/x@3.txt': text, 'sn/x@3.yaml': dated('2026-01-02') })).toEqual([
      'sn/x@3.yaml 1:1 capture Unexpected capture 3 of `sn/x` after capture 1, expected capture 2: captures are numbered without gaps; restore the missing one or renumber this one',
    ]);
    expect(await problems({ 'sn/x.txt': text, 'sn/x.yaml': meta(), 'sn/x@1.txt': text, 'sn/x@1.yaml': meta() })).toEqual([
      'sn/x.txt 1:1 source-id-collision Unexpected source id `sn/x`, also that of `sn/x@1.txt`, expected one id per text: rename one of the files so that their names differ in letters or digits (an id keeps only those, in lower case)',
      'sn/x@1.txt 1:1 capture Unexpected capture number in `sn/x@1.txt`, expected 2 or more: the first capture is `sn/x.txt`; file a new capture with `npm run capture`',
    ]);
    expect(
      await problems({ 'texts/x.txt': text, 'texts/x.yaml': meta(), 'texts/x@2.txt': text, 'texts/x@2.yaml': meta('ML', 'retrieved: 2026-01-02\n') }),
    ).toEqual(['texts/x@2.yaml 1:1 capture Unexpected country `ML` in capture 2, expected `SN` as in capture 1: a capture is the same source received again']);
    expect(
      await problems({ 'sn/x.txt': text, 'sn/x.yaml': meta(), 'sn/x@2.txt': text, 'sn/x@2.yaml': `${meta().replace('fr', 'fr-SN')}retrieved: 2026-01-02\n` }),
    ).toEqual([
      'sn/x@2.yaml 1:1 capture Unexpected language `fr-SN` in capture 2, expected `fr` as in capture 1: a translation is another source, not a capture',
    ]);
    expect(await problems({ 'sn/x.txt': text, 'sn/x.yaml': meta(), 'sn/x@2.txt': text, 'sn/x@2.yaml': meta() })).toEqual([
      'sn/x@2.yaml 1:1 capture Missing `retrieved` in capture 2: every capture after the first says when it was retrieved (YYYY-MM-DD)',
    ]);
    expect(await problems({ 'sn/x.txt': text, 'sn/x.yaml': dated('2026-03-01'), 'sn/x@2.txt': text, 'sn/x@2.yaml': dated('2026-02-01') })).toEqual([
      'sn/x@2.yaml 1:1 capture Unexpected `retrieved` 2026-02-01 in capture 2, expected 2026-03-01 or later, the date of capture 1: correct the date',
    ]);
  });
});

describe('the seed re-captured twice', async () => {
  const corpus = await ingestFolder(recapturedSources());
  const bj = corpus.sources.find((source) => source.id === 'bj/secretariat-general')!;

  it('is current in its latest capture, and keeps all three', () => {
    expect([bj.capture, bj.file, bj.retrieved]).toEqual([3, 'bj/secretariat-general@3.txt', dates.third]);
    expect(bj.captures.map((capture) => [capture.number, capture.file, capture.retrieved, capture.line_count])).toEqual([
      [1, 'bj/secretariat-general.txt', null, 67],
      [2, 'bj/secretariat-general@2.txt', dates.second, 68],
      [3, 'bj/secretariat-general@3.txt', dates.third, 68],
    ]);
    const record = corpus.missions.find((mission) => mission.id === ids.added)!;
    expect([record.source_file, record.source_sha256, record.lines]).toEqual([bj.file, bj.sha256, [11, 11]]);
  });

  it('says what changed from each capture to the next, exactly', () => {
    const brief = corpus.changes.map((entry) => ({
      ...entry,
      changes: entry.changes.map((change) => [
        change.type,
        change.record,
        change.before && [change.before.lines, change.before.position],
        change.after && [change.after.lines, change.after.position],
        change.diff?.filter((part) => part.op !== 'equal'),
      ]),
    }));
    expect(brief).toEqual([
      {
        source: 'bj/secretariat-general',
        from: 1,
        to: 2,
        changes: [
          ['added', ids.added, null, [[11, 11], 2], undefined],
          ['moved', ids.swappedA, [[11, 11], 2], [[15, 15], 4], undefined],
          ['reworded', ids.reworded, [[17, 17], 5], [[19, 19], 6], [{ op: 'insert', text: 'motivé ' }]],
          ['removed', ids.removed, [[21, 21], 7], null, undefined],
        ],
      },
      {
        source: 'bj/secretariat-general',
        from: 2,
        to: 3,
        changes: [
          [
            'reworded',
            ids.deputy,
            [[64, 68], 2],
            [[64, 68], 2],
            [
              { op: 'delete', text: 'Lidwine GLELE GNANSOUNOU' },
              { op: 'insert', text: 'Aïcha KOTO' },
            ],
          ],
        ],
      },
    ]);
    // The whitespace-only change and the other item of the swap are no change of their words or order.
    const touched = corpus.changes.flatMap((entry) => entry.changes.map((change) => change.record));
    expect(touched).not.toContain(ids.respaced);
    expect(touched).not.toContain(ids.swappedB);
  });

  it('keeps the removed record as last seen, and every record’s text in each capture', () => {
    expect(corpus.former.map((record) => [record.id, record.source_file, record.source_sha256, record.lines])).toEqual([
      [ids.removed, 'bj/secretariat-general.txt', bj.captures[0]!.sha256, [21, 21]],
    ]);
    expect(corpus.missions.some((mission) => mission.id === ids.removed)).toBe(false);
    const history = (id: string) => corpus.histories.find((entry) => entry.id === id)!;
    expect(history(ids.removed)).toMatchObject({ first_seen: 1, last_seen: 1 });
    expect(history(ids.added)).toMatchObject({ first_seen: 2, last_seen: 3 });
    expect(history(ids.reworded).versions.map((version) => [version.capture, version.lines, version.text])).toEqual([
      [1, [17, 17], 'émet un avis technique sur les dossiers soumis à l’étude et à la décision du Ministre;'.replace('’', "'")],
      [2, [19, 19], "émet un avis technique motivé sur les dossiers soumis à l'étude et à la décision du Ministre;"],
      [3, [19, 19], "émet un avis technique motivé sur les dossiers soumis à l'étude et à la décision du Ministre;"],
    ]);
    // Every record ever seen has a history: the current ones and the former one.
    const current = corpus.missions.length + corpus.organs.length + corpus.officials.length + corpus.decrees.length;
    expect(corpus.histories.length).toBe(current + corpus.former.length);
  });
});

/** Runs `npm run capture` (the script, on the Node running the tests). */
function capture(args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/capture.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run capture', () => {
  /** A sources folder with the two seeds, a registry and an output folder. */
  function workspace() {
    const sources = recapturedSources(false);
    const permalinks = join(tempDir(), 'permalinks.yaml');
    copyFileSync(join(root, 'content/permalinks.yaml'), permalinks);
    const out = join(tempDir(), 'generated');
    return { sources, permalinks, out, flags: ['--sources', sources, '--out', out, '--permalinks', permalinks] };
  }
  const received = (content: string | Uint8Array) => {
    const file = join(tempDir(), 'page.txt');
    writeFileSync(file, content);
    return file;
  };

  it('files the text as received beside the first capture, with its metadata, and registers the new record', () => {
    const { sources, permalinks, out, flags } = workspace();
    const file = received(secondCapture());
    const run = capture(['bj/secretariat-general', file, '--retrieved', dates.second, '--url', 'https://example.org/sg', ...flags]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(sources, 'bj/secretariat-general@2.txt'), 'utf8')).toBe(secondCapture());
    expect(parse(readFileSync(join(sources, 'bj/secretariat-general@2.yaml'), 'utf8'))).toEqual({
      ...parse(laterMeta(dates.second)),
      source_url: 'https://example.org/sg',
      received_as: 'page.txt',
    });
    expect(run.stdout).toContain('Since capture 1: 1 added, 1 moved, 1 reworded, 1 removed.');
    expect(run.stdout).toContain(`  removed ${ids.removed}`);
    const registry = parse(readFileSync(permalinks, 'utf8')) as Permalink[];
    expect(registry.find((entry) => entry.id === ids.added)?.status).toBe('live');
    // The removed record keeps its address: it is last seen in capture 1.
    expect(registry.find((entry) => entry.id === ids.removed)).toMatchObject({ status: 'live', last_seen: { retrieved: null } });
    expect(readdirSync(join(out, 'sources/bj')).sort()).toEqual(['secretariat-general.txt', 'secretariat-general@2.txt']);
  });

  it('files nothing on bad input, and says why, placed on the file given', () => {
    const { sources, flags } = workspace();
    const before = readdirSync(join(sources, 'bj')).sort();
    const file = received(new Uint8Array([0x4c, 0x65, 0x0a, 0xe9, 0x74, 0xe9]));
    const bytes = capture(['bj/secretariat-general', file, ...flags]);
    expect(bytes.status).toBe(1);
    expect(bytes.stderr).toContain(`${file}\n2:1 error Unexpected byte 0xe9, expected UTF-8`);
    const date = capture(['bj/secretariat-general', received(secondCapture()), '--retrieved', '10/12/2026', ...flags]);
    expect(date.stderr).toContain('1:1 error Unexpected value for `--retrieved`');
    const unknown = capture(['bj/nothing', received(secondCapture()), ...flags]);
    expect(unknown.stderr).toContain('Unexpected source id `bj/nothing`');
    const prose = received('Bienvenue sur notre site.\n\nNous contacter.\n');
    const empty = capture(['bj/secretariat-general', prose, '--retrieved', dates.second, ...flags]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain(`${prose}\n1:1 error Unexpected text with no recognisable structure`);
    expect(empty.stderr).toContain('Nothing was filed.');
    expect(readdirSync(join(sources, 'bj')).sort()).toEqual(before);
  });
});
