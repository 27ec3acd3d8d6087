// Full-text search over statement contents and actor names, with the analyzer of the text's
// language (Arabic: Lucene's arabic analyzer, which folds letter variants and strips prefixes).
import type { Language } from '../../extract/types.ts';
import { allWordsQuery, analyzerLanguage, fulltextIndex } from './fulltext.ts';
import { actorProjection, statementWithNeighboursProjection } from './projections.ts';
import { rows, type Tx } from './runner.ts';
import { tidy } from './statements.ts';
import type { ActorHitRow, SearchRows, StatementHitRow } from './types.ts';
import { int } from './values.ts';

export async function searchGraph(tx: Tx, text: string, language: Language | null, limit: number): Promise<SearchRows> {
  const query = allWordsQuery(text);
  if (!query) return { actors: [], statements: [] };
  const lang = language ?? analyzerLanguage(text);
  const actors = await rows<ActorHitRow>(
    tx,
    `CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
     RETURN score, ${actorProjection('node')} AS actor
     ORDER BY score DESC, node.id`,
    { index: await fulltextIndex(tx, 'actor_names', lang), query, limit: int(limit) },
  );
  const statements = await rows<StatementHitRow>(
    tx,
    `CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
     RETURN score, ${statementWithNeighboursProjection('node')} AS statement
     ORDER BY score DESC, node.id`,
    { index: await fulltextIndex(tx, 'statement_content', lang), query, limit: int(limit) },
  );
  return { actors, statements: statements.map((hit) => ({ ...hit, statement: tidy(hit.statement) })) };
}
