/**
 * Step 5: post titles and names → official records. Takes a post and a name given on one line;
 * reads `post` and `name` blocks and pairs those
 * that stand together (only page chrome, such as an image file name, may come between), in
 * either order, the order being set by the first of the run. An unpaired post or name stays a
 * heading or a line set aside.
 */
import type { VFile } from 'vfile';
import { matchInlineOfficial, matchName, matchPost } from './recognisers.ts';
import { addDraft, mark, spanOf, type Block, type Root } from './tree.ts';

export function extractOfficials() {
  return (tree: Root, file: VFile): void => {
    const nodes = tree.children;
    for (const node of nodes) {
      if (node.type !== 'block' || node.kind !== 'official') continue;
      const { post, position, honorific, name } = matchInlineOfficial(node.text)!;
      addDraft(file, {
        collection: 'officials',
        lines: spanOf(node.children),
        text: node.text,
        rule: 'official:inline',
        fields: { post, position, honorific, name },
      });
    }
    for (let index = 0; index < nodes.length; index++) {
      const run: Block[] = [];
      let cursor = index;
      // A run: post or name blocks, with only chrome between them.
      while (cursor < nodes.length) {
        const node = nodes[cursor]!;
        if (node.type === 'block' && (node.kind === 'post' || node.kind === 'name')) run.push(node);
        else if (!(node.type === 'block' && node.kind === 'chrome' && run.length > 0)) break;
        cursor += 1;
      }
      if (run.length === 0) continue;
      index = cursor - 1;
      const first = run[0]!.kind;
      let at = 0;
      while (at < run.length) {
        const [a, b] = [run[at]!, run[at + 1]];
        if (a.kind === first && b && b.kind !== first) {
          const post = matchPost((a.kind === 'post' ? a : b).text)!;
          const person = matchName((a.kind === 'name' ? a : b).text)!;
          const lines = [...a.children, ...b.children];
          mark(lines, 'official', `official:${first}-first`);
          addDraft(file, {
            collection: 'officials',
            lines: spanOf(lines),
            text: `${a.text} ${b.text}`,
            rule: `official:${first}-first`,
            fields: { post: post.post, position: post.position, honorific: person.honorific, name: person.name },
          });
          at += 2;
        } else {
          a.reason = a.kind === 'post' ? 'heading: a post title with no name beside it' : 'a name with no post beside it';
          mark(a.children, a.kind === 'post' ? 'heading' : 'name', 'official:unpaired');
          at += 1;
        }
      }
    }
  };
}
