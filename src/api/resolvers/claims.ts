// Claims: `claim`, `claims`, the Claim type and the claim fields of Statement. Lists of claims
// are keyset connections (src/graph/read/claims.ts); a claim's reports are a statement list
// (statementConnection with claimId), so they share the statement shapes and the page loader;
// every neighbour (speaker, outlets, responses, the claim a statement reports) goes through the
// request's DataLoaders: a page of claims with their reports and responses is a constant number
// of queries (test/api/query-count.int.test.ts).
import { connection, listFingerprint, pageRequest } from '../connections.ts';
import { badInput } from '../errors.ts';
import type { ApiContext } from '../context.ts';
import type { ClaimResolvers, ClaimResponseResolvers, FirstReportResolvers, QueryResolvers, StatementResolvers, ClaimFilter } from '../generated/graphql.ts';
import { countClaims, findClaims, type ClaimQuery } from '../../graph/read/claims.ts';
import { actorId, orNull, present, statementConnection } from './lists.ts';

async function claimQuery(ctx: ApiContext, filter: ClaimFilter | null | undefined): Promise<ClaimQuery> {
  const f = filter ?? {};
  if (f.minOutlets !== null && f.minOutlets !== undefined && f.minOutlets < 0) throw badInput(`minOutlets must be 0 or more (got ${f.minOutlets})`);
  const [speakerId, aboutId] = await Promise.all([actorId(ctx, f.speaker), actorId(ctx, f.about)]);
  return { speakerId, aboutId, from: f.from ?? null, to: f.to ?? null, minOutlets: f.minOutlets ?? null, language: f.language ?? null };
}

export const ClaimQueries: Pick<QueryResolvers, 'claim' | 'claims'> = {
  claim: (_parent, { id }, ctx) => orNull(ctx.loaders.claim.load(id)),
  claims: async (_parent, { filter, orderBy, first, after }, ctx) => {
    const query = await claimQuery(ctx, filter);
    const order = orderBy ?? 'OUTLETS_DESC';
    const list = listFingerprint('claims', { ...query, order });
    const request = pageRequest(first, after, list);
    const page = await ctx.graph.read((tx) => findClaims(tx, query, order, request));
    for (const row of page.rows) ctx.loaders.claim.prime(row.id, row);
    return connection(page, request, list, () => ctx.graph.read((tx) => countClaims(tx, query)));
  },
};

export const Claim: ClaimResolvers = {
  speaker: (c, _args, ctx) => (c.speakerId ? orNull(ctx.loaders.actor.load(c.speakerId)) : null),
  firstReported: (c) => (c.firstArticleId || c.firstStatementId ? c : null),
  reports: (c, { first, after }, ctx, info) => statementConnection(ctx, { claimId: c.id }, 'DATE_ASC', first, after, info),
  outlets: (c, _args, ctx) => ctx.loaders.claimOutlets.load(c.id),
  about: async (c, _args, ctx) => present(await ctx.loaders.actor.loadMany(c.aboutIds)),
  responses: (c, _args, ctx) => ctx.loaders.claimResponses.load(c.id),
};

export const FirstReport: FirstReportResolvers = {
  article: (c, _args, ctx) => (c.firstArticleId ? orNull(ctx.loaders.article.load(c.firstArticleId)) : null),
  statement: (c, _args, ctx) => (c.firstStatementId ? orNull(ctx.loaders.statement.load(c.firstStatementId)) : null),
  date: (c) => c.firstDate,
};

export const ClaimResponse: ClaimResponseResolvers = {
  statement: (r, _args, ctx) => ctx.loaders.statement.load(r.statementId),
  claim: (r, _args, ctx) => ctx.loaders.claim.load(r.claimId),
};

export const StatementClaims: Pick<StatementResolvers, 'claim' | 'responses' | 'respondsTo'> = {
  claim: (s, _args, ctx) => orNull(ctx.loaders.claimOfStatement.load(s.id)),
  responses: async (s, _args, ctx) => {
    const claim = await orNull(ctx.loaders.claimOfStatement.load(s.id));
    return claim ? ctx.loaders.claimResponses.load(claim.id) : [];
  },
  respondsTo: (s, _args, ctx) => ctx.loaders.statementResponses.load(s.id),
};
