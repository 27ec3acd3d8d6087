// Query: thin resolvers; the questions themselves live in src/graph/read.
import type { ExtractOptions } from '../../extract/types.ts';
import { articleByUrl, articleWithStatements } from '../../graph/read/articles.ts';
import { countActors, listActors } from '../../graph/read/actors.ts';
import { graphReachable } from '../../graph/read/health.ts';
import { actorCandidates } from '../../graph/read/resolve-actors.ts';
import { searchGraph } from '../../graph/read/search.ts';
import { connection, listFingerprint, pageRequest } from '../connections.ts';
import { selectedFields } from '../selection.ts';
import { statementShape } from '../statement-shape.ts';
import { badInput } from '../errors.ts';
import type { QueryResolvers } from '../generated/graphql.ts';
import {
  articleConnection,
  articleQuery,
  orNull,
  primeStatements,
  statementConnection,
  statementQuery,
  statementsLookahead,
} from './lists.ts';

function exactlyOne(args: Record<string, unknown>, field: string): void {
  const given = Object.entries(args).filter(([, v]) => v !== null && v !== undefined);
  if (given.length !== 1) throw badInput(`${field}: give exactly one of ${Object.keys(args).join(', ')}`);
}

export const Query: QueryResolvers = {
  health: async (_parent, _args, ctx) => {
    const neo4j = await graphReachable(ctx.graph);
    return { ok: neo4j, neo4j };
  },

  actor: async (_parent, { id, name }, ctx) => {
    exactlyOne({ id, name }, 'actor');
    return id ? orNull(ctx.loaders.actor.load(id)) : orNull(ctx.loaders.actorByName.load(name!));
  },

  actorCandidates: async (_parent, { name }, ctx) => {
    const found = await ctx.graph.read((tx) => actorCandidates(tx, name));
    for (const c of found) ctx.loaders.actor.prime(c.actor.id, c.actor);
    return found;
  },

  actors: async (_parent, { search, kind, first, after }, ctx) => {
    const filter = { search: search ?? null, kind: kind ?? null };
    const list = listFingerprint('actors', filter);
    const request = pageRequest(first, after, list);
    const page = await ctx.graph.read((tx) => listActors(tx, filter, request));
    for (const row of page.rows) ctx.loaders.actor.prime(row.id, row);
    return connection(page, request, list, () => ctx.graph.read((tx) => countActors(tx, filter)));
  },

  statement: (_parent, { id }, ctx) => orNull(ctx.loaders.statement.load(id)),

  statements: async (_parent, { filter, orderBy, first, after }, ctx, info) =>
    statementConnection(ctx, await statementQuery(ctx, filter), orderBy ?? 'DATE_DESC', first, after, info),

  whoSaidWhatAbout: async (_parent, { about, speaker, cueType, language, from, to, first, after }, ctx, info) => {
    const { aboutId, ...query } = await statementQuery(ctx, { about, speaker, cueType: cueType ? [cueType] : null, language, from, to });
    // About the actor or addressed to it: "Putin reminded Trump that ..." is part of what was said about Trump.
    return statementConnection(ctx, { ...query, concernsId: aboutId }, 'DATE_DESC', first, after, info);
  },

  article: async (_parent, { id, url }, ctx, info) => {
    exactlyOne({ id, url }, 'article');
    // The usual question reads the article with its statements: one query for both.
    const lookahead = statementsLookahead(info, 'Article');
    if (lookahead) {
      const found = await ctx.graph.read((tx) => articleWithStatements(tx, id ? { id } : { url: url! }, lookahead.request, lookahead));
      if (!found) return null;
      ctx.loaders.article.prime(found.article.id, found.article);
      // Article.statements asks the page loader for exactly this key, and finds the page there.
      const { request: page, withTotal, shape } = lookahead;
      ctx.loaders.statementPages.prime({ parent: 'ARTICLE', id: found.article.id, page, withTotal, shape }, { ...found.statements, total: found.total });
      return found.article;
    }
    if (id) return orNull(ctx.loaders.article.load(id));
    return ctx.graph.read((tx) => articleByUrl(tx, url!));
  },

  articles: async (_parent, { filter, first, after }, ctx) => articleConnection(ctx, await articleQuery(ctx, filter), first, after),

  search: async (_parent, { text, language, first }, ctx, info) => {
    const { limit } = pageRequest(first, null, 'search');
    if (text.trim().length === 0) throw badInput('search: text is empty');
    const selected = selectedFields(info);
    const parts = { actors: selected.has('actors'), statements: selected.has('statements'), shape: statementShape(info, info.fieldNodes, [['statements', 'statement']]) };
    const found = await ctx.graph.read((tx) => searchGraph(tx, text, language ?? null, limit, parts));
    primeStatements(ctx, found.statements.map((hit) => hit.statement));
    return found;
  },

  extract: (_parent, { text, language, publishedAt }, ctx) => {
    const options: ExtractOptions = {};
    if (language) options.language = language;
    if (publishedAt) options.publishedAt = publishedAt;
    return ctx.extractor.extract(text, options);
  },
};
