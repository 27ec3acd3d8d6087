// What the read modules return: plain objects (no driver types), one shape per entity. The GraphQL
// resolvers receive these (codegen maps the schema's types onto them, see codegen.ts).
import type { ActorKind, CueType, Language } from '../../extract/types.ts';
import type { KeyValue } from './keyset.ts';

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  curated: boolean;
}

/** How a name reached an actor (src/graph/read/resolve-actors.ts), best first. */
export type ActorMatch = 'ID' | 'NAME' | 'ALIAS' | 'FULLTEXT';

/** One actor a name may mean. */
export interface ActorCandidateRow {
  actor: ActorRow;
  matchedBy: ActorMatch;
  statementCount: number;
  builtIn: boolean;
  /** The first of the list: the actor the name resolves to. */
  best: boolean;
}

export interface StatementRow {
  id: string;
  content: string;
  cue: string;
  cueType: CueType;
  direct: boolean;
  date: string | null;
  start: number;
  end: number;
  language: Language | null;
  speakerText: string | null;
  curated: boolean;
  // Ids of the neighbours, fetched with the statement so that resolving them is one batched look-up
  // per request (DataLoader), not one query per row.
  speakerId: string | null;
  aboutIds: string[];
  addresseeIds: string[];
  viaIds: string[];
  articleId: string | null;
  parentId: string | null;
  /**
   * Set by list queries (pages, search): the neighbour actors and the article themselves (those the
   * query was asked for), so the API answers speaker/about/article without another query. `*Whole`:
   * whether those rows have every field (only whole rows may be cached for other uses).
   */
  neighbours?: { actors: ActorRow[]; article: ArticleRow | null; actorsWhole: boolean; articleWhole: boolean };
  /** Read with only some fields (what one selection asked for): not for caching. */
  partial?: true;
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  language: Language | null;
  publishedAt: string | null;
  // The text is not part of the row: it is large, and only `text` and `evidence` need it
  // (fetched by id, see articleTexts in articles.ts).
  outletId: string | null;
  outletName: string | null;
  // Provenance (cypher/write/articles.cypher): when and by which extractor this version was
  // stored, and where it was read from. Absent from rows read without them (a partial shape).
  /** As Neo4j prints a datetime (nanoseconds, Z); the API gives it as ISO 8601 in milliseconds. */
  importedAt?: string | null;
  extractorVersion?: string | null;
  source?: string | null;
}

export interface OutletRow {
  id: string;
  name: string;
}

/** Statements one actor made about another, aggregated: the edge and its count. */
export interface ActorRelationRow {
  /** The actor whose network this is. */
  actorId: string;
  direction: 'SAID_ABOUT' | 'SPOKEN_ABOUT_BY';
  /** The other actor. */
  otherId: string;
  /** The other actor's row, so the API answers `actor` without another query. */
  actor?: ActorRow;
  count: number;
}

/** What lies behind one edge (read only when a client asks). */
export interface RelationDetailsRow {
  cueTypes: { cueType: CueType; count: number }[];
  firstDate: string | null;
  lastDate: string | null;
  /** Newest first. */
  statementIds: string[];
}

export interface ActorHitRow {
  score: number;
  actor: ActorRow;
}

export interface StatementHitRow {
  score: number;
  statement: StatementRow;
}

export interface SearchRows {
  actors: ActorHitRow[];
  statements: StatementHitRow[];
}

export interface IngestResultRow {
  outcome: 'NEW' | 'UPDATED' | 'UNCHANGED';
  articleId: string;
}

/** One page of an ordered list: `rows` has at most `limit` items; `hasMore` says whether more follow. */
export interface Page<T> {
  rows: T[];
  /** The sort key of each row (its ordering values, the id last): what a cursor carries. */
  keys: KeyValue[][];
  hasMore: boolean;
}

/** At most `limit` rows, those after the row whose sort key is `after` (keyset pagination, keyset.ts). */
export interface PageRequest {
  limit: number;
  after: KeyValue[] | null;
}

/** A claim (cypher/write/refresh-claims.cypher keeps these summaries). */
export interface ClaimRow {
  id: string;
  speakerId: string | null;
  content: string;
  language: Language | null;
  languages: Language[];
  implicit: boolean;
  firstStatementId: string | null;
  firstArticleId: string | null;
  firstDate: string | null;
  lastDate: string | null;
  reportCount: number;
  directCount: number;
  outletCount: number;
  independentCount: number;
  aboutIds: string[];
}

/** A statement's RESPONDS_TO edge to a claim. */
export interface ClaimResponseRow {
  statementId: string;
  claimId: string;
  cueType: CueType;
  link: 'ANTECEDENT' | 'MATCH' | 'IMPLICIT';
  score: number;
}
