// Cypher of the write path lives in cypher/write/*.cypher (readable, reviewable, loadable into
// the Neo4j Browser); this reads a file once and keeps it.
import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

/** The text of cypher/write/<name>.cypher. */
export function writeQuery(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../../cypher/write/${name}.cypher`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text;
}
