// Drafts -> contract statements: trimmed content, dates, ids, text order, duplicates dropped
// (scraped pages often repeat a paragraph), parents re-pointed after sorting and dedupe.
import type { Extraction, ExtractedActor, ExtractedStatement, Span } from './types.ts';
import type { Document, DraftStatement } from './pipeline.ts';
import type { ActorRegistry } from './actors.ts';
import { findDate } from './dates.ts';
import { foldKey } from './normalize.ts';
import { judgeActorName, nameWithin } from './name-phrase.ts';

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
  const { actors, moved } = screenActors(registry);
  return {
    language: doc.language,
    title: doc.title,
    outlet: doc.outlet,
    publishedAt: doc.publishedAt,
    actors,
    statements: moved.size ? statements.map((s) => withoutActors(s, moved)).map((s) => ({ ...s, about: s.about.filter((a) => a !== s.speaker) })) : statements,
  };
}

/**
 * The one check every new actor passes, whichever language module found it (name-phrase.ts):
 * a fragment that starts as a name is cut back to it (the statements move to that actor), any
 * other fragment is dropped (its statements keep the speaker's words, without an actor), and a
 * generic description is kept for this article only (`scope: 'article'`).
 */
function screenActors(registry: ActorRegistry): { actors: ExtractedActor[]; moved: Map<string, string | null> } {
  const moved = new Map<string, string | null>(); // fragment id -> the actor it becomes, or null
  const context = { isKnownName: (phrase: string) => registry.isKnownName(phrase) };
  for (const actor of registry.toExtracted()) {
    // A description the language module recognised by its grammar (scope 'article') is no fragment.
    if (!registry.isNew(actor.id) || actor.scope === 'article' || judgeActorName(actor.name, context).kind !== 'fragment') continue;
    const within = nameWithin(actor.name, context);
    if (!within) {
      moved.set(actor.id, null);
      continue;
    }
    const original = registry.get(actor.id)!;
    const kept = registry.register({
      name: within.name,
      kind: within.verdict.kind === 'description' && original.kind === 'PERSON' ? 'GROUP' : original.kind,
      ...(original.describes ? { describes: original.describes } : {}),
      ...(original.state ? { state: original.state } : {}),
    });
    registry.reference(kept.id);
    moved.set(actor.id, kept.id === actor.id ? null : kept.id);
  }
  const actors: ExtractedActor[] = [];
  const to = (ids: string[] | undefined) => (ids ? [...new Set(ids.map((id) => (moved.has(id) ? moved.get(id)! : id)).filter((id): id is string => !!id))] : ids);
  for (const actor of registry.toExtracted()) {
    if (moved.has(actor.id)) continue;
    const out: ExtractedActor = { ...actor };
    if (actor.speaksFor) out.speaksFor = to(actor.speaksFor)!.filter((id) => id !== actor.id);
    if (actor.describes) out.describes = to(actor.describes)!.filter((id) => id !== actor.id);
    if (registry.isNew(actor.id) && judgeActorName(actor.name, context).kind === 'description') out.scope = 'article';
    actors.push(out);
  }
  return { actors, moved };
}

function withoutActors(s: ExtractedStatement, moved: ReadonlyMap<string, string | null>): ExtractedStatement {
  const to = (id: string) => (moved.has(id) ? moved.get(id)! : id);
  const live = (ids: string[]) => [...new Set(ids.map(to).filter((id): id is string => !!id))];
  return {
    ...s,
    speaker: s.speaker ? to(s.speaker) : null,
    about: live(s.about),
    addressees: live(s.addressees),
    via: live(s.via),
  };
}
