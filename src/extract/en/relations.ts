// Relations between statements and actors once all attributions are found:
// - parent: a statement whose cue lies inside another's content is nested in it;
// - via: a medium that relays a nested speaker ("Putin said ..., according to Reuters",
//   "the Associated Press reported that the Kremlin said ...");
// - about: actors named in the content, "both leaders" / "the two presidents" (the last two
//   people named), "his/our country" (the speaker's state).
import type { ActorRegistry } from '../actors.ts';
import type { DraftStatement } from '../pipeline.ts';

const PAIR = /\b(?:both (?:leaders|presidents|men|sides|countries|ministers)|the two (?:leaders|presidents|men|sides|countries|ministers))\b/gi;
const OWN_COUNTRY = /\b(?:his|her|our|their) (?:country|nation|government)\b/gi;

export function linkStatements(text: string, drafts: DraftStatement[], registry: ActorRegistry): DraftStatement[] {
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.contentSpan[0] - b.d.contentSpan[0]);
  // Parents: the innermost statement whose content contains this one's whole span.
  // Nested statements sit in the same or the next clause: look back a few statements only, which
  // keeps the pass linear on long texts.
  for (let x = 0; x < order.length; x++) {
    const { d, i } = order[x]!;
    let best: number | null = null;
    let bestLen = Infinity;
    for (let y = Math.max(0, x - 8); y < Math.min(order.length, x + 8); y++) {
      const { d: o, i: j } = order[y]!;
      if (j === i) continue;
      const [cs, ce] = o.contentSpan;
      if (cs <= d.span[0] && d.span[1] <= ce && ce - cs < bestLen && !(o.span[0] === d.span[0] && o.span[1] === d.span[1])) {
        best = j;
        bestLen = ce - cs;
      }
    }
    if (best !== null) {
      d.parentIndex = best;
      const parent = drafts[best]!;
      const kind = parent.speaker ? registry.get(parent.speaker)?.kind : undefined;
      if (kind === 'MEDIA' && parent.speaker) d.via = [...new Set([...d.via, parent.speaker])];
      for (const v of parent.via) if (!d.via.includes(v)) d.via.push(v);
    }
  }
  for (const d of drafts) d.about = aboutOf(text, d, registry);
  return drafts;
}

function aboutOf(text: string, d: DraftStatement, registry: ActorRegistry): string[] {
  const [s, e] = d.contentSpan;
  const ids: string[] = [];
  for (const m of registry.mentionsWithin(s, e)) {
    if (m.actor === d.speaker || ids.includes(m.actor)) continue;
    ids.push(m.actor);
  }
  const content = text.slice(s, e);
  const pair = PAIR.exec(content);
  if (pair) {
    PAIR.lastIndex = 0;
    // "both sides/countries" are states; "both leaders/presidents/men/ministers" are people.
    const kind = /sides|countries/i.test(pair[0]) ? 'STATE' : 'PERSON';
    const own = d.speaker ? registry.get(d.speaker)?.state : undefined;
    const people = registry.mentionsWithin(Math.max(0, s - 3000), d.span[0]).reverse().filter((m) => registry.get(m.actor)?.kind === kind && m.actor !== own && m.actor !== d.speaker);
    const two: string[] = [];
    for (const m of people) {
      if (!two.includes(m.actor)) two.push(m.actor);
      if (two.length === 2) break;
    }
    for (const id of two) if (!ids.includes(id)) ids.push(id);
  }
  PAIR.lastIndex = 0;
  if (OWN_COUNTRY.test(content) && d.speaker) {
    const state = registry.get(d.speaker)?.state;
    if (state && !ids.includes(state)) ids.push(state);
  }
  OWN_COUNTRY.lastIndex = 0;
  return ids;
}
