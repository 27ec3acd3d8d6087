import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRow, StatementRow, ArticleRow, OutletRow, ActorRelationRow, StatementHitRow, ActorHitRow, SearchRows, IngestResultRow, ActorCandidateRow, ClaimRow, ClaimResponseRow } from '../../graph/read/types.ts';
import type { Connection, Edge } from '../connections.ts';
import type { Extraction as ExtractionModel, ExtractedActor as ExtractedActorModel, ExtractedStatement as ExtractedStatementModel } from '../../extract/types.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: string; output: string; }
};

export type Actor = {
  __typename?: 'Actor';
  aliases: Array<Scalars['String']['output']>;
  curated: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ActorKind;
  /** Articles that mention this actor, newest first. */
  mentionedIn: ArticleConnection;
  name: Scalars['String']['output'];
  /** Actors this actor made statements about, most statements first. */
  saidAbout: Array<ActorRelation>;
  /** Whom this actor speaks for (the Kremlin speaks for Russia). */
  speaksFor: Array<Actor>;
  /** Actors who made statements about this actor, most statements first. */
  spokenAboutBy: Array<ActorRelation>;
  /** Who speaks for this actor. */
  spokenForBy: Array<Actor>;
  /** What this actor said (as speaker). */
  statements: StatementConnection;
};


export type ActorMentionedInArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActorSaidAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActorSpokenAboutByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActorStatementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One actor a name may mean (Query.actorCandidates). */
export type ActorCandidate = {
  __typename?: 'ActorCandidate';
  actor: Actor;
  /** The first candidate: the actor every question asked with this name answers for. */
  best: Scalars['Boolean']['output'];
  /** A built-in (gazetteer) actor. */
  builtIn: Scalars['Boolean']['output'];
  matchedBy: ActorMatch;
  /** Statements the actor said, is about, is addressed to or relayed. */
  statementCount: Scalars['Int']['output'];
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  nodes: Array<Actor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorHit = {
  __typename?: 'ActorHit';
  actor: Actor;
  score: Scalars['Float']['output'];
};

export type ActorKind =
  | 'GROUP'
  | 'MEDIA'
  | 'ORGANIZATION'
  | 'OTHER'
  | 'PERSON'
  | 'STATE';

/** How a name reached an actor, best first: its id, its (folded) name, one of its aliases, or full text. */
export type ActorMatch =
  | 'ALIAS'
  /** Last resort: the actor's whole name occurs inside the asked phrase. */
  | 'FULLTEXT'
  | 'ID'
  | 'NAME';

/** An aggregated edge between two actors: the statements one made about the other. */
export type ActorRelation = {
  __typename?: 'ActorRelation';
  /** The other actor. */
  actor: Actor;
  count: Scalars['Int']['output'];
  cueTypes: Array<CueTypeCount>;
  firstDate: Maybe<Scalars['Date']['output']>;
  lastDate: Maybe<Scalars['Date']['output']>;
  /** The statements behind the edge, newest first. */
  statements: Array<Statement>;
};


/** An aggregated edge between two actors: the statements one made about the other. */
export type ActorRelationStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Article = {
  __typename?: 'Article';
  /** The extractor version (EXTRACTOR_VERSION) that produced this article's statements. */
  extractorVersion: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** When this version of the article was stored (ISO 8601, UTC). A re-import that finds the same text and extractor changes nothing, this included. */
  importedAt: Maybe<Scalars['String']['output']>;
  language: Maybe<Language>;
  mentions: Array<Actor>;
  outlet: Maybe<Outlet>;
  publishedAt: Maybe<Scalars['Date']['output']>;
  /** Where the article was read from: a file path (path:line in a JSON-lines file, path#n in a JSON array), a page URL, a feed item (feed#item id), stdin, or api. */
  source: Maybe<Scalars['String']['output']>;
  statements: StatementConnection;
  text: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};


export type ArticleStatementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  nodes: Array<Article>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  language?: InputMaybe<Language>;
  /** Articles mentioning this actor (name, alias or id). */
  mentions?: InputMaybe<Scalars['String']['input']>;
  outlet?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type ArticleInput = {
  language?: InputMaybe<Language>;
  outlet?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One utterance (what a speaker said, on a day) and the statements that report it, across articles,
 * outlets and languages. A claim with implicit: true is a proposition only known from its denial
 * ("a claim the ministry denied"): it has no report and no speaker.
 */
export type Claim = {
  __typename?: 'Claim';
  /** Actors its reports are about. */
  about: Array<Actor>;
  /** The wording of its first report. */
  content: Scalars['String']['output'];
  /** Verbatim quotations among the reports. */
  directCount: Scalars['Int']['output'];
  /** The earliest report: its article and its date (the statement's own date, else its article's). */
  firstReported: Maybe<FirstReport>;
  id: Scalars['ID']['output'];
  implicit: Scalars['Boolean']['output'];
  /** Independent sources: an agency relayed by several outlets (via) counts once. */
  independentCount: Scalars['Int']['output'];
  /** The language of its first report. */
  language: Maybe<Language>;
  /** The languages of its reports. */
  languages: Array<Language>;
  /** The date of the latest report. */
  lastDate: Maybe<Scalars['Date']['output']>;
  outletCount: Scalars['Int']['output'];
  /** The outlets that carried it, by name. */
  outlets: Array<Outlet>;
  reportCount: Scalars['Int']['output'];
  /** The statements that report it, earliest first (undated last). */
  reports: StatementConnection;
  /** Statements that deny, reject or rebut it. */
  responses: Array<ClaimResponse>;
  speaker: Maybe<Actor>;
};


/**
 * One utterance (what a speaker said, on a day) and the statements that report it, across articles,
 * outlets and languages. A claim with implicit: true is a proposition only known from its denial
 * ("a claim the ministry denied"): it has no report and no speaker.
 */
export type ClaimReportsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  nodes: Array<Claim>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  /** Name, alias or id of an actor one of the claim's reports is about. */
  about?: InputMaybe<Scalars['String']['input']>;
  /** First reported on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** A claim with a report in this language. */
  language?: InputMaybe<Language>;
  /** Carried by at least this many outlets. */
  minOutlets?: InputMaybe<Scalars['Int']['input']>;
  /** Name, alias or id of the speaker. */
  speaker?: InputMaybe<Scalars['String']['input']>;
  /** First reported on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type ClaimOrder =
  /** Most recently first reported first; undated last. */
  | 'FIRST_REPORTED_DESC'
  /** Carried by the most outlets first; then the most recently first reported; undated last. */
  | 'OUTLETS_DESC';

/** A statement answering a claim (a denial, a rejection). */
export type ClaimResponse = {
  __typename?: 'ClaimResponse';
  claim: Claim;
  /** The response's cue family (DENY, REJECT, ...). */
  cueType: CueType;
  link: ResponseLink;
  /** The match's score (1 for an antecedent, 0 for an implicit claim). */
  score: Scalars['Float']['output'];
  statement: Statement;
};

/** How something was said: the cue verb's family (said, denied, warned, ...). */
export type CueType =
  | 'ACCUSE'
  | 'ADD'
  | 'AGREE'
  | 'ANNOUNCE'
  | 'ASK'
  | 'BELIEVE'
  | 'CALL'
  | 'CLAIM'
  | 'CONDEMN'
  | 'CONFIRM'
  | 'CRITICIZE'
  | 'DENY'
  | 'DESCRIBE'
  | 'EXPLAIN'
  | 'NOTE'
  | 'PROMISE'
  | 'REJECT'
  | 'REMIND'
  | 'REPORT'
  | 'SAY'
  | 'STRESS'
  | 'THREATEN'
  | 'WARN'
  | 'WELCOME';

export type CueTypeCount = {
  __typename?: 'CueTypeCount';
  count: Scalars['Int']['output'];
  cueType: CueType;
};

export type Evidence = {
  __typename?: 'Evidence';
  end: Scalars['Int']['output'];
  sentence: Scalars['String']['output'];
  /** Offsets of the sentence in the article text. */
  start: Scalars['Int']['output'];
};

export type ExtractedActor = {
  __typename?: 'ExtractedActor';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  /** [start, end] of each mention. */
  mentions: Array<Array<Scalars['Int']['output']>>;
  name: Scalars['String']['output'];
};

export type ExtractedStatement = {
  __typename?: 'ExtractedStatement';
  about: Array<Scalars['String']['output']>;
  addressees: Array<Scalars['String']['output']>;
  content: Scalars['String']['output'];
  cue: Scalars['String']['output'];
  cueType: CueType;
  date: Maybe<Scalars['Date']['output']>;
  direct: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  parent: Maybe<Scalars['String']['output']>;
  span: Array<Scalars['Int']['output']>;
  speaker: Maybe<Scalars['String']['output']>;
  speakerText: Maybe<Scalars['String']['output']>;
  via: Array<Scalars['String']['output']>;
};

export type Extraction = {
  __typename?: 'Extraction';
  actors: Array<ExtractedActor>;
  language: Language;
  outlet: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['Date']['output']>;
  statements: Array<ExtractedStatement>;
  title: Maybe<Scalars['String']['output']>;
};

export type FirstReport = {
  __typename?: 'FirstReport';
  article: Maybe<Article>;
  date: Maybe<Scalars['Date']['output']>;
  statement: Maybe<Statement>;
};

export type Health = {
  __typename?: 'Health';
  neo4j: Scalars['Boolean']['output'];
  ok: Scalars['Boolean']['output'];
};

export type IngestOutcome =
  | 'NEW'
  | 'UNCHANGED'
  | 'UPDATED';

export type IngestResult = {
  __typename?: 'IngestResult';
  article: Article;
  outcome: IngestOutcome;
};

export type Language =
  | 'ar'
  | 'en';

export type Mutation = {
  __typename?: 'Mutation';
  addActorAlias: Actor;
  /** A statement added by hand (curated: true); the extractor never overwrites it. */
  addStatement: Statement;
  /** Deletes an article and what only it supported. False when there was no such article. */
  deleteArticle: Scalars['Boolean']['output'];
  /** Extracts and stores one article (idempotent: the same article twice changes nothing). */
  ingestArticle: IngestResult;
  ingestArticles: Array<IngestResult>;
  /** Moves every edge of the `from` actors onto `into`, keeps their names as aliases, deletes them. */
  mergeActors: Actor;
};


export type MutationAddActorAliasArgs = {
  actor: Scalars['String']['input'];
  alias: Scalars['String']['input'];
  language: InputMaybe<Language>;
};


export type MutationAddStatementArgs = {
  input: StatementInput;
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


export type MutationIngestArticlesArgs = {
  inputs: Array<ArticleInput>;
};


export type MutationMergeActorsArgs = {
  from: Array<Scalars['String']['input']>;
  into: Scalars['String']['input'];
};

export type Outlet = {
  __typename?: 'Outlet';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One actor by id, or by a name or alias in any language. Null when nothing matches. */
  actor: Maybe<Actor>;
  /**
   * Every actor a name could mean, best first (the one `actor(name:)`, `whoSaidWhatAbout` and the
   * other questions use), each with how it matched and how many statements it has: where a name is
   * ambiguous, the alternatives are here instead of a silent answer for the wrong actor.
   */
  actorCandidates: Array<ActorCandidate>;
  /** Actors, optionally searched by name (full-text, any language) and filtered by kind. */
  actors: ActorConnection;
  article: Maybe<Article>;
  articles: ArticleConnection;
  /** One claim by id. Null when there is no such claim. */
  claim: Maybe<Claim>;
  /**
   * Claims (one utterance, however many articles reported it), filtered by speaker, what they are
   * about, when they were first reported, how many outlets carried them and their language.
   */
  claims: ClaimConnection;
  /** Dry run: what the extractor finds in a text, without storing anything. */
  extract: Extraction;
  /** Whether the API and its Neo4j are reachable. */
  health: Health;
  /** Full-text search over statement contents and actor names (Arabic analyzer for Arabic text). */
  search: SearchResults;
  statement: Maybe<Statement>;
  /** The workhorse: statements filtered by who spoke, about whom, how, when and where. */
  statements: StatementConnection;
  /**
   * Who said what about an actor (a name in any language, or an id): statements about the actor or
   * addressed to it ("Putin reminded Trump that ..." counts for Trump), newest first.
   */
  whoSaidWhatAbout: StatementConnection;
};


export type QueryActorArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  name: InputMaybe<Scalars['String']['input']>;
};


export type QueryActorCandidatesArgs = {
  name: Scalars['String']['input'];
};


export type QueryActorsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind: InputMaybe<ActorKind>;
  search: InputMaybe<Scalars['String']['input']>;
};


export type QueryArticleArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  url: InputMaybe<Scalars['String']['input']>;
};


export type QueryArticlesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClaimOrder>;
};


export type QueryExtractArgs = {
  language: InputMaybe<Language>;
  publishedAt: InputMaybe<Scalars['Date']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  language: InputMaybe<Language>;
  text: Scalars['String']['input'];
};


export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};


export type QueryWhoSaidWhatAboutArgs = {
  about: Scalars['String']['input'];
  after: InputMaybe<Scalars['String']['input']>;
  cueType: InputMaybe<CueType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['Date']['input']>;
  language: InputMaybe<Language>;
  speaker: InputMaybe<Scalars['String']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
};

/** How a response was linked to the claim it answers. */
export type ResponseLink =
  /** The text names what is denied (a relative clause: الأمر الذي ينفيه ترامب, which Trump denies). */
  | 'ANTECEDENT'
  /** The denied proposition is reported by nobody: an implicit claim was made for it. */
  | 'IMPLICIT'
  /** Matched by speaker, actors, wording and date across articles. */
  | 'MATCH';

export type SearchResults = {
  __typename?: 'SearchResults';
  actors: Array<ActorHit>;
  statements: Array<StatementHit>;
};

export type Statement = {
  __typename?: 'Statement';
  about: Array<Actor>;
  addressees: Array<Actor>;
  article: Maybe<Article>;
  children: Array<Statement>;
  /** The claim this statement reports (null when it reports none: no speaker, or a response). */
  claim: Maybe<Claim>;
  content: Scalars['String']['output'];
  /** The cue as written (قال, denied, according to). */
  cue: Scalars['String']['output'];
  cueType: CueType;
  curated: Scalars['Boolean']['output'];
  date: Maybe<Scalars['Date']['output']>;
  /** A verbatim quotation. */
  direct: Scalars['Boolean']['output'];
  /** The sentence(s) of the article text around the statement. */
  evidence: Maybe<Evidence>;
  id: Scalars['ID']['output'];
  language: Maybe<Language>;
  /** The statement this one is nested in (the Kremlin said that Putin reminded Trump ...). */
  parent: Maybe<Statement>;
  /** The claims this statement answers (when it is a denial or rejection). */
  respondsTo: Array<ClaimResponse>;
  /** Statements that answer this statement's claim (denials, rejections). */
  responses: Array<ClaimResponse>;
  /** [start, end] of the attribution in the article text (UTF-16 offsets). */
  span: Array<Scalars['Int']['output']>;
  speaker: Maybe<Actor>;
  /** The words in the text that name the speaker. */
  speakerText: Maybe<Scalars['String']['output']>;
  via: Array<Actor>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  nodes: Array<Statement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementFilter = {
  /** Name, alias or id of an actor the statement is about. */
  about?: InputMaybe<Scalars['String']['input']>;
  addressee?: InputMaybe<Scalars['String']['input']>;
  cueType?: InputMaybe<Array<CueType>>;
  direct?: InputMaybe<Scalars['Boolean']['input']>;
  /** Statements dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  language?: InputMaybe<Language>;
  /** Outlet name or id of the article. */
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** Name, alias or id of the speaker. */
  speaker?: InputMaybe<Scalars['String']['input']>;
  /** Words in the content (full-text). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Statements dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  via?: InputMaybe<Scalars['String']['input']>;
};

export type StatementHit = {
  __typename?: 'StatementHit';
  score: Scalars['Float']['output'];
  statement: Statement;
};

export type StatementInput = {
  about?: InputMaybe<Array<Scalars['String']['input']>>;
  addressees?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The article the statement was reported in. */
  article: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  cue: Scalars['String']['input'];
  cueType: CueType;
  date?: InputMaybe<Scalars['Date']['input']>;
  direct?: InputMaybe<Scalars['Boolean']['input']>;
  /** [start, end] in the article text; found from the content when omitted. */
  span?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Name, alias or id of the speaker. */
  speaker: Scalars['String']['input'];
  via?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type StatementOrder =
  /** Oldest first; undated statements last. */
  | 'DATE_ASC'
  /** Newest first; undated statements last. */
  | 'DATE_DESC';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorCandidate: ResolverTypeWrapper<ActorCandidateRow>;
  ActorConnection: ResolverTypeWrapper<Connection<ActorRow>>;
  ActorEdge: ResolverTypeWrapper<Edge<ActorRow>>;
  ActorHit: ResolverTypeWrapper<ActorHitRow>;
  ActorKind: ActorKind;
  ActorMatch: ActorMatch;
  ActorRelation: ResolverTypeWrapper<ActorRelationRow>;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<Connection<ArticleRow>>;
  ArticleEdge: ResolverTypeWrapper<Edge<ArticleRow>>;
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimRow>;
  ClaimConnection: ResolverTypeWrapper<Connection<ClaimRow>>;
  ClaimEdge: ResolverTypeWrapper<Edge<ClaimRow>>;
  ClaimFilter: ClaimFilter;
  ClaimOrder: ClaimOrder;
  ClaimResponse: ResolverTypeWrapper<ClaimResponseRow>;
  CueType: CueType;
  CueTypeCount: ResolverTypeWrapper<CueTypeCount>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Evidence: ResolverTypeWrapper<Evidence>;
  ExtractedActor: ResolverTypeWrapper<ExtractedActorModel>;
  ExtractedStatement: ResolverTypeWrapper<ExtractedStatementModel>;
  Extraction: ResolverTypeWrapper<ExtractionModel>;
  FirstReport: ResolverTypeWrapper<ClaimRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestOutcome: IngestOutcome;
  IngestResult: ResolverTypeWrapper<IngestResultRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Language: Language;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Outlet: ResolverTypeWrapper<OutletRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResponseLink: ResponseLink;
  SearchResults: ResolverTypeWrapper<SearchRows>;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementConnection: ResolverTypeWrapper<Connection<StatementRow>>;
  StatementEdge: ResolverTypeWrapper<Edge<StatementRow>>;
  StatementFilter: StatementFilter;
  StatementHit: ResolverTypeWrapper<StatementHitRow>;
  StatementInput: StatementInput;
  StatementOrder: StatementOrder;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRow;
  ActorCandidate: ActorCandidateRow;
  ActorConnection: Connection<ActorRow>;
  ActorEdge: Edge<ActorRow>;
  ActorHit: ActorHitRow;
  ActorRelation: ActorRelationRow;
  Article: ArticleRow;
  ArticleConnection: Connection<ArticleRow>;
  ArticleEdge: Edge<ArticleRow>;
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimRow;
  ClaimConnection: Connection<ClaimRow>;
  ClaimEdge: Edge<ClaimRow>;
  ClaimFilter: ClaimFilter;
  ClaimResponse: ClaimResponseRow;
  CueTypeCount: CueTypeCount;
  Date: Scalars['Date']['output'];
  Evidence: Evidence;
  ExtractedActor: ExtractedActorModel;
  ExtractedStatement: ExtractedStatementModel;
  Extraction: ExtractionModel;
  FirstReport: ClaimRow;
  Float: Scalars['Float']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  IngestResult: IngestResultRow;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Outlet: OutletRow;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SearchResults: SearchRows;
  Statement: StatementRow;
  StatementConnection: Connection<StatementRow>;
  StatementEdge: Edge<StatementRow>;
  StatementFilter: StatementFilter;
  StatementHit: StatementHitRow;
  StatementInput: StatementInput;
  String: Scalars['String']['output'];
};

export type ActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<ActorMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  saidAbout?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<ActorSaidAboutArgs, 'first'>>;
  speaksFor?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  spokenAboutBy?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<ActorSpokenAboutByArgs, 'first'>>;
  spokenForBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ActorStatementsArgs, 'first'>>;
};

export type ActorCandidateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorCandidate'] = ResolversParentTypes['ActorCandidate']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  best?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  builtIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['ActorMatch'], ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorHit'] = ResolversParentTypes['ActorHit']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ActorRelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorRelation'] = ResolversParentTypes['ActorRelation']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cueTypes?: Resolver<Array<ResolversTypes['CueTypeCount']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<ActorRelationStatementsArgs, 'first'>>;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  extractorVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['Outlet']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ArticleStatementsArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  directCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstReported?: Resolver<Maybe<ResolversTypes['FirstReport']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implicit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  independentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outletCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outlets?: Resolver<Array<ResolversTypes['Outlet']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ClaimReportsArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['ClaimResponse']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimResponseResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimResponse'] = ResolversParentTypes['ClaimResponse']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  cueType?: Resolver<ResolversTypes['CueType'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['ResponseLink'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type CueTypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CueTypeCount'] = ResolversParentTypes['CueTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cueType?: Resolver<ResolversTypes['CueType'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExtractedActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExtractedActor'] = ResolversParentTypes['ExtractedActor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExtractedStatementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExtractedStatement'] = ResolversParentTypes['ExtractedStatement']> = {
  about?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  addressees?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cueType?: Resolver<ResolversTypes['CueType'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  span?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speakerText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExtractionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Extraction'] = ResolversParentTypes['Extraction']> = {
  actors?: Resolver<Array<ResolversTypes['ExtractedActor']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['ExtractedStatement']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FirstReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FirstReport'] = ResolversParentTypes['FirstReport']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
};

export type HealthResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  neo4j?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IngestOutcome'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addActorAlias?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationAddActorAliasArgs, 'actor' | 'alias'>>;
  addStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationAddStatementArgs, 'input'>>;
  deleteArticle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  ingestArticles?: Resolver<Array<ResolversTypes['IngestResult']>, ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'inputs'>>;
  mergeActors?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'from' | 'into'>>;
};

export type OutletResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Outlet'] = ResolversParentTypes['Outlet']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, Partial<QueryActorArgs>>;
  actorCandidates?: Resolver<Array<ResolversTypes['ActorCandidate']>, ParentType, ContextType, RequireFields<QueryActorCandidatesArgs, 'name'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, Partial<QueryArticleArgs>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first' | 'orderBy'>>;
  extract?: Resolver<ResolversTypes['Extraction'], ParentType, ContextType, RequireFields<QueryExtractArgs, 'text'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first' | 'orderBy'>>;
  whoSaidWhatAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryWhoSaidWhatAboutArgs, 'about' | 'first'>>;
};

export type SearchResultsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  actors?: Resolver<Array<ResolversTypes['ActorHit']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['StatementHit']>, ParentType, ContextType>;
};

export type StatementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  addressees?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cueType?: Resolver<ResolversTypes['CueType'], ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  respondsTo?: Resolver<Array<ResolversTypes['ClaimResponse']>, ParentType, ContextType>;
  responses?: Resolver<Array<ResolversTypes['ClaimResponse']>, ParentType, ContextType>;
  span?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  speakerText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatementHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementHit'] = ResolversParentTypes['StatementHit']> = {
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorCandidate?: ActorCandidateResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorHit?: ActorHitResolvers<ContextType>;
  ActorRelation?: ActorRelationResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimResponse?: ClaimResponseResolvers<ContextType>;
  CueTypeCount?: CueTypeCountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Evidence?: EvidenceResolvers<ContextType>;
  ExtractedActor?: ExtractedActorResolvers<ContextType>;
  ExtractedStatement?: ExtractedStatementResolvers<ContextType>;
  Extraction?: ExtractionResolvers<ContextType>;
  FirstReport?: FirstReportResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Outlet?: OutletResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementHit?: StatementHitResolvers<ContextType>;
};

