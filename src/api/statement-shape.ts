// From a client's selection to the shape of the statement rows a list query reads
// (src/graph/read/projections.ts): the properties, neighbour ids and neighbour rows the selected
// fields need, so a page answers from one query without carrying what nobody asked for.
// Table-driven; a field a table does not know (say, one added to the schema later) means the
// whole row: reading too much is safe, too little is not.
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import {
  FULL_STATEMENT,
  type ActorLink,
  type ActorProperty,
  type ArticleProperty,
  type StatementLink,
  type StatementProperty,
  type StatementShape,
} from '../graph/read/projections.ts';
import { selectedFieldsOf } from './selection.ts';

interface Needs {
  properties?: StatementProperty[];
  links?: StatementLink[];
  /** The field answers with the actors at this link. */
  actors?: ActorLink;
  /** The field answers with the article. */
  article?: true;
}

/** What each Statement field needs from the row (fields resolved by id elsewhere need nothing). */
export const STATEMENT_FIELD_NEEDS: Record<string, Needs> = {
  __typename: {},
  id: {},
  content: { properties: ['content'] },
  cue: { properties: ['cue'] },
  cueType: { properties: ['cueType'] },
  direct: { properties: ['direct'] },
  date: { properties: ['date'] },
  language: { properties: ['language'] },
  speakerText: { properties: ['speakerText'] },
  curated: { properties: ['curated'] },
  span: { properties: ['start', 'end'] },
  evidence: { properties: ['start', 'end'], links: ['REPORTED_IN'] },
  speaker: { links: ['SAID_BY'], actors: 'SAID_BY' },
  about: { links: ['ABOUT'], actors: 'ABOUT' },
  addressees: { links: ['ADDRESSED_TO'], actors: 'ADDRESSED_TO' },
  via: { links: ['VIA'], actors: 'VIA' },
  article: { links: ['REPORTED_IN'], article: true },
  parent: { links: ['PART_OF'] },
  children: {},
  // Claims are read by their own loaders from the statement's id.
  claim: {},
  responses: {},
  respondsTo: {},
};

/** The row property behind each Actor field; null: answered from the id (or by __typename). */
export const ACTOR_FIELD_PROPERTY: Record<string, ActorProperty | null> = {
  __typename: null,
  id: null,
  name: 'name',
  kind: 'kind',
  aliases: 'aliases',
  curated: 'curated',
  statements: null,
  mentionedIn: null,
  saidAbout: null,
  spokenAboutBy: null,
  speaksFor: null,
  spokenForBy: null,
};

/** The row property behind each Article field; null: answered from the id. */
export const ARTICLE_FIELD_PROPERTY: Record<string, ArticleProperty | null> = {
  __typename: null,
  id: null,
  url: 'url',
  title: 'title',
  language: 'language',
  publishedAt: 'publishedAt',
  outlet: 'outlet',
  importedAt: 'importedAt',
  extractorVersion: 'extractorVersion',
  source: 'source',
  text: null,
  statements: null,
  mentions: null,
};

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * The shape for the statements found at each of `paths` under `nodes` (for a connection:
 * ['nodes'] and ['edges', 'node']), merged.
 */
export function statementShape(info: Info, nodes: readonly FieldNode[], paths: readonly string[][]): StatementShape {
  const properties = new Set<StatementProperty>();
  const links = new Set<StatementLink>();
  const actorLinks = new Set<ActorLink>();
  const actorProperties = new Set<ActorProperty>();
  const articleProperties = new Set<ArticleProperty>();
  let article = false;

  for (const path of paths) {
    for (const field of selectedFieldsOf(info, nodes, ...path)) {
      const needs = Object.hasOwn(STATEMENT_FIELD_NEEDS, field) ? STATEMENT_FIELD_NEEDS[field] : undefined;
      if (!needs) return FULL_STATEMENT;
      needs.properties?.forEach((p) => properties.add(p));
      needs.links?.forEach((l) => links.add(l));
      if (needs.actors) {
        actorLinks.add(needs.actors);
        if (!addAll(actorProperties, selectedFieldsOf(info, nodes, ...path, field), ACTOR_FIELD_PROPERTY)) return FULL_STATEMENT;
      }
      if (needs.article) {
        article = true;
        if (!addAll(articleProperties, selectedFieldsOf(info, nodes, ...path, field), ARTICLE_FIELD_PROPERTY)) return FULL_STATEMENT;
      }
    }
  }
  return {
    properties: [...properties],
    links: [...links],
    actors: actorLinks.size > 0 ? { links: [...actorLinks], properties: [...actorProperties] } : null,
    article: article ? { properties: [...articleProperties] } : null,
  };
}

/** Adds the properties behind `fields`; false when a field is not in the table. */
function addAll<P>(into: Set<P>, fields: Set<string>, table: Record<string, P | null>): boolean {
  for (const field of fields) {
    if (!Object.hasOwn(table, field)) return false;
    const property = table[field];
    if (property) into.add(property);
  }
  return true;
}
