// The graph the import tests write to: the Neo4j of the integration global setup
// (test/setup/neo4j.global.ts sets NEO4J_TEST_URI/USER/PASSWORD for the run), or a dev instance
// given the same way. Tests isolate themselves by their own article URLs and clean up with
// deleteArticle, which also removes the actors only their articles kept alive.
import { connect, type Graph } from '../../src/graph/connection.ts';
import { deleteArticles as deleteArticlesInGraph } from '../../src/graph/delete-article.ts';
import { applySchema } from '../../src/graph/schema.ts';

export async function openGraph(): Promise<Graph> {
  const uri = process.env.NEO4J_TEST_URI;
  const password = process.env.NEO4J_TEST_PASSWORD;
  if (!uri || password === undefined) throw new Error('NEO4J_TEST_URI and NEO4J_TEST_PASSWORD are not set: run with `npx vitest run --project integration`');
  const graph = connect({ uri, user: process.env.NEO4J_TEST_USER ?? 'neo4j', password, database: process.env.NEO4J_TEST_DATABASE || undefined });
  await applySchema(graph);
  return graph;
}

/** A URL prefix no other test uses. */
export function uniqueBase(name: string): string {
  return `https://test.claimgraph.example/${name}/${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Ids of the articles whose URL starts with `base`. */
export async function articleIdsUnder(graph: Graph, base: string): Promise<string[]> {
  const rows = await graph.run('MATCH (a:Article) WHERE a.url STARTS WITH $base RETURN a.id AS id', { base });
  return rows.map((r) => r.id as string);
}

export async function deleteArticles(graph: Graph, ids: Iterable<string>): Promise<void> {
  await deleteArticlesInGraph(graph, [...ids]);
}

/**
 * Nodes and relationships of these articles' subgraph: the articles, their statements, the
 * actors and outlets they link, and every relationship touching their statements or articles.
 * Scoped so other tests writing to the same database do not disturb the figures.
 */
export async function subgraphCounts(graph: Graph, articleIds: string[]): Promise<{ nodes: number; relationships: number; statements: number; actors: number }> {
  const rows = await graph.run(
    `MATCH (a:Article) WHERE a.id IN $ids
     OPTIONAL MATCH (a)<-[:REPORTED_IN]-(s:Statement)
     WITH collect(DISTINCT a) AS articles, collect(DISTINCT s) AS statements
     CALL {
       WITH articles, statements
       UNWIND articles + statements AS n
       MATCH (n)-[r]-(other)
       RETURN collect(DISTINCT r) AS rels, collect(DISTINCT other) AS others
     }
     WITH articles, statements, rels, [o IN others WHERE o:Actor OR o:Outlet] AS linked
     RETURN size(articles) + size(statements) + size(linked) AS nodes, size(rels) AS relationships,
            size(statements) AS statements, size([o IN linked WHERE o:Actor]) AS actors`,
    { ids: articleIds },
  );
  const row = rows[0]!;
  return { nodes: Number(row.nodes), relationships: Number(row.relationships), statements: Number(row.statements), actors: Number(row.actors) };
}
