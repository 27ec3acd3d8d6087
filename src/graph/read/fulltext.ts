// Full-text (Lucene) query strings built from user text. The text always travels as a Cypher
// parameter; escaping here only keeps Lucene's own syntax (AND, quotes, wildcards) from turning a
// search for `C++ "news"` into a parse error or a different question.
import type { Language } from '../../extract/types.ts';
import { rows, type Tx } from './runner.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneEscape(text: string): string {
  return text.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`);
}

/** Every word must occur (any order): the escaped words joined with AND. Null when no word is left. */
export function allWordsQuery(text: string): string | null {
  const words = text
    .split(/\s+/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .map(luceneEscape)
    // Lowercase boolean keywords would be words, uppercase ones operators: quote every word.
    .map((w) => `"${w}"`);
  return words.length > 0 ? words.join(' AND ') : null;
}

/** The words as one phrase. Null when empty. */
export function phraseQuery(text: string): string | null {
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  return trimmed.length > 0 ? `"${luceneEscape(trimmed)}"` : null;
}

const ARABIC = /[\u0600-\u06FF]/u;

/** Which analyzer reads this text best: Arabic script -> 'ar', else 'en'. */
export function analyzerLanguage(text: string): Language {
  return ARABIC.test(text) ? 'ar' : 'en';
}

export type IndexFamily = 'actor_names' | 'statement_content';

// Which full-text indexes the database really has. docs/graph-model.md names one per language
// (`actor_names_ar`, `actor_names_en`, ...), but Neo4j refuses a second full-text index on the same
// label and property, so `CREATE ... IF NOT EXISTS` can leave only the first one. Reads use the
// index of the text's language when it exists and the other one otherwise, rather than failing.
// Looked up once a minute (one cheap SHOW query), so a schema change is picked up without a restart.
const INDEX_CACHE_MS = 60_000;
let cached: { at: number; names: Promise<Set<string>> } | undefined;

async function onlineFulltextIndexes(tx: Tx): Promise<Set<string>> {
  if (!cached || Date.now() - cached.at > INDEX_CACHE_MS) {
    const names = rows<{ name: string }>(tx, `SHOW FULLTEXT INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name`).then(
      (found) => new Set(found.map((r) => r.name)),
    );
    cached = { at: Date.now(), names };
    names.catch(() => {
      cached = undefined; // a failed look-up (Neo4j away) is not remembered
    });
  }
  return cached.names;
}

/** The indexes of a family, the preferred language's first. Throws when none exists. */
export async function fulltextIndexes(tx: Tx, family: IndexFamily, preferred: Language = 'en'): Promise<string[]> {
  const online = await onlineFulltextIndexes(tx);
  const other: Language = preferred === 'ar' ? 'en' : 'ar';
  const found = [`${family}_${preferred}`, `${family}_${other}`].filter((name) => online.has(name));
  if (found.length === 0) throw new MissingIndexError(`${family}_${preferred}`);
  return found;
}

/** The best index for text in `language`. */
export async function fulltextIndex(tx: Tx, family: IndexFamily, language: Language): Promise<string> {
  return (await fulltextIndexes(tx, family, language))[0]!;
}

export class MissingIndexError extends Error {
  constructor(index: string) {
    super(`the full-text index ${index} does not exist: run 'claimgraph schema apply'`);
    this.name = 'MissingIndexError';
  }
}
