// deleteArticle(graph, id): Promise<boolean>
//   Removes an article, its statements, and the actors and outlet that only it kept alive
//   (curated actors stay), in one transaction. false when there was no such article.
import type { GraphSession } from './write-articles.ts';
import { writeQuery } from './write-cypher.ts';

export async function deleteArticle(graph: GraphSession, id: string): Promise<boolean> {
  return graph.write(async (tx) => {
    const result = await tx.run(writeQuery('delete-article'), { id });
    return result.records[0]?.get('deleted') === true;
  });
}
