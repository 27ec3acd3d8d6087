// What an Article's `source` says about where it was read from (docs/graph-model.md): the one
// string a reader of the graph needs to find the input again.
//   a file             its absolute path (a relative one means nothing once the import is over)
//   a JSON-lines line  path:line          a JSON array's record   path#n
//   a feed item        feed#id (the item's guid or Atom id), path#n when it has none
//   a page or feed URL the URL            standard input          stdin (with :line / #n)
import { isAbsolute, resolve } from 'node:path';
import type { SourceRef } from '../ingest/types.ts';

const isUrl = (file: string) => /^https?:\/\//i.test(file);

export function provenance(source: SourceRef): string {
  const where = source.file === '-' ? 'stdin' : isUrl(source.file) || isAbsolute(source.file) ? source.file : resolve(source.file);
  if (source.line !== undefined) return `${where}:${source.line}`;
  if (source.id !== undefined) return `${where}#${source.id}`;
  if (source.item !== undefined) return `${where}#${source.item}`;
  return where;
}
