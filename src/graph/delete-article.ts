// deleteArticle(graph, id): Promise<boolean>
//   Removes an article, its statements (with their claim reports and responses), the claims left
//   empty, and the actors and outlet that only it kept alive (curated actors stay), in one
//   transaction. false when there was no such article.
// deleteArticles(graph, ids, batchSize?): Promise<string[]>
//   The same for many articles, `batchSize` articles per transaction (each batch all or nothing);
//   returns the ids that existed.
import type { GraphSession } from './write-articles.ts';
import { refreshClaims } from './write-claims.ts';
import { writeQuery } from './write-cypher.ts';

/** Articles per transaction: thousands in one outgrow Neo4j's transaction memory (seen at 10,000). */
export const DELETE_BATCH_SIZE = 200;

export async function deleteArticles(graph: GraphSession, ids: readonly string[], batchSize = DELETE_BATCH_SIZE): Promise<string[]> {
  const unique = [...new Set(ids)];
  const deleted: string[] = [];
  for (let i = 0; i < unique.length; i += batchSize) {
    const batch = unique.slice(i, i + batchSize);
    deleted.push(
      ...(await graph.write(async (tx) => {
        const result = await tx.run(writeQuery('delete-articles'), { ids: batch });
        // Claims their statements reported or answered: recomputed, or gone when left empty.
        await refreshClaims(tx, (result.records[0]?.get('previousClaims') as string[] | undefined) ?? []);
        return (result.records[0]?.get('deleted') as string[] | undefined) ?? [];
      })),
    );
  }
  return deleted;
}

export async function deleteArticle(graph: GraphSession, id: string): Promise<boolean> {
  return (await deleteArticles(graph, [id])).includes(id);
}
