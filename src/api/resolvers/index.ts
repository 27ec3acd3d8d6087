import type { Resolvers } from '../generated/graphql.ts';
import { Actor, ActorRelation, Article, IngestResult, Statement } from './entities.ts';
import { Claim, ClaimQueries, ClaimResponse, FirstReport, StatementClaims } from './claims.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { DateScalar } from './scalars.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, ...ClaimQueries },
  Mutation,
  Actor,
  ActorRelation,
  Statement: { ...Statement, ...StatementClaims },
  Claim,
  ClaimResponse,
  FirstReport,
  Article,
  IngestResult,
  // Connections carry totalCount as a lazy function: only a client that asks pays for the count.
  StatementConnection: { totalCount: (c) => c.totalCount() },
  ActorConnection: { totalCount: (c) => c.totalCount() },
  ArticleConnection: { totalCount: (c) => c.totalCount() },
  ClaimConnection: { totalCount: (c) => c.totalCount() },
};
