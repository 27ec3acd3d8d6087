// Manual curation: the writes a person makes through the API, as opposed to the importer's
// (src/graph/write-articles.ts). Each function runs inside ONE write transaction given by the caller,
// so a curation either happens completely or not at all; all are idempotent (MERGE on keys).
import type { CueType, Language } from '../extract/types.ts';
import { actorNames, nameKeysProperty, statementId } from './identity.ts';
import { statementCaption } from './statement-caption.ts';
import { actorsByIds, actorsByNames } from './read/actors.ts';
import { rows, type Tx } from './read/runner.ts';
import { int } from './read/values.ts';
import type { ActorRow } from './read/types.ts';

/** A curation that cannot be applied as asked (unknown actor, bad span): nothing was written. */
export class CurationError extends Error {
  constructor(
    message: string,
    readonly reason: 'NOT_FOUND' | 'INVALID',
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

/** Strict resolution (id, name or alias; never a fuzzy full-text guess): curation must not guess. */
export async function requireActors(tx: Tx, names: readonly string[]): Promise<ActorRow[]> {
  const found = await actorsByNames(tx, names, { strict: true });
  return names.map((name) => {
    const actor = found.get(name);
    if (!actor) throw new CurationError(`no actor named "${name}"`, 'NOT_FOUND');
    return actor;
  });
}

// Relationship types that point at an actor, and from which kind of node.
// CONCERNS moves like the others; MERGE keeps one edge when a statement concerned both actors.
const INCOMING = ['SAID_BY', 'ABOUT', 'ADDRESSED_TO', 'VIA', 'CONCERNS'] as const;

/**
 * Folds each `from` actor into `into`: every statement edge, mention (counts added), SPEAKS_FOR and
 * DESCRIBES edge moves over, names become aliases, and the `from` actors are deleted. Marks `into`
 * curated so that later imports never garbage-collect it.
 */
export async function mergeActors(tx: Tx, into: string, from: readonly string[]): Promise<ActorRow> {
  const [target] = await requireActors(tx, [into]);
  const sources = (await requireActors(tx, from)).filter((a) => a.id !== target!.id);
  const params = { into: target!.id, from: [...new Set(sources.map((a) => a.id))] };
  if (params.from.length === 0) return target!;
  // One relationship type per subquery: Cypher cannot MERGE a relationship of a variable type
  // without APOC, and the type list is fixed, so each is spelled out.
  const moves = INCOMING.map(
    (type) => `CALL {
      WITH into, old
      MATCH (s:Statement)-[r:${type}]->(old)
      MERGE (s)-[:${type}]->(into)
      DELETE r
    }`,
  ).join('\n');
  await tx.run(
    `MATCH (into:Actor {id: $into})
     UNWIND $from AS fromId
     MATCH (old:Actor {id: fromId})
     ${moves}
     CALL {
       WITH into, old
       MATCH (a:Article)-[r:MENTIONS]->(old)
       MERGE (a)-[m:MENTIONS]->(into)
       SET m.count = coalesce(m.count, 0) + coalesce(r.count, 0)
       DELETE r
     }
     CALL {
       WITH into, old
       MATCH (old)-[r:SPEAKS_FOR]->(x:Actor) WHERE x <> into
       MERGE (into)-[:SPEAKS_FOR]->(x)
       DELETE r
     }
     CALL {
       WITH into, old
       MATCH (x:Actor)-[r:SPEAKS_FOR]->(old) WHERE x <> into
       MERGE (x)-[:SPEAKS_FOR]->(into)
       DELETE r
     }
     CALL {
       WITH into, old
       MATCH (old)-[r:DESCRIBES]->(x:Actor) WHERE x <> into
       MERGE (into)-[:DESCRIBES]->(x)
       DELETE r
     }
     CALL {
       WITH into, old
       MATCH (x:Actor)-[r:DESCRIBES]->(old) WHERE x <> into
       MERGE (x)-[:DESCRIBES]->(into)
       DELETE r
     }
     WITH into, old, [old.name] + coalesce(old.aliases, []) AS oldNames
     DETACH DELETE old
     WITH into, reduce(acc = [], n IN collect(oldNames) | acc + n) AS gained
     SET into.aliases = reduce(acc = [], n IN coalesce(into.aliases, []) + gained |
           CASE WHEN n IN acc OR n = into.name THEN acc ELSE acc + n END),
         into.curated = true`,
    params,
  );
  return refreshNames(tx, target!.id);
}

/** Adds a name (any language) to an actor; marks it curated so the alias survives re-imports. */
export async function addActorAlias(tx: Tx, actor: string, alias: string, _language: Language | null): Promise<ActorRow> {
  const clean = alias.replace(/\s+/gu, ' ').trim();
  if (clean.length === 0) throw new CurationError('the alias is empty', 'INVALID');
  const [found] = await requireActors(tx, [actor]);
  await tx.run(
    `MATCH (a:Actor {id: $id})
     SET a.aliases = CASE WHEN $alias IN coalesce(a.aliases, []) OR $alias = a.name
                          THEN coalesce(a.aliases, []) ELSE coalesce(a.aliases, []) + $alias END,
         a.curated = true`,
    { id: found!.id, alias: clean },
  );
  return refreshNames(tx, found!.id);
}

/**
 * `names` feeds the full-text indexes, `nameKeys` the exact look-up by name: both recomputed from
 * name + aliases after every change.
 */
async function refreshNames(tx: Tx, id: string): Promise<ActorRow> {
  const [actor] = (await actorsByIds(tx, [id])).values();
  if (!actor) throw new CurationError(`no actor with id "${id}"`, 'NOT_FOUND');
  const all = [actor.name, ...actor.aliases];
  await tx.run(`MATCH (a:Actor {id: $id}) SET a.names = $names, a.nameKeys = $nameKeys`, {
    id,
    names: actorNames(actor.name, actor.aliases),
    nameKeys: nameKeysProperty(all),
  });
  return actor;
}

export interface CuratedStatement {
  article: string;
  speaker: string;
  content: string;
  cue: string;
  cueType: CueType;
  direct: boolean;
  about: readonly string[];
  addressees: readonly string[];
  via: readonly string[];
  date: string | null;
  span: readonly number[] | null;
}

/**
 * Adds (or, for the same article and span, replaces) a statement by hand. The span defaults to where
 * the content occurs in the article text; content that is not in the text needs an explicit span.
 */
export async function addStatement(tx: Tx, input: CuratedStatement): Promise<string> {
  const content = input.content.trim();
  if (content.length === 0) throw new CurationError('the content is empty', 'INVALID');
  const [article] = await rows<{ id: string; text: string; language: string | null }>(
    tx,
    `MATCH (a:Article {id: $id}) RETURN a.id AS id, coalesce(a.text, '') AS text, a.language AS language`,
    { id: input.article },
  );
  if (!article) throw new CurationError(`no article with id "${input.article}"`, 'NOT_FOUND');
  const span = resolveSpan(article.text, content, input.span);
  const [speaker] = await requireActors(tx, [input.speaker]);
  const ids = async (names: readonly string[]) => (await requireActors(tx, names)).map((a) => a.id);
  const id = statementId(article.id, span);
  await tx.run(
    `MATCH (article:Article {id: $article}), (speaker:Actor {id: $speaker})
     MERGE (s:Statement {id: $id})
     SET s.content = $content, s.cue = $cue, s.cueType = $cueType, s.direct = $direct, s.caption = $caption,
         s.date = CASE WHEN $date IS NULL THEN null ELSE date($date) END,
         s.start = $start, s.end = $end, s.language = $language, s.speakerText = null, s.curated = true
     // The date lists order and filter by (as articles.cypher writes it for extracted statements).
     SET s.effectiveDate = coalesce(s.date, article.publishedAt)
     WITH s, article, speaker
     // Replacing: the previous version's edges go, the new ones are merged below.
     CALL { WITH s MATCH (s)-[r:SAID_BY|ABOUT|ADDRESSED_TO|VIA|CONCERNS|REPORTED_IN]->() DELETE r }
     MERGE (s)-[:REPORTED_IN]->(article)
     MERGE (s)-[:SAID_BY]->(speaker)
     WITH s
     CALL { WITH s UNWIND $about AS x MATCH (a:Actor {id: x}) MERGE (s)-[:ABOUT]->(a) }
     CALL { WITH s UNWIND $addressees AS x MATCH (a:Actor {id: x}) MERGE (s)-[:ADDRESSED_TO]->(a) }
     CALL { WITH s UNWIND $via AS x MATCH (a:Actor {id: x}) MERGE (s)-[:VIA]->(a) }
     // One CONCERNS edge per actor it is about or addressed to (as articles.cypher writes them).
     CALL { WITH s UNWIND $about + $addressees AS x MATCH (a:Actor {id: x}) MERGE (s)-[:CONCERNS]->(a) }`,
    {
      id,
      article: article.id,
      speaker: speaker!.id,
      content,
      cue: input.cue,
      cueType: input.cueType,
      caption: statementCaption({ cueType: input.cueType, content }),
      direct: input.direct,
      date: input.date,
      start: int(span[0]),
      end: int(span[1]),
      language: article.language,
      about: await ids(input.about),
      addressees: await ids(input.addressees),
      via: await ids(input.via),
    },
  );
  return id;
}

function resolveSpan(text: string, content: string, given: readonly number[] | null): [number, number] {
  if (given) {
    const [start, end] = given;
    if (given.length !== 2 || start === undefined || end === undefined || start < 0 || end <= start || end > text.length) {
      throw new CurationError(`span must be [start, end] with 0 <= start < end <= ${text.length}`, 'INVALID');
    }
    return [start, end];
  }
  const at = text.indexOf(content);
  if (at < 0) throw new CurationError('the content does not occur in the article text: give its span', 'INVALID');
  return [at, at + content.length];
}
