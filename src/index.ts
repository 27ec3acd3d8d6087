// The library API: `import { connect, importArticles, extract } from 'claimgraph'`.
//
//   const graph = connect({ uri: 'bolt://localhost:7687', user: 'neo4j', password: process.env.NEO4J_PASSWORD! });
//   await applySchema(graph);                                   // constraints first: idempotent
//   const summary = await importArticles(graph, readInputs(['articles.jsonl']));
//   const one = await importArticles(graph, [{ url, title, text, publishedAt: '2024-03-05' }]);
//   await graph.close();
//
// Nothing here connects or starts anything at import time.
export { connect, type Graph, type ConnectOptions } from './graph/connection.ts';
export type { ConnectionSettings } from './config.ts';
export { applySchema } from './graph/schema.ts';
export { ensureNeo4j, type ResolvedNeo4j } from './neo4j/ensure.ts';

export { extract, EXTRACTOR_VERSION, ExtractionError } from './extract/index.ts';
export type {
  Extraction,
  ExtractOptions,
  ExtractedActor,
  ExtractedStatement,
  KnownActor,
  Language,
  ActorKind,
  CueType,
  Span,
} from './extract/types.ts';

export {
  importArticles,
  type ArticleRecordInput,
  type ImportOptions,
  type ImportProgress,
  type ImportSummary,
} from './import/import-articles.ts';
export { importSamples, SAMPLES_DIR } from './import/samples.ts';
export { measureInputs, readInputs, type ReadOptions } from './ingest/index.ts';
export type { ArticleRecord, IngestItem, IngestReject, SourceRef, InputFormat, RecordDefaults } from './ingest/types.ts';

export {
  writeArticles,
  prepareArticleWrite,
  storedVersions,
  type ArticleInput,
  type ArticleOutcome,
  type ArticleWrite,
  type WriteOutcome,
} from './graph/write-articles.ts';
export { deleteArticle, deleteArticles } from './graph/delete-article.ts';
export { articleId, contentHash, statementId } from './graph/identity.ts';
