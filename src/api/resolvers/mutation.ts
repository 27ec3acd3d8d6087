// Mutation: writes go to the importer (ingest, delete) or to src/graph/curate.ts. Authorization is
// enforced before any resolver runs (src/api/auth.ts). Caches are cleared after each write so the
// answer reflects the new state.
import { deleteArticle } from '../../graph/delete-article.ts';
import { addActorAlias, addStatement, mergeActors } from '../../graph/curate.ts';
import type { ApiContext } from '../context.ts';
import { badInput, toPublicError } from '../errors.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { ingest } from '../ingest.ts';

export const MAX_ARTICLES_PER_CALL = 100;

function clearCaches(ctx: ApiContext): void {
  for (const loader of Object.values(ctx.loaders)) loader.clearAll();
  ctx.names.clear();
}

/** Graph-layer failures (unknown actor, bad span) as public errors. */
async function curated<T>(ctx: ApiContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toPublicError(err);
  } finally {
    clearCaches(ctx);
  }
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_parent, { input }, ctx) => {
    const [result] = await curated(ctx, () => ingest(ctx.graph, [input]));
    return result!;
  },
  ingestArticles: async (_parent, { inputs }, ctx) => {
    if (inputs.length > MAX_ARTICLES_PER_CALL) throw badInput(`at most ${MAX_ARTICLES_PER_CALL} articles per call (got ${inputs.length})`);
    return curated(ctx, () => ingest(ctx.graph, inputs));
  },
  deleteArticle: (_parent, { id }, ctx) => curated(ctx, () => deleteArticle(ctx.graph, id)),
  mergeActors: (_parent, { into, from }, ctx) => curated(ctx, () => ctx.graph.write((tx) => mergeActors(tx, into, from))),
  addActorAlias: (_parent, { actor, alias, language }, ctx) =>
    curated(ctx, () => ctx.graph.write((tx) => addActorAlias(tx, actor, alias, language ?? null))),
  addStatement: async (_parent, { input }, ctx) => {
    const id = await curated(ctx, () =>
      ctx.graph.write((tx) =>
        addStatement(tx, {
          article: input.article,
          speaker: input.speaker,
          content: input.content,
          cue: input.cue,
          cueType: input.cueType,
          direct: input.direct ?? false,
          about: input.about ?? [],
          addressees: input.addressees ?? [],
          via: input.via ?? [],
          date: input.date ?? null,
          span: input.span ?? null,
        }),
      ),
    );
    return ctx.loaders.statement.load(id);
  },
};
