// The actor registry: who can be named in an article (gazetteer + caller's known actors + actors
// the language module registers from titles and roles), and where each is mentioned.
// Matching is by normalised word sequences (normalize.ts), longest match first, one linear pass.
import type { ActorKind, ExtractedActor, KnownActor, Span } from './types.ts';
import { GAZETTEER, type GazetteerEntry, type RoleHolding } from './gazetteer.ts';
import { ARABIC_LETTER, foldKey, matchKey, normalizeWithMap } from './normalize.ts';
import { transliterate } from './transliterate.ts';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** Every other known name, any language, as written in the data or the text. */
  aliases: string[];
  state?: string;
  speaksFor?: string[];
  describes?: string[];
  /**
   * 'article': the language module knows from the grammar that this phrase describes a source
   * ("the moderator", "the lawsuit") rather than names one; it is kept for this article only.
   */
  scope?: 'article';
  roles?: RoleHolding[];
  /** STATE: folded demonyms/nisbas ("الروسي", "russian"). */
  demonyms?: string[];
}

export interface Mention {
  actor: string;
  start: number;
  end: number;
  /** How it was found: by a name, a role/title, a pronoun or collective reference. */
  by: 'name' | 'role' | 'reference';
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ids?: string[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits a name into word keys (letters and digits; punctuation separates, so "Putin's" is
 * "Putin" + "s" and "U.S." is "U" + "S"). Latin case is kept: "US" is not "us".
 */
export function wordKeys(s: string): string[] {
  return matchKey(s).match(WORD) ?? [];
}

/** Arabic clitic prefixes a name can carry in running text: و/ف, then ب/ل/ك; "لل" stands for ل + ال. */
export function arabicBaseForms(word: string): Array<{ base: string; prefix: number }> {
  const out: Array<{ base: string; prefix: number }> = [{ base: word, prefix: 0 }];
  let w = word;
  let p = 0;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) {
    w = w.slice(1);
    p = 1;
    out.push({ base: w, prefix: p });
  }
  if (w.startsWith('لل') && w.length > 3) out.push({ base: 'ال' + w.slice(2), prefix: p + 1 });
  if ((w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') && w.length > 3) out.push({ base: w.slice(1), prefix: p + 1 });
  return out;
}

/**
 * The id of a new actor from its name. An Arabic name is transliterated first (هشام مروة ->
 * hisham-marwa), so a person first seen in Arabic has the id an English article gives them.
 */
export function slugify(name: string): string {
  const ascii = (ARABIC_LETTER.test(name) ? transliterate(name) : name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return ascii || 'actor';
}

function displayName(names: { en?: string[]; ar?: string[] }, fallback: string): string {
  return names.en?.[0] ?? names.ar?.[0] ?? fallback;
}

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

/** First index whose mention starts at or after `offset`. */
function lowerBound(all: Mention[], offset: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeSorted(a: Mention[], b: Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && byPosition(a[i]!, b[j]!) <= 0)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * The gazetteer's index (actors, name trie, demonyms), built once per entry list and shared by
 * every registry made from it: building it folds every name of every entry, which cost more than
 * the rest of a short article's extraction. A registry never mutates the shared objects: it
 * copies an actor or a trie path the first time it changes it (copy on write).
 */
interface BaseIndex {
  actors: ReadonlyMap<string, Actor>;
  trie: TrieNode;
  demonyms: ReadonlyMap<string, string>;
}

const EMPTY_BASE: BaseIndex = { actors: new Map(), trie: { next: new Map() }, demonyms: new Map() };
const BASES = new WeakMap<readonly GazetteerEntry[], BaseIndex>();

export class ActorRegistry {
  private readonly actors: Map<string, Actor>;
  private trie: TrieNode;
  /** Trie nodes and actors this registry created or copied, and so may change in place. */
  private readonly ownNodes = new Set<TrieNode>();
  private readonly ownActors = new Set<Actor>();
  private readonly mentionList: Mention[] = [];
  private readonly mentionKeys = new Set<string>();
  /** Mentions sorted by start, rebuilt lazily after additions (look-ups are binary searches). */
  private sorted: Mention[] | null = null;
  private late: Mention[] = [];
  /** folded demonym -> state id */
  private readonly demonymIndex: Map<string, string>;
  /** Ids of actors a statement refers to (kept in the output even without a textual mention). */
  private readonly referenced = new Set<string>();
  /** Ids of the gazetteer's and the caller's actors: everything else was found in this article. */
  private readonly builtIn: Set<string>;

  constructor(entries: readonly GazetteerEntry[] = GAZETTEER, known: readonly KnownActor[] = []) {
    const base = ActorRegistry.baseIndex(entries);
    this.actors = new Map(base.actors);
    this.trie = base.trie;
    this.demonymIndex = new Map(base.demonyms);
    this.builtIn = new Set([...base.actors.keys(), ...known.map((k) => k.id)]);
    for (const k of known) {
      this.register({ id: k.id, name: k.name, kind: k.kind, aliases: k.aliases });
    }
  }

  private static baseIndex(entries: readonly GazetteerEntry[]): BaseIndex {
    if (entries.length === 0) return EMPTY_BASE;
    let base = BASES.get(entries);
    if (!base) {
      const builder = new ActorRegistry([]);
      for (const e of entries) builder.addEntry(e);
      base = { actors: builder.actors, trie: builder.trie, demonyms: builder.demonymIndex };
      BASES.set(entries, base);
    }
    return base;
  }

  /** This registry's own copy of an actor, made before its first change. */
  private ownActor(actor: Actor): Actor {
    if (this.ownActors.has(actor)) return actor;
    const copy: Actor = { ...actor, aliases: [...actor.aliases] };
    this.actors.set(copy.id, copy);
    this.ownActors.add(copy);
    return copy;
  }

  private ownNode(node: TrieNode): TrieNode {
    if (this.ownNodes.has(node)) return node;
    const copy: TrieNode = { next: new Map(node.next) };
    if (node.ids) copy.ids = [...node.ids];
    this.ownNodes.add(copy);
    return copy;
  }

  private addEntry(e: GazetteerEntry): void {
    const all = [...(e.names.en ?? []), ...(e.names.ar ?? [])];
    const capitals = [...(e.capitals?.en ?? []), ...(e.capitals?.ar ?? [])];
    const name = displayName(e.names, e.id);
    const actor: Actor = {
      id: e.id,
      name,
      kind: e.kind,
      aliases: [...all, ...capitals].filter((n) => n !== name),
    };
    if (e.state) actor.state = e.state;
    if (e.speaksFor) actor.speaksFor = [...e.speaksFor];
    if (e.roles) actor.roles = e.roles.map((r) => ({ ...r }));
    if (e.demonyms) {
      actor.demonyms = [...(e.demonyms.en ?? []), ...(e.demonyms.ar ?? [])].map(foldKey);
      // Regular Arabic plurals of a nisba: الأمريكي -> الأمريكيون / الأمريكيين (irregular ones are data).
      for (const d of [...actor.demonyms]) if (/[\u0600-\u06FF]ي$/.test(d)) actor.demonyms.push(`${d}ون`, `${d}ين`);
      for (const d of actor.demonyms) if (!this.demonymIndex.has(d)) this.demonymIndex.set(d, e.id);
    }
    const found = this.actors.get(e.id);
    if (found) {
      // A later data file may add names to an entry (e.g. English names added by the EN data).
      const existing = this.ownActor(found);
      for (const a of [name, ...actor.aliases]) if (a !== existing.name && !existing.aliases.includes(a)) existing.aliases.push(a);
    } else {
      this.actors.set(e.id, actor);
      this.ownActors.add(actor);
    }
    for (const n of [...all, ...capitals]) this.indexName(n, e.id);
  }

  private indexName(name: string, id: string): void {
    const keys = wordKeys(name);
    if (keys.length === 0) return;
    if (this.lookupKeys(keys).includes(id)) return; // already indexed: copy nothing
    this.trie = this.ownNode(this.trie);
    let node = this.trie;
    for (const k of keys) {
      const found = node.next.get(k);
      let child: TrieNode;
      if (!found) {
        child = { next: new Map() };
        this.ownNodes.add(child);
      } else {
        child = this.ownNode(found);
      }
      if (child !== found) node.next.set(k, child);
      node = child;
    }
    node.ids ??= [];
    node.ids.push(id);
  }

  get(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  /** True for actors the gazetteer and the caller did not know: found in this article's text. */
  isNew(id: string): boolean {
    return !this.builtIn.has(id);
  }

  /** Whether this phrase is exactly a name or alias of a gazetteer or caller actor. */
  isKnownName(phrase: string): boolean {
    return this.lookupName(phrase).some((id) => this.builtIn.has(id));
  }

  all(): Actor[] {
    return [...this.actors.values()];
  }

  /**
   * Adds an actor (or merges names into the one with the same id) and indexes its names, so later
   * mentions of them are found by `scan`. The id defaults to a slug of the name.
   */
  register(input: Partial<Actor> & { name: string; kind: ActorKind }): Actor {
    const id = input.id ?? slugify(input.name);
    let actor = this.actors.get(id);
    if (!actor) {
      const aliases = [...(input.aliases ?? [])];
      // Both scripts: the Latin form of an Arabic name is what an English article would write.
      if (input.kind !== 'GROUP' && input.kind !== 'OTHER' && input.kind !== 'STATE' && ARABIC_LETTER.test(input.name) && !aliases.some((a) => !ARABIC_LETTER.test(a))) aliases.push(transliterate(input.name));
      actor = { ...input, id, aliases: aliases.filter((a) => a !== input.name) };
      this.actors.set(id, actor);
      this.ownActors.add(actor);
    } else {
      actor = this.ownActor(actor);
      for (const a of [input.name, ...(input.aliases ?? [])]) {
        if (a !== actor.name && !actor.aliases.includes(a)) actor.aliases.push(a);
      }
      if (input.describes) actor.describes = [...new Set([...(actor.describes ?? []), ...input.describes])];
      if (input.speaksFor) actor.speaksFor = [...new Set([...(actor.speaksFor ?? []), ...input.speaksFor])];
      if (input.state && !actor.state) actor.state = input.state;
    }
    for (const n of [actor.name, ...actor.aliases]) this.indexName(n, id);
    return actor;
  }

  /** Actor ids whose name (any alias) is exactly this string after folding. */
  lookupName(name: string): string[] {
    return this.lookupKeys(wordKeys(name));
  }

  private lookupKeys(keys: readonly string[]): string[] {
    let node: TrieNode | undefined = this.trie;
    for (const k of keys) {
      node = node.next.get(k);
      if (!node) return [];
    }
    return node === this.trie ? [] : [...(node.ids ?? [])];
  }

  /** The state whose demonym/nisba this word is ("الروسي", "الروسية", "Russian"), if any. */
  stateByDemonym(word: string): string | undefined {
    return this.demonymIndex.get(word) ?? this.demonymIndex.get(foldKey(word));
  }

  addMention(actor: string, span: Span, by: Mention['by'] = 'name'): void {
    const key = `${actor}@${span[0]}-${span[1]}`;
    if (this.mentionKeys.has(key)) return;
    this.mentionKeys.add(key);
    const mention: Mention = { actor, start: span[0], end: span[1], by };
    this.mentionList.push(mention);
    if (this.sorted) {
      // Mentions added after the scan (speakers found by the language module) mostly arrive in
      // text order: they go to a small second sorted list, merged into the main one now and then,
      // so that adding stays cheap and look-ups stay binary searches.
      const late = this.late;
      let i = late.length;
      while (i > 0 && byPosition(late[i - 1]!, mention) > 0) i--;
      late.splice(i, 0, mention);
      if (late.length > 64 && late.length * 8 > this.sorted.length) this.sorted = null;
    }
  }

  /** Marks an actor as used by a statement (speaker, about, via...), so it is listed in the output. */
  reference(id: string): void {
    if (this.actors.has(id)) this.referenced.add(id);
  }

  /** All mentions in text order. */
  mentions(): Mention[] {
    if (!this.sorted) {
      this.sorted = [...this.mentionList].sort(byPosition);
      this.late = [];
    }
    if (this.late.length === 0) return this.sorted;
    return mergeSorted(this.sorted, this.late);
  }

  /** Both sorted lists, for look-ups that search each. */
  private views(): Mention[][] {
    if (!this.sorted) {
      this.sorted = [...this.mentionList].sort(byPosition);
      this.late = [];
    }
    return this.late.length ? [this.sorted!, this.late] : [this.sorted!];
  }

  /** Mentions lying inside [start, end), in text order. */
  mentionsWithin(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (const all of this.views()) {
      for (let i = lowerBound(all, start); i < all.length && all[i]!.start < end; i++) if (all[i]!.end <= end) out.push(all[i]!);
    }
    return this.late.length ? out.sort(byPosition) : out;
  }

  /** Mentions ending at or before `offset`, most recent first, at most `limit`. */
  mentionsBefore(offset: number, limit: number): Mention[] {
    const out: Mention[] = [];
    for (const all of this.views()) {
      let taken = 0;
      for (let i = lowerBound(all, offset) - 1; i >= 0 && taken < limit; i--) {
        if (all[i]!.end <= offset) {
          out.push(all[i]!);
          taken++;
        }
      }
    }
    return this.late.length ? out.sort((a, b) => byPosition(b, a)).slice(0, limit) : out;
  }

  /**
   * Finds every indexed name in the given spans of `text` (longest match wins, no overlaps) and
   * records the mentions. Linear in the text: one pass over the words, a trie walk per word.
   */
  scan(text: string, spans: readonly Span[], arabic: boolean): Mention[] {
    const found: Mention[] = [];
    for (const [from, to] of spans) {
      const slice = text.slice(from, to);
      const norm = normalizeWithMap(slice);
      const folded = norm.text;
      const words: Array<{ s: number; e: number; w: string }> = [];
      for (const m of folded.matchAll(WORD)) words.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
      let i = 0;
      while (i < words.length) {
        let best: { end: number; ids: string[]; prefix: number } | null = null;
        const first = words[i]!;
        const starts = arabic ? arabicBaseForms(first.w) : [{ base: first.w, prefix: 0 }];
        for (const { base, prefix } of starts) {
          let node = this.trie.next.get(base);
          let j = i;
          while (node) {
            if (node.ids && (!best || j > best.end || (j === best.end && prefix < best.prefix))) best = { end: j, ids: node.ids, prefix };
            j++;
            const w = words[j];
            if (!w || w.s - words[j - 1]!.e > 2) break;
            node = node.next.get(w.w);
          }
        }
        if (best) {
          const start = from + norm.map[first.s + best.prefix]!;
          let end = from + norm.map[words[best.end]!.e - 1]! + 1;
          while (end < to && /[\u064B-\u065F\u0670]/.test(text[end]!)) end++;
          const mention: Mention = { actor: best.ids[0]!, start, end, by: 'name' };
          this.addMention(mention.actor, [start, end]);
          found.push(mention);
          i = best.end + 1;
        } else {
          i++;
        }
      }
    }
    return found;
  }

  /** The actors to print: those mentioned in the text or referenced by a statement. */
  toExtracted(): ExtractedActor[] {
    const byActor = new Map<string, Span[]>();
    for (const m of this.mentions()) {
      const list = byActor.get(m.actor) ?? [];
      list.push([m.start, m.end]);
      byActor.set(m.actor, list);
    }
    const ids = new Set([...byActor.keys(), ...this.referenced]);
    const out: ExtractedActor[] = [];
    for (const id of ids) {
      const a = this.actors.get(id);
      if (!a) continue;
      const actor: ExtractedActor = {
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: [...a.aliases],
        mentions: (byActor.get(id) ?? []).sort((x, y) => x[0] - y[0]),
      };
      if (a.speaksFor?.length) actor.speaksFor = [...a.speaksFor];
      if (a.describes?.length) actor.describes = [...a.describes];
      if (a.scope) actor.scope = a.scope;
      out.push(actor);
    }
    return out.sort((x, y) => (x.mentions[0]?.[0] ?? Infinity) - (y.mentions[0]?.[0] ?? Infinity) || x.id.localeCompare(y.id));
  }
}
