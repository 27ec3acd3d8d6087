// Drafts -> contract statements: trimmed content, dates, ids, text order, duplicates dropped
// (scraped pages often repeat a paragraph), parents re-pointed after sorting and dedupe.
import type { Extraction, ExtractedActor, ExtractedStatement, Span } from './types.ts';
import type { Document, DraftStatement } from './pipeline.ts';
import type { ActorRegistry } from './actors.ts';
import { findDate } from './dates.ts';
import { foldKey } from './normalize.ts';
import { judgeActorName } from './name-phrase.ts';

/** Characters trimmed from both ends of a content span: spaces, quotes, list punctuation. */
const EDGE = /[\s"'«»“”„‹›:،,؛;\-–—]/;

export function trimSpan(text: string, [start, end]: Span): Span {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && (EDGE.test(text[e - 1]!) || /[.؟?!]/.test(text[e - 1]!))) e--;
  // A sentence-final stop belongs to the content when the content is a full sentence; dropping it
  // keeps content comparable across quote styles. Keep balanced brackets intact.
  return [s, e];
}

function statementId(span: Span, taken: Set<string>): string {
  const base = `s${span[0]}-${span[1]}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}.${n}`;
  taken.add(id);
  return id;
}

export function assemble(doc: Document, registry: ActorRegistry, drafts: DraftStatement[]): Extraction {
  const indexed = drafts.map((d, i) => ({ d, i, content: trimSpan(doc.text, d.contentSpan) }));
  const order = indexed
    .filter((x) => x.content[1] > x.content[0])
    .sort((a, b) => a.d.span[0] - b.d.span[0] || a.d.span[1] - b.d.span[1] || a.i - b.i);
  const seen = new Map<string, number>(); // folded speaker+content -> original draft index kept
  const replaced = new Map<number, number>(); // dropped draft index -> kept draft index
  const kept: typeof order = [];
  for (const x of order) {
    const key = `${x.d.speaker ?? ''}|${foldKey(doc.text.slice(x.content[0], x.content[1]))}`;
    const prior = seen.get(key);
    if (prior !== undefined) {
      replaced.set(x.i, prior);
      continue;
    }
    seen.set(key, x.i);
    kept.push(x);
  }
  // Text order, except that a nested statement comes right before the statement it is nested in
  // (innermost first): readers see the specific claim first, and so does a greedy matcher.
  const byIndex = new Map(kept.map((x) => [x.i, x]));
  const parentOf = (x: (typeof kept)[number]) => {
    const p = x.d.parentIndex ?? null;
    return p === null ? undefined : byIndex.get(replaced.get(p) ?? p);
  };
  const rootAndDepth = (x: (typeof kept)[number]) => {
    let root = x;
    let depth = 0;
    for (let p = parentOf(x); p && depth < 16; p = parentOf(p)) {
      root = p;
      depth++;
    }
    return { root: root.d.span[0], depth };
  };
  const keys = new Map(kept.map((x) => [x.i, rootAndDepth(x)]));
  kept.sort((a, b) => keys.get(a.i)!.root - keys.get(b.i)!.root || keys.get(b.i)!.depth - keys.get(a.i)!.depth || a.d.span[0] - b.d.span[0] || a.i - b.i);
  const ids = new Set<string>();
  const idOf = new Map<number, string>();
  for (const x of kept) idOf.set(x.i, statementId(x.d.span, ids));
  const statements: ExtractedStatement[] = kept.map((x) => {
    const d = x.d;
    let date = d.date;
    if (date === undefined) {
      // The date of the speech act is in the attribution frame, not in what was said.
      const frame = d.span[0] < x.content[0] ? doc.text.slice(d.span[0], x.content[0]) : doc.text.slice(x.content[1], d.span[1]);
      date = findDate(frame, doc.language, doc.publishedAt)?.date ?? null;
    }
    const parentIndex = d.parentIndex ?? null;
    const parentDraft = parentIndex === null ? null : (replaced.get(parentIndex) ?? parentIndex);
    const parent = parentDraft === null ? null : (idOf.get(parentDraft) ?? null);
    for (const id of [d.speaker, ...d.about, ...d.addressees, ...d.via]) if (id) registry.reference(id);
    return {
      id: idOf.get(x.i)!,
      speaker: d.speaker,
      speakerText: d.speakerText,
      cue: d.cue,
      cueType: d.cueType,
      content: doc.text.slice(x.content[0], x.content[1]),
      direct: d.direct,
      about: [...new Set(d.about)].filter((a) => a !== d.speaker),
      addressees: [...new Set(d.addressees)],
      via: [...new Set(d.via)],
      date,
      span: [d.span[0], d.span[1]],
      parent: parent === idOf.get(x.i) ? null : parent,
    };
  });
  const { actors, dropped } = screenActors(registry);
  return {
    language: doc.language,
    title: doc.title,
    outlet: doc.outlet,
    publishedAt: doc.publishedAt,
    actors,
    statements: dropped.size ? statements.map((s) => withoutActors(s, dropped)) : statements,
  };
}

/**
 * The one check every new actor passes, whichever language module found it (name-phrase.ts):
 * a fragment is dropped (its statements keep the speaker's text, without an actor), a generic
 * description is kept for this article only (`scope: 'article'`).
 */
function screenActors(registry: ActorRegistry): { actors: ExtractedActor[]; dropped: Set<string> } {
  const dropped = new Set<string>();
  const kept: ExtractedActor[] = [];
  const context = { isKnownName: (phrase: string) => registry.isKnownName(phrase) };
  for (const actor of registry.toExtracted()) {
    if (!registry.isNew(actor.id)) {
      kept.push(actor);
      continue;
    }
    // A description the language module recognised by its grammar is scoped already.
    const verdict = actor.scope === 'article' ? { kind: 'description' as const } : judgeActorName(actor.name, context);
    if (verdict.kind === 'fragment') dropped.add(actor.id);
    else kept.push(verdict.kind === 'description' ? { ...actor, scope: 'article' } : actor);
  }
  if (dropped.size === 0) return { actors: kept, dropped };
  const live = (ids: string[] | undefined) => ids?.filter((id) => !dropped.has(id));
  return {
    actors: kept.map((a) => {
      const out = { ...a };
      if (a.speaksFor) out.speaksFor = live(a.speaksFor)!;
      if (a.describes) out.describes = live(a.describes)!;
      return out;
    }),
    dropped,
  };
}

function withoutActors(s: ExtractedStatement, dropped: ReadonlySet<string>): ExtractedStatement {
  const live = (ids: string[]) => ids.filter((id) => !dropped.has(id));
  return {
    ...s,
    speaker: s.speaker && dropped.has(s.speaker) ? null : s.speaker,
    about: live(s.about),
    addressees: live(s.addressees),
    via: live(s.via),
  };
}
