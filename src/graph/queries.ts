// The users' questions as Cypher: one file per question in cypher/queries/, readable in the Neo4j
// Browser as they are, and loaded here so the API, the Browser guide and the docs reuse the same text.
//
// A file starts with a comment header:
//   // Who said what about an actor?                          <- title (first line)
//   // Every statement about the actor, ...                   <- description (following lines)
//   // @param about = 'Trump' : the actor's name or alias     <- one line per parameter:
//                                                                name, default (a Cypher literal), help
// and the rest is the query. Every `$name` the query uses must be declared, and every declared
// parameter used, so a file and its header cannot drift apart.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { toPlain } from './read/values.ts';

export const QUERIES_DIR = path.resolve(import.meta.dirname, '../../cypher/queries');

/** A parameter default: what a Cypher literal in the header can be. */
export type ParamValue = string | number | boolean | null | ParamValue[];

export interface QueryParam {
  name: string;
  default: ParamValue;
  description: string;
}

export interface NamedQuery {
  /** The file name without the ordering prefix and extension: `01-who-said-what-about.cypher` -> `who-said-what-about`. */
  name: string;
  file: string;
  title: string;
  description: string;
  params: QueryParam[];
  /** The query without its header, ready to run with `params`. */
  cypher: string;
  /** The whole file, header included (what a Browser user pastes). */
  source: string;
}

export class QueryFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'QueryFileError';
  }
}

/** Reads every `*.cypher` file in `dir`, in file-name order (the numeric prefixes set the order). */
export async function loadQueries(dir: string = QUERIES_DIR): Promise<NamedQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(files.map(async (file) => parseQueryFile(file, await readFile(path.join(dir, file), 'utf8'))));
}

/** One query by name (`who-said-what-about`), or a clear error listing the names there are. */
export async function loadQuery(name: string, dir: string = QUERIES_DIR): Promise<NamedQuery> {
  const queries = await loadQueries(dir);
  const query = queries.find((q) => q.name === name);
  if (!query) throw new Error(`no query named "${name}"; known: ${queries.map((q) => q.name).join(', ')}`);
  return query;
}

/** The defaults, overridden by `given` (unknown names are refused rather than silently ignored). */
export function queryParams(query: NamedQuery, given: Record<string, unknown> = {}): Record<string, unknown> {
  const known = new Set(query.params.map((p) => p.name));
  const unknown = Object.keys(given).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new Error(`${query.name}: unknown parameter(s) ${unknown.join(', ')}; it takes ${[...known].join(', ') || 'none'}`);
  }
  return Object.fromEntries(query.params.map((p) => [p.name, p.name in given ? given[p.name] : p.default]));
}

const PARAM_LINE = /^@param\s+([A-Za-z_]\w*)\s*=\s*(.+)$/;

export function parseQueryFile(file: string, source: string): NamedQuery {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header: string[] = [];
  let bodyStart = 0;
  while (bodyStart < lines.length && lines[bodyStart]!.startsWith('//')) {
    header.push(lines[bodyStart]!.replace(/^\/\/\s?/, '').trim());
    bodyStart++;
  }
  const [title, ...rest] = header;
  if (!title) throw new QueryFileError(file, 'the first line must be a `// ` comment stating the question');

  const descriptionLines: string[] = [];
  const params: QueryParam[] = [];
  for (const line of rest) {
    if (line.startsWith('@param')) {
      const match = PARAM_LINE.exec(line);
      if (!match) throw new QueryFileError(file, `cannot read "${line}"; expected "@param name = <literal> : what it is"`);
      const [, name, rest] = match as unknown as [string, string, string];
      // The default runs up to the end of the literal (which may itself contain ':'), then ': help'.
      const { value, end } = parseLiteralPrefix(rest, file);
      const help = /^\s*:\s*(.+)$/.exec(rest.slice(end));
      if (!help) throw new QueryFileError(file, `@param ${name}: expected ": what it is" after the default`);
      params.push({ name, default: value, description: help[1]!.trim() });
    } else if (params.length > 0) {
      throw new QueryFileError(file, `description text after the @param lines: "${line}"`);
    } else {
      descriptionLines.push(line);
    }
  }

  const cypher = lines.slice(bodyStart).join('\n').trim();
  if (!cypher) throw new QueryFileError(file, 'no query after the header');
  checkParamsMatch(file, cypher, params);

  return {
    name: path.basename(file, '.cypher').replace(/^\d+-/, ''),
    file,
    title,
    description: descriptionLines.join(' ').replace(/\s+/g, ' ').trim(),
    params,
    cypher,
    source,
  };
}

function checkParamsMatch(file: string, cypher: string, params: QueryParam[]): void {
  const used = new Set([...withoutStringsAndComments(cypher).matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!));
  const declared = new Set(params.map((p) => p.name));
  const undeclared = [...used].filter((n) => !declared.has(n));
  const unused = [...declared].filter((n) => !used.has(n));
  if (undeclared.length > 0) throw new QueryFileError(file, `uses $${undeclared.join(', $')} without an @param line`);
  if (unused.length > 0) throw new QueryFileError(file, `declares @param ${unused.join(', ')} but never uses it`);
}

/** Blanks out string literals and comments, so a `$` inside them is not taken for a parameter. */
function withoutStringsAndComments(cypher: string): string {
  return cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
}

/**
 * The Cypher literals a default can be: 'text' or "text" (with \\ escapes), numbers, true, false,
 * null and lists of those. Anything else is an error naming the file, not a silent string.
 */
export function parseCypherLiteral(literal: string, file = '<literal>'): ParamValue {
  const { value, end } = parseLiteralPrefix(literal, file);
  if (literal.slice(end).trim() !== '') {
    throw new QueryFileError(file, `bad default ${literal}: unexpected text at character ${end + 1}`);
  }
  return value;
}

/** Parses one literal at the start of `literal`; returns it and where it ended. */
function parseLiteralPrefix(literal: string, file: string): { value: ParamValue; end: number } {
  let pos = 0;
  const fail = (what: string): never => {
    throw new QueryFileError(file, `bad default ${literal}: ${what} at character ${pos + 1}`);
  };
  const skipSpace = () => {
    while (/\s/.test(literal[pos] ?? '')) pos++;
  };
  const value = (): ParamValue => {
    skipSpace();
    const ch = literal[pos];
    if (ch === "'" || ch === '"') {
      let out = '';
      pos++;
      while (pos < literal.length && literal[pos] !== ch) {
        if (literal[pos] === '\\') {
          pos++;
          const esc = literal[pos] ?? fail('unfinished escape');
          out += ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[esc] ?? esc;
        } else {
          out += literal[pos];
        }
        pos++;
      }
      if (literal[pos] !== ch) fail('unterminated string');
      pos++;
      return out;
    }
    if (ch === '[') {
      pos++;
      const items: ParamValue[] = [];
      skipSpace();
      if (literal[pos] === ']') {
        pos++;
        return items;
      }
      for (;;) {
        items.push(value());
        skipSpace();
        if (literal[pos] === ',') pos++;
        else if (literal[pos] === ']') {
          pos++;
          return items;
        } else return fail('expected , or ]');
      }
    }
    const word = /^(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/i.exec(literal.slice(pos));
    if (!word) return fail('expected a string, number, boolean, null or list');
    pos += word[0].length;
    const lower = word[0].toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    if (lower === 'null') return null;
    return Number(word[0]);
  };
  const result = value();
  return { value: result, end: pos };
}

/** A default written back as a Cypher literal, for `:param name => <literal>` lines in the guide. */
export function toCypherLiteral(value: ParamValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(toCypherLiteral).join(', ')}]`;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  return String(value);
}

/** What running a query needs of a connection (src/graph/connection.ts `Graph` has it). */
export interface QueryRunner {
  read<T>(work: (tx: { run(cypher: string, params?: Record<string, unknown>): PromiseLike<{ records: Array<{ toObject(): Record<string, unknown> }> }> }) => Promise<T>): Promise<T>;
}

/**
 * Runs a named query in a read transaction with its defaults overridden by `given`; rows come back
 * as plain objects (integers as numbers, dates as 'YYYY-MM-DD').
 */
export async function runNamedQuery(
  graph: QueryRunner,
  query: NamedQuery,
  given: Record<string, unknown> = {},
): Promise<Array<Record<string, unknown>>> {
  const params = queryParams(query, given);
  const result = await graph.read(async (tx) => tx.run(query.cypher, params));
  return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
}

/**
 * How every cypher/queries/ file that takes an actor's name finds the actor: the resolution of
 * src/graph/read/resolve-actors.ts written in Cypher, so a file pasted into the Neo4j Browser
 * answers as the API does. The id, else a name or alias equal to the asked one once folded (the
 * folding of src/extract/normalize.ts: diacritics and tatweel dropped, alef/yaa/taa-marbuta/hamza
 * variants folded, lower case) found through the `nameKeys` text index; built-in and curated actors
 * first, then the one with more statements. Never an actor whose name merely contains the word.
 * The files spell it out (a Browser user runs the file as it is); a test holds each to this text.
 */
export function actorByNameCypher(param: string, variable: string): string {
  return `CALL () {
  WITH reduce(k = '', c IN split(toLower(trim($${param})), '') | k + CASE
         WHEN c =~ '[\\u064B-\\u065F\\u0670\\u0640\\u06D6-\\u06ED\\u200C-\\u200F\\u061C]' THEN ''
         WHEN c IN ['أ', 'إ', 'آ', 'ٱ'] THEN 'ا'
         WHEN c IN ['ى', 'ئ', 'ی'] THEN 'ي'
         WHEN c = 'ة' THEN 'ه'
         WHEN c = 'ؤ' THEN 'و'
         WHEN c = 'ک' THEN 'ك'
         WHEN c = '\\u00A0' THEN ' '
         WHEN c IN ['’', '‘'] THEN "'"
         ELSE c END) AS key
  MATCH (a:Actor) WHERE a.id = $${param} OR a.name = $${param} OR a.nameKeys CONTAINS '|' + key + '|'
  RETURN a AS ${variable}
  ORDER BY a.id = $${param} DESC, coalesce(a.builtIn, false) OR coalesce(a.curated, false) DESC,
           COUNT { MATCH (a)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(s) RETURN DISTINCT s } DESC, a.id
  LIMIT 1
}`;
}
