// deleteArticle(graph, id): Promise<boolean>
//   Removes an article, its statements, and the actors and outlet that only it kept alive
//   (curated actors stay), in one transaction. false when there was no such article.
// deleteArticles(graph, ids): Promise<string[]>
//   The same for many articles in one transaction; returns the ids that existed.
import type { GraphSession } from './write-articles.ts';
import { writeQuery } from './write-cypher.ts';

export async function deleteArticles(graph: GraphSession, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return graph.write(async (tx) => {
    const result = await tx.run(writeQuery('delete-articles'), { ids: [...new Set(ids)] });
    return (result.records[0]?.get('deleted') as string[] | undefined) ?? [];
  });
}

export async function deleteArticle(graph: GraphSession, id: string): Promise<boolean> {
  return (await deleteArticles(graph, [id])).includes(id);
}
