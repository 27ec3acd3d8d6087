// Shared by the resolvers that return statement and article lists: names -> ids, page -> connection.
import type { ApiContext } from '../context.ts';
import { connection, listFingerprint, pageRequest, type Connection } from '../connections.ts';
import {
  countStatements,
  findStatements,
  findStatementsWithTotal,
  PARENT,
  type StatementOrder,
  type StatementParent,
  type StatementQuery,
} from '../../graph/read/statements.ts';
import { getArgumentValues, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { childFields, selectedFieldsOf } from '../selection.ts';
import { countArticles, findArticles, type ArticleQuery } from '../../graph/read/articles.ts';
import { outletId } from '../../graph/identity.ts';
import type { ArticleRow, PageRequest, StatementRow } from '../../graph/read/types.ts';
import { FULL_STATEMENT, type StatementShape } from '../../graph/read/projections.ts';
import { statementShape } from '../statement-shape.ts';
import type { ArticleFilter, StatementFilter } from '../generated/graphql.ts';

/** An actor filter given as a name or id, as the actor's id (NOT_FOUND when no actor matches). */
export async function actorId(ctx: ApiContext, name: string | null | undefined): Promise<string | null> {
  if (name === null || name === undefined) return null;
  return (await ctx.loaders.actorByName.load(name)).id;
}

export async function statementQuery(ctx: ApiContext, filter: StatementFilter | null | undefined): Promise<StatementQuery> {
  const f = filter ?? {};
  // Resolved together: the loader batches the four names into one look-up.
  const [speakerId, aboutId, addresseeId, viaId] = await Promise.all([
    actorId(ctx, f.speaker),
    actorId(ctx, f.about),
    actorId(ctx, f.addressee),
    actorId(ctx, f.via),
  ]);
  return {
    speakerId,
    aboutId,
    addresseeId,
    viaId,
    cueTypes: f.cueType ?? null,
    direct: f.direct ?? null,
    language: f.language ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    outletId: f.outlet ? outletId(f.outlet) : null,
    text: f.text ?? null,
  };
}

export async function statementConnection(
  ctx: ApiContext,
  query: StatementQuery,
  order: StatementOrder,
  first: number | null | undefined,
  after: string | null | undefined,
  info?: GraphQLResolveInfo,
): Promise<Connection<StatementRow>> {
  const list = statementList(query, order);
  const request = pageRequest(first, after, list);
  const { shape, withTotal } = info ? statementPagePlan(info, info.fieldNodes) : { shape: FULL_STATEMENT, withTotal: false };
  const parent = parentOf(query, order);
  if (parent) {
    // An article's or a speaker's statements: batched with its siblings in a list.
    const page = await ctx.loaders.statementPages.load({ ...parent, page: request, withTotal, shape });
    primeStatements(ctx, page.rows);
    return connection(page, request, list, async () => page.total ?? ctx.graph.read((tx) => countStatements(tx, query)));
  }
  if (withTotal) {
    const page = await ctx.graph.read((tx) => findStatementsWithTotal(tx, query, order, request, shape));
    primeStatements(ctx, page.rows);
    return connection(page, request, list, async () => page.total);
  }
  const page = await ctx.graph.read((tx) => findStatements(tx, query, order, request, shape));
  primeStatements(ctx, page.rows);
  return connection(page, request, list, () => ctx.graph.read((tx) => countStatements(tx, query)));
}

/** The identity of a statement list, which its cursors are bound to (connections.ts). */
export function statementList(query: StatementQuery, order: StatementOrder): string {
  return listFingerprint('statements', { ...query, order });
}

/** The parent when the query is exactly one parent's list in its order (an article's, a speaker's, a claim's reports: PARENT). */
function parentOf(query: StatementQuery, order: StatementOrder): { parent: StatementParent; id: string } | null {
  const set = Object.entries(query).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
  if (set.length !== 1) return null;
  const [field, value] = set[0]!;
  const parent = (Object.keys(PARENT) as StatementParent[]).find((p) => PARENT[p].field === field && PARENT[p].order === order);
  return parent ? { parent, id: String(value) } : null;
}

/** What a statement connection's selection needs: the shape of its nodes, and the total or not. */
function statementPagePlan(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): { shape: StatementShape; withTotal: boolean } {
  return {
    shape: statementShape(info, nodes, [['nodes'], ['edges', 'node']]),
    withTotal: selectedFieldsOf(info, nodes).has('totalCount'),
  };
}

/**
 * Look-ahead at `statements(first, after)` under the field being resolved (an article): the page
 * to read in the parent's own query, and the key the child resolver will ask the page loader for.
 * Null when there is nothing certain to prefetch (not selected, selected twice under aliases,
 * invalid arguments: the child resolver then reports them itself).
 */
export function statementsLookahead(
  info: GraphQLResolveInfo,
  parentType: string,
): { request: PageRequest; shape: StatementShape; withTotal: boolean } | null {
  const fields = childFields(info, 'statements');
  const type = info.schema.getType(parentType);
  if (fields.length !== 1 || !isObjectType(type)) return null;
  const field = fields[0]!;
  const definition = type.getFields().statements;
  if (!definition) return null;
  let request: PageRequest;
  try {
    const args = getArgumentValues(definition, field, info.variableValues) as { first?: number | null; after?: string | null };
    // A cursor is bound to the article's own list, whose id is not known yet: no prefetch then.
    if (args.after) return null;
    request = pageRequest(args.first, null, '');
  } catch {
    return null;
  }
  return { request, ...statementPagePlan(info, [field]) };
}

export async function articleQuery(ctx: ApiContext, filter: ArticleFilter | null | undefined): Promise<ArticleQuery> {
  const f = filter ?? {};
  return {
    language: f.language ?? null,
    outletId: f.outlet ? outletId(f.outlet) : null,
    from: f.from ?? null,
    to: f.to ?? null,
    mentionsActorId: await actorId(ctx, f.mentions),
  };
}

export async function articleConnection(
  ctx: ApiContext,
  query: ArticleQuery,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ArticleRow>> {
  const list = listFingerprint('articles', { ...query });
  const request = pageRequest(first, after, list);
  const page = await ctx.graph.read((tx) => findArticles(tx, query, request));
  for (const row of page.rows) ctx.loaders.article.prime(row.id, row);
  return connection(page, request, list, () => ctx.graph.read((tx) => countArticles(tx, query)));
}

/** A loader result where "not found" means null rather than an error. */
export async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (err) {
    if ((err as { extensions?: { code?: unknown } }).extensions?.code === 'NOT_FOUND') return null;
    throw err;
  }
}

/** loadMany without the misses (an edge to a node deleted meanwhile); other errors are thrown. */
export function present<T>(results: (T | Error)[]): T[] {
  const failure = results.find((r) => r instanceof Error && (r as { extensions?: { code?: unknown } }).extensions?.code !== 'NOT_FOUND');
  if (failure) throw failure;
  return results.filter((r): r is T => !(r instanceof Error));
}

/**
 * Rows of a list query carry their neighbours: priming the loaders with them answers the same
 * actors and articles elsewhere in the request from memory (and `parent`/`children` find
 * statements already read).
 */
export function primeStatements(ctx: ApiContext, rows: readonly StatementRow[]): void {
  // Only whole rows: a row read for one selection would answer another one's fields with nulls.
  for (const row of rows) {
    if (!row.partial) ctx.loaders.statement.prime(row.id, row);
    const neighbours = row.neighbours;
    if (neighbours?.actorsWhole) for (const actor of neighbours.actors) ctx.loaders.actor.prime(actor.id, actor);
    if (neighbours?.articleWhole && neighbours.article) ctx.loaders.article.prime(neighbours.article.id, neighbours.article);
  }
}
