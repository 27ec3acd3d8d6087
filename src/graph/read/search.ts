// Full-text search over statement contents and actor names, with the analyzer of the text's
// language (Arabic: Lucene's arabic analyzer, which folds letter variants and strips prefixes).
import type { Language } from '../../extract/types.ts';
import { allWordsQuery, analyzerLanguage, fulltextIndex } from './fulltext.ts';
import { actorProjection, FULL_STATEMENT, statementProjection, statementRow, type RawStatement, type StatementShape } from './projections.ts';
import { rows, type Tx } from './runner.ts';
import type { ActorHitRow, SearchRows } from './types.ts';
import { int } from './values.ts';

/** Which halves of the answer to compute (a client asking only for statements does not pay for actors), and the statements' shape. */
export interface SearchParts {
  actors: boolean;
  statements: boolean;
  shape?: StatementShape;
}

export async function searchGraph(
  tx: Tx,
  text: string,
  language: Language | null,
  limit: number,
  parts: SearchParts = { actors: true, statements: true },
): Promise<SearchRows> {
  const query = allWordsQuery(text);
  if (!query) return { actors: [], statements: [] };
  const lang = language ?? analyzerLanguage(text);
  const actors = !parts.actors ? [] : await rows<ActorHitRow>(
    tx,
    `CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
     RETURN score, ${actorProjection('node')} AS actor
     ORDER BY score DESC, node.id`,
    { index: await fulltextIndex(tx, 'actor_names', lang), query, limit: int(limit) },
  );
  const statements = !parts.statements ? [] : await rows<{ score: number; statement: RawStatement }>(
    tx,
    `CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
     RETURN score, ${statementProjection('node', parts.shape ?? FULL_STATEMENT)} AS statement
     ORDER BY score DESC, node.id`,
    { index: await fulltextIndex(tx, 'statement_content', lang), query, limit: int(limit) },
  );
  return { actors, statements: statements.map((hit) => ({ score: hit.score, statement: statementRow(hit.statement, parts.shape ?? FULL_STATEMENT) })) };
}
