// From an extraction to the parameters of one article's write: ids derived from the input
// (identity.ts), only what the model stores, and nothing that points at an actor the write does
// not create, so the batch query never needs to guess.
import type { ActorKind, Extraction, Language } from '../extract/types.ts';
import { GAZETTEER_IDS } from '../extract/gazetteer.ts';
import { articleId, canonicalUrl, contentHash, nameKeys, outletId, scopedActorId, statementId } from './identity.ts';
import { statementCaption } from './statement-caption.ts';

/** What the importer knows about an article besides its extraction. */
export interface ArticleInput {
  url?: string;
  title?: string;
  /** The text exactly as extracted: statement offsets point into it. */
  text: string;
  publishedAt?: string;
  outlet?: string;
  language?: Language;
  /**
   * Where the article was read from, stored as the Article's `source` (provenance): a file path
   * (with `:line` in a JSON-lines file, `#n` in an array or feed), a URL, a feed item id.
   */
  provenance?: string;
}

export interface ActorWrite {
  id: string;
  name: string;
  kind: ActorKind;
  /** The second label by kind; null for OTHER. */
  label: 'Person' | 'Organization' | 'State' | 'Group' | 'Media' | null;
  aliases: string[];
  speaksFor: string[];
  describes: string[];
  /** The folded names (name + aliases) this write adds to the actor's `nameKeys` (resolve-actors.ts). */
  keys: string[];
  /** A gazetteer actor: preferred when a name is shared (resolution ranks built-in actors first). */
  builtIn: boolean;
}

export interface StatementWrite {
  id: string;
  props: {
    content: string;
    cue: string;
    cueType: string;
    direct: boolean;
    start: number;
    end: number;
    language: Language;
    speakerText: string | null;
    /** What the Neo4j Browser shows on the node (statement-caption.ts). */
    caption: string;
  };
  /** YYYY-MM-DD or null; stored as a Neo4j date. */
  date: string | null;
  speaker: string | null;
  about: string[];
  addressees: string[];
  via: string[];
  parent: string | null;
}

export interface ArticleWrite {
  id: string;
  url: string | null;
  title: string | null;
  language: Language;
  publishedAt: string | null;
  text: string;
  contentHash: string;
  extractorVersion: string;
  /** ArticleInput.provenance, or null. */
  source: string | null;
  outlet: { id: string; name: string } | null;
  /** Every actor id this article's write links to (sorted), for the batch's actor pass. */
  actorIds: string[];
  mentions: Array<{ actor: string; count: number }>;
  statements: StatementWrite[];
  /** The actors themselves, merged across the batch by the writer. */
  actors: ActorWrite[];
}

const LABELS: Record<ActorKind, ActorWrite['label']> = {
  PERSON: 'Person', ORGANIZATION: 'Organization', STATE: 'State', GROUP: 'Group', MEDIA: 'Media', OTHER: null,
};

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Actors scoped to the article (generic descriptions, `scope: 'article'`) get the article's own
 * id for them, everywhere the extraction refers to them: "الوزارة" of one article is not the
 * "الوزارة" of the next. Done here, at import, because only here is the article's key known.
 */
function scopeActors(extraction: Extraction, articleKey: string): Extraction {
  const scoped = new Map(extraction.actors.filter((a) => a.scope === 'article').map((a) => [a.id, scopedActorId(a.id, articleKey)]));
  if (scoped.size === 0) return extraction;
  const to = (id: string) => scoped.get(id) ?? id;
  const all = (ids: string[]) => ids.map(to);
  return {
    ...extraction,
    actors: extraction.actors.map((a) => ({
      ...a,
      id: to(a.id),
      ...(a.speaksFor ? { speaksFor: all(a.speaksFor) } : {}),
      ...(a.describes ? { describes: all(a.describes) } : {}),
    })),
    statements: extraction.statements.map((s) => ({
      ...s,
      speaker: s.speaker === null ? null : to(s.speaker),
      about: all(s.about),
      addressees: all(s.addressees),
      via: all(s.via),
    })),
  };
}

/**
 * The write of one article. Actors the extraction lists but nothing links to (no mention, no
 * statement role) are left out: the model keeps no actor that nothing refers to.
 */
export function prepareArticleWrite(input: ArticleInput, raw: Extraction, extractorVersion: string): ArticleWrite {
  const id = articleId(input);
  const extraction = scopeActors(raw, id);
  const occurrences = new Map<string, number>();
  const statementIds = new Map(
    extraction.statements.map((s) => {
      const span = `${s.span[0]}-${s.span[1]}`;
      const n = (occurrences.get(span) ?? 0) + 1;
      occurrences.set(span, n);
      return [s.id, statementId(id, s.span, n)];
    }),
  );

  const used = new Set<string>();
  for (const actor of extraction.actors) if (actor.mentions.length > 0) used.add(actor.id);
  for (const s of extraction.statements) {
    if (s.speaker) used.add(s.speaker);
    for (const a of [...s.about, ...s.addressees, ...s.via]) used.add(a);
  }
  const known = new Set(extraction.actors.map((a) => a.id));
  const linked = (ids: readonly string[]): string[] => unique(ids.filter((a) => known.has(a) && used.has(a)));

  const actors: ActorWrite[] = extraction.actors
    .filter((a) => used.has(a.id))
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      label: LABELS[a.kind] ?? null,
      aliases: unique(a.aliases.filter((alias) => alias.trim() && alias !== a.name)),
      speaksFor: linked(a.speaksFor ?? []).filter((t) => t !== a.id),
      describes: linked(a.describes ?? []).filter((t) => t !== a.id),
      keys: nameKeys([a.name, ...a.aliases]),
      builtIn: GAZETTEER_IDS.has(a.id),
    }))
    .sort(byId);

  const statements: StatementWrite[] = [];
  for (const s of extraction.statements) {
    const sid = statementIds.get(s.id)!;
    const parent = s.parent ? (statementIds.get(s.parent) ?? null) : null;
    statements.push({
      id: sid,
      props: {
        content: s.content,
        cue: s.cue,
        cueType: s.cueType,
        direct: s.direct,
        start: s.span[0],
        end: s.span[1],
        language: extraction.language,
        speakerText: s.speakerText,
        caption: statementCaption(s),
      },
      date: s.date,
      speaker: s.speaker && known.has(s.speaker) ? s.speaker : null,
      about: linked(s.about),
      addressees: linked(s.addressees),
      via: linked(s.via),
      parent: parent === sid ? null : parent,
    });
  }

  const outletName = input.outlet ?? extraction.outlet ?? null;
  return {
    id,
    url: input.url ? canonicalUrl(input.url) : null,
    // The extractor reads the headline from the text (the importer puts the record's title on top)
    // and drops a site-name suffix ("... - It's Over 9000!"); the record's own title is the fallback.
    title: extraction.title ?? input.title ?? null,
    language: extraction.language,
    publishedAt: input.publishedAt ?? extraction.publishedAt ?? null,
    text: input.text,
    contentHash: contentHash(input),
    extractorVersion,
    source: input.provenance ?? null,
    outlet: outletName && outletId(outletName) ? { id: outletId(outletName), name: outletName.trim() } : null,
    actorIds: actors.map((a) => a.id),
    mentions: extraction.actors
      .filter((a) => a.mentions.length > 0)
      .map((a) => ({ actor: a.id, count: a.mentions.length }))
      .sort((x, y) => (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : 0)),
    statements,
    actors,
  };
}
