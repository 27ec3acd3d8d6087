// The statements of an export (`claimgraph export`, the API's /export download): every statement
// matching a filter, with what a spreadsheet row needs (speaker, about and via names, article,
// outlet), grouped by article so the caller reads each article's text once for the evidence.
//
// One query, streamed (Graph.stream): articles in date order, and for each article its matching
// statements in text order, built one article at a time by a CALL subquery. The server sorts only
// the article list; the client holds one article at a time: a million statements take the memory
// of one article (BENCHMARKS.md "Export").
import type { CueType, Language } from '../../extract/types.ts';
import type { Graph } from '../connection.ts';
import { toPlain } from './values.ts';

/** Actor filters are ids here: the caller resolves names first (as the API does). */
export interface ExportFilter {
  speakerId?: string | null;
  aboutId?: string | null;
  cueTypes?: readonly CueType[] | null;
  direct?: boolean | null;
  language?: Language | null;
  /** YYYY-MM-DD, inclusive, on statementDay(). */
  from?: string | null;
  to?: string | null;
  outletId?: string | null;
}

export interface ExportStatement {
  id: string;
  cue: string;
  cueType: CueType;
  content: string;
  direct: boolean;
  date: string | null;
  start: number;
  end: number;
  language: Language | null;
  /** The speaker actor's name, or the words the text used when no actor was resolved. */
  speaker: string | null;
  about: string[];
  via: string[];
}

export interface ExportArticle {
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null; text: string };
  outlet: string | null;
  statements: ExportStatement[];
}

/**
 * The day a statement is filed under: its own date, else its article's. (Kept in one place: a
 * stored sort date on statements can replace the expression.)
 */
export function statementDay(s: string, a: string): string {
  return `coalesce(${s}.date, ${a}.publishedAt)`;
}

/** The Cypher and parameters of an export; every value is a parameter. */
export function exportCypher(filter: ExportFilter): { cypher: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const onStatement: string[] = [];
  const anchor = filter.aboutId ? 'aboutId' : filter.speakerId ? 'speakerId' : null;
  const links = { aboutId: 'ABOUT', speakerId: 'SAID_BY' } as const;
  for (const field of ['aboutId', 'speakerId'] as const) {
    if (!filter[field]) continue;
    params[field] = filter[field];
    onStatement.push(`EXISTS { (s)-[:${links[field]}]->(:Actor {id: $${field}}) }`);
  }
  if (filter.cueTypes && filter.cueTypes.length > 0) {
    params.cueTypes = [...filter.cueTypes];
    onStatement.push('s.cueType IN $cueTypes');
  }
  if (filter.direct !== null && filter.direct !== undefined) {
    params.direct = filter.direct;
    onStatement.push('s.direct = $direct');
  }
  if (filter.language) {
    params.language = filter.language;
    onStatement.push('s.language = $language');
  }
  if (filter.from) {
    params.from = filter.from;
    onStatement.push(`${statementDay('s', 'a')} >= date($from)`);
  }
  if (filter.to) {
    params.to = filter.to;
    onStatement.push(`${statementDay('s', 'a')} <= date($to)`);
  }
  const onArticle: string[] = [];
  if (filter.outletId) {
    params.outletId = filter.outletId;
    onArticle.push('EXISTS { (a)-[:PUBLISHED_BY]->(:Outlet {id: $outletId}) }');
  }
  // An actor filter starts from the actor (indexed), not from every article.
  const articles = anchor
    ? `MATCH (:Actor {id: $${anchor}})<-[:${links[anchor]}]-(:Statement)-[:REPORTED_IN]->(a:Article)\nWITH DISTINCT a`
    : 'MATCH (a:Article)';
  const cypher = `${articles}
${onArticle.length > 0 ? `WHERE ${onArticle.join(' AND ')}\n` : ''}WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt, a.id
CALL {
  WITH a
  MATCH (a)<-[:REPORTED_IN]-(s:Statement)
${onStatement.length > 0 ? `  WHERE ${onStatement.join('\n    AND ')}\n` : ''}  WITH s ORDER BY s.start, s.id
  RETURN collect(s {.id, .cue, .cueType, .content, .direct, .date, .start, .end, .language,
    speaker: coalesce(head([(s)-[:SAID_BY]->(x:Actor) | x.name]), s.speakerText),
    about: [(s)-[:ABOUT]->(x:Actor) | x.name],
    via: [(s)-[:VIA]->(x:Actor) | x.name]}) AS statements
}
WITH a, statements WHERE size(statements) > 0
RETURN a {.id, .title, .url, .publishedAt, .text} AS article,
       head([(a)-[:PUBLISHED_BY]->(o:Outlet) | o.name]) AS outlet,
       statements`;
  return { cypher, params };
}

/** The matching statements, one article at a time, as the consumer reads them. */
export async function* exportArticles(graph: Pick<Graph, 'stream'>, filter: ExportFilter): AsyncGenerator<ExportArticle> {
  const { cypher, params } = exportCypher(filter);
  for await (const row of graph.stream(cypher, params)) yield toPlain(row) as ExportArticle;
}
