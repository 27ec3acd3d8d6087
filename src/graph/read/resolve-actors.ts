// The one way an actor asked for by name is found (the API, cypher/queries/ and curation all use
// it). Exact before fuzzy:
//   1. the id itself;
//   2. an actor one of whose names (name or alias) equals the asked name once folded (Arabic letter
//      variants, diacritics, tatweel, Latin case: the eval scorer's normalisation). An index look-up:
//      every actor stores its folded names as one delimited string, `nameKeys` = "|k1|k2|", with a
//      text index, so `CONTAINS "|key|"` finds whole names only;
//   3. only then full text, and only an actor whose whole name occurs in the asked phrase
//      ("الرئيس بوتين" -> بوتين), never one whose name merely contains the asked word
//      ("إيران" is not "غولد إيران").
// Among several actors of one step, built-in (gazetteer) and curated actors come first, then the
// one with more statements: a junk actor that happens to share a name never wins over Iran.
import { arabicBaseForms } from '../../extract/actors.ts';
import { NAME_KEY_SEPARATOR as SEP, nameKey } from '../identity.ts';
import { analyzerLanguage, fulltextIndex } from './fulltext.ts';
import { actorProjection } from './projections.ts';
import { rows, type Tx } from './runner.ts';
import type { ActorCandidateRow, ActorMatch, ActorRow } from './types.ts';
import { int } from './values.ts';

type ActorCandidate = Omit<ActorCandidateRow, 'best'>;

const CANDIDATES_PER_NAME = 25;

// The statements the actor said, is about, is addressed to or relayed (each once).
const STATEMENT_COUNT = (v: string) => `COUNT { MATCH (${v})<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(s) RETURN DISTINCT s }`;

interface Row {
  name: string;
  actor: ActorRow;
  builtIn: boolean;
  statementCount: number;
  fulltext: boolean;
}

/**
 * Steps 1 and 2 for many names at once ($lookups: [{name, needle: "|key|"}]). The statement count
 * walks every statement of the actor (130k for the most discussed one of a million: ~200 ms), and
 * only breaks ties: it is read when a name has several candidates, or when $countAll (the candidate
 * list shows it); a lone candidate gets 0. CASE evaluates only the branch taken.
 */
export const EXACT_LOOKUP = `UNWIND $lookups AS l
     CALL {
       WITH l
       MATCH (a:Actor {id: l.name}) RETURN a
       UNION
       WITH l
       MATCH (a:Actor) WHERE a.nameKeys CONTAINS l.needle RETURN a
       UNION
       // The name exactly as written: also finds an actor made by hand without nameKeys.
       WITH l
       MATCH (a:Actor {name: l.name}) RETURN a
     }
     WITH l, collect(a) AS found
     UNWIND found AS a
     RETURN l.name AS name, ${actorProjection('a')} AS actor, coalesce(a.builtIn, false) AS builtIn,
            CASE WHEN $countAll OR size(found) > 1 THEN ${STATEMENT_COUNT('a')} ELSE 0 END AS statementCount, false AS fulltext`;

const RANK: Record<ActorMatch, number> = { ID: 0, NAME: 1, ALIAS: 1, FULLTEXT: 2 };

/** Every candidate for each name, best first (see the module comment for the order). */
export async function actorCandidatesByNames(
  tx: Tx,
  names: readonly string[],
  options: { strict?: boolean; countAll?: boolean } = {},
): Promise<Map<string, ActorCandidate[]>> {
  const asked = [...new Set(names)].filter((n) => n.trim().length > 0);
  const exact = await rows<Row>(
    tx,
    EXACT_LOOKUP,
    { lookups: asked.map((name) => ({ name, needle: `${SEP}${nameKey(name)}${SEP}` })), countAll: options.countAll ?? false },
  );
  const found = new Map<string, ActorCandidate[]>(asked.map((n) => [n, []]));
  for (const row of exact) found.get(row.name)!.push(candidate(row));

  const unresolved = options.strict ? [] : asked.filter((n) => found.get(n)!.length === 0);
  for (const row of await fulltextRows(tx, unresolved)) {
    if (namedWithin(row.actor, row.name)) found.get(row.name)!.push(candidate(row));
  }
  for (const list of found.values()) list.sort(byPreference);
  return found;
}

function candidate(row: Row): ActorCandidate {
  const key = nameKey(row.name);
  const matchedBy: ActorMatch = row.fulltext
    ? 'FULLTEXT'
    : row.actor.id === row.name
      ? 'ID'
      : nameKey(row.actor.name) === key
        ? 'NAME'
        : 'ALIAS';
  return { actor: row.actor, matchedBy, statementCount: row.statementCount, builtIn: row.builtIn };
}

function byPreference(a: ActorCandidate, b: ActorCandidate): number {
  const trusted = (c: ActorCandidate) => (c.builtIn || c.actor.curated ? 0 : 1);
  return (
    RANK[a.matchedBy] - RANK[b.matchedBy] ||
    trusted(a) - trusted(b) ||
    b.statementCount - a.statementCount ||
    (a.actor.id < b.actor.id ? -1 : a.actor.id > b.actor.id ? 1 : 0)
  );
}

async function fulltextRows(tx: Tx, names: readonly string[]): Promise<Row[]> {
  const lookups = (
    await Promise.all(
      names.map(async (name) => ({
        name,
        index: await fulltextIndex(tx, 'actor_names', analyzerLanguage(name)),
        words: anyWordQuery(name),
      })),
    )
  ).filter((l) => l.words !== null); // a name with no word ("*:*") has nothing to look for
  if (lookups.length === 0) return [];
  // Every word of the asked phrase may be where an actor's name sits: any word, ranked by Lucene.
  return rows<Row>(
    tx,
    `UNWIND $lookups AS l
     CALL db.index.fulltext.queryNodes(l.index, l.words, {limit: $limit}) YIELD node AS a
     RETURN l.name AS name, ${actorProjection('a')} AS actor, coalesce(a.builtIn, false) AS builtIn,
            ${STATEMENT_COUNT('a')} AS statementCount, true AS fulltext`,
    {
      lookups: lookups.map((l) => ({ name: l.name, index: l.index, words: l.words })),
      limit: int(CANDIDATES_PER_NAME),
    },
  );
}

/** Any word of the text, each quoted as a Lucene term; null when the text has no word. */
function anyWordQuery(text: string): string | null {
  const terms = words(text).map((w) => `"${w.replace(/["\\]/g, '')}"`);
  return terms.length > 0 ? terms.join(' OR ') : null;
}

function words(text: string): string[] {
  return nameKey(text).split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 0);
}

/**
 * Whether one of the actor's names occurs, word for word, inside the asked phrase (a word of the
 * phrase may carry an Arabic proclitic: "وبوتين" holds "بوتين"). The reverse, the asked word inside
 * a longer actor name, is exactly the wrong answer this module exists to prevent.
 */
export function namedWithin(actor: Pick<ActorRow, 'name' | 'aliases'>, asked: string): boolean {
  const phrase = words(asked).map((w) => new Set(arabicBaseForms(w).map((f) => f.base)));
  return [actor.name, ...actor.aliases].some((n) => {
    const name = words(n);
    if (name.length === 0 || name.length > phrase.length) return false;
    for (let start = 0; start + name.length <= phrase.length; start++) {
      if (name.every((w, i) => phrase[start + i]!.has(w))) return true;
    }
    return false;
  });
}

/** The best actor for each name (names that resolve to nothing are absent). */
export async function resolveActors(tx: Tx, names: readonly string[], options: { strict?: boolean } = {}): Promise<Map<string, ActorRow>> {
  const candidates = await actorCandidatesByNames(tx, names, options);
  const resolved = new Map<string, ActorRow>();
  for (const [name, list] of candidates) if (list[0]) resolved.set(name, list[0].actor);
  return resolved;
}

/** Every actor `name` could mean, best first; `best` marks the one it resolves to. */
export async function actorCandidates(tx: Tx, name: string): Promise<ActorCandidateRow[]> {
  const list = (await actorCandidatesByNames(tx, [name], { countAll: true })).get(name) ?? [];
  return list.map((c, i) => ({ ...c, best: i === 0 }));
}

/**
 * The actors a person curated (merged, renamed, given an alias), for the importer to pass to the
 * extractor as known actors: a name a person attached to an actor is found in the next articles
 * and lands on that actor, not on a new one. Actors of one article (`id@article`) are left out.
 */
export async function curatedActors(tx: Tx): Promise<Array<Pick<ActorRow, 'id' | 'name' | 'kind' | 'aliases'>>> {
  return rows(
    tx,
    `MATCH (a:Actor) WHERE a.curated = true AND NOT a.id CONTAINS '@'
     RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases
     ORDER BY a.id`,
  );
}
