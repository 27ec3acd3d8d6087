// Field resolvers of the entity types. Every neighbour goes through the request's DataLoaders.
import { evidenceFor } from '../evidence.ts';
import { MAX_PAGE_SIZE } from '../connections.ts';
import type { ActorRelationResolvers, ActorResolvers, ArticleResolvers, IngestResultResolvers, StatementResolvers } from '../generated/graphql.ts';
import { articleConnection, orNull, present, statementConnection } from './lists.ts';
import { badInput } from '../errors.ts';
import type { ApiContext } from '../context.ts';
import type { ActorRelationRow, ActorRow, StatementRow } from '../../graph/read/types.ts';

function size(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE} (got ${n})`);
  return n;
}

export const Actor: ActorResolvers = {
  statements: (actor, { first, after }, ctx, info) => statementConnection(ctx, { speakerId: actor.id }, 'DATE_DESC', first, after, info),
  mentionedIn: (actor, { first, after }, ctx) => articleConnection(ctx, { mentionsActorId: actor.id }, first, after),
  saidAbout: async (actor, { first }, ctx) =>
    primeRelations(ctx, await ctx.loaders.relations.load({ actorId: actor.id, direction: 'SAID_ABOUT', limit: size(first, 20) })),
  spokenAboutBy: async (actor, { first }, ctx) =>
    primeRelations(ctx, await ctx.loaders.relations.load({ actorId: actor.id, direction: 'SPOKEN_ABOUT_BY', limit: size(first, 20) })),
  speaksFor: (actor, _args, ctx) => ctx.loaders.speaksFor.load(actor.id),
  spokenForBy: (actor, _args, ctx) => ctx.loaders.spokenForBy.load(actor.id),
};

/** Relations carry the other actor's row: primed, `relation.actor` needs no query. */
function primeRelations(ctx: ApiContext, relations: ActorRelationRow[]): ActorRelationRow[] {
  for (const r of relations) if (r.actor) ctx.loaders.actor.prime(r.actor.id, r.actor);
  return relations;
}

// The edge's list row has the count; what lies behind it comes from one batched look-up per request.
const details = (relation: ActorRelationRow, ctx: ApiContext) => ctx.loaders.relationDetails.load(relation);

export const ActorRelation: ActorRelationResolvers = {
  actor: (relation, _args, ctx) => ctx.loaders.actor.load(relation.otherId),
  cueTypes: async (relation, _args, ctx) => (await details(relation, ctx)).cueTypes,
  firstDate: async (relation, _args, ctx) => (await details(relation, ctx)).firstDate,
  lastDate: async (relation, _args, ctx) => (await details(relation, ctx)).lastDate,
  statements: async (relation, { first }, ctx) => {
    const ids = (await details(relation, ctx)).statementIds.slice(0, size(first, 10));
    return present(await ctx.loaders.statement.loadMany(ids));
  },
};

// Rows of list queries carry the neighbours the client selected: answered from the row itself,
// synchronously (a page of 100 statements then resolves without a promise per field); anything
// else goes through the request's DataLoaders.
function actorsOf(s: StatementRow, ids: readonly string[], ctx: ApiContext): ActorRow[] | Promise<ActorRow[]> {
  const carried = s.neighbours?.actors;
  const found = carried ? ids.map((id) => carried.find((a) => a.id === id)) : [];
  if (carried && found.every((a) => a !== undefined)) return found as ActorRow[];
  return ctx.loaders.actor.loadMany(ids).then(present);
}

export const Statement: StatementResolvers = {
  speaker: (s, _args, ctx) => {
    if (!s.speakerId) return null;
    return s.neighbours?.actors.find((a) => a.id === s.speakerId) ?? orNull(ctx.loaders.actor.load(s.speakerId));
  },
  about: (s, _args, ctx) => actorsOf(s, s.aboutIds, ctx),
  addressees: (s, _args, ctx) => actorsOf(s, s.addresseeIds, ctx),
  via: (s, _args, ctx) => actorsOf(s, s.viaIds, ctx),
  span: (s) => [s.start, s.end],
  direct: (s) => s.direct ?? false,
  cue: (s) => s.cue ?? '',
  parent: (s, _args, ctx) => (s.parentId ? orNull(ctx.loaders.statement.load(s.parentId)) : null),
  children: (s, _args, ctx) => ctx.loaders.childStatements.load(s.id),
  article: (s, _args, ctx) => {
    if (!s.articleId) return null;
    const carried = s.neighbours?.article;
    return carried?.id === s.articleId ? carried : orNull(ctx.loaders.article.load(s.articleId));
  },
  evidence: async (s, _args, ctx) => {
    if (!s.articleId) return null;
    const text = await orNull(ctx.loaders.articleText.load(s.articleId));
    return text === null ? null : evidenceFor(text, s.start, s.end);
  },
};

export const Article: ArticleResolvers = {
  text: (a, _args, ctx) => ctx.loaders.articleText.load(a.id),
  outlet: (a) => (a.outletId ? { id: a.outletId, name: a.outletName ?? a.outletId } : null),
  statements: (a, { first, after }, ctx, info) => statementConnection(ctx, { articleId: a.id }, 'POSITION', first, after, info),
  mentions: (a, _args, ctx) => ctx.loaders.articleMentions.load(a.id),
  // Neo4j prints datetimes to the nanosecond; clients parse ISO 8601 in milliseconds.
  importedAt: (a) => (a.importedAt ? new Date(a.importedAt).toISOString() : null),
  extractorVersion: (a) => a.extractorVersion ?? null,
  source: (a) => a.source ?? null,
};

export const IngestResult: IngestResultResolvers = {
  article: (r, _args, ctx) => ctx.loaders.article.load(r.articleId),
};
