// What an Arabic statement is about beyond the names the registry finds in its content:
// - regions and groupings (دول الخليج، الشرق الأوسط، دول مجلس التعاون) and cities that are no
//   capital (عدن، حلب: capitals stand for their state in the gazetteer), registered per article;
// - the bare "المملكة": the home kingdom (the outlet's state, the speaker's, or the kingdom the
//   article names most);
// - named groups and forces (قوات التحالف، المقاومة الشعبية، ميليشيات الحوثي);
// - peoples named by a plural nisba (الفلسطينيين → the Palestinians, describing Palestine);
// - the speaker's own state ("بلاده");
// - a topic given in a fronted phrase before the cue ("وعن العلاقات مع X، قال …").
// Word lists are data (data/ar/about.json).
import type { ActorRegistry } from '../actors.ts';
import type { Token } from './tokens.ts';
import { matchKey } from '../normalize.ts';
import { readings } from './phrases.ts';
import aboutWords from '../data/ar/about.json' with { type: 'json' };

const folded = (words: string[]) => new Set(words.map(matchKey));
const GROUP_HEADS = folded(aboutWords.groupHeads);
const KINGDOM = folded(aboutWords.kingdom);
const KINGDOM_NAMES = folded(aboutWords.kingdomNames);
const OWN_STATE = folded(aboutWords.ownState);
const TOPIC_OPENERS = aboutWords.topicOpeners.map((p) => matchKey(p).split(' '));

/** Registers the regions, groupings and places (cities that are no capital) of data/ar/about.json (names merge into gazetteer actors of the same id). */
export function registerRegions(registry: ActorRegistry): void {
  for (const r of [...aboutWords.regions, ...aboutWords.places]) {
    const known = registry.get(r.id);
    registry.register({ id: r.id, name: known?.name ?? r.name, kind: (known?.kind ?? r.kind) as 'GROUP', aliases: r.ar });
  }
}

const NISBA = /^ال.{2,}(ي|يه|يون|يين)$/;

function inDate(date: string | null, from?: string, to?: string): boolean {
  if (!date) return !to;
  return (!from || from <= date) && (!to || date < to);
}

/** The state an actor belongs to or speaks for, or holds a role of at the article's date. */
export function ownStateOf(registry: ActorRegistry, actor: string | null, date: string | null): string | null {
  if (!actor) return null;
  const a = registry.get(actor);
  if (!a) return null;
  if (a.kind === 'STATE') return a.id;
  const direct = a.state ?? a.speaksFor?.find((id) => registry.get(id)?.kind === 'STATE') ?? a.roles?.find((r) => r.of && inDate(date, r.from, r.to))?.of;
  if (direct) return direct;
  return a.describes?.find((id) => registry.get(id)?.kind === 'STATE') ?? null;
}

export interface AboutContext {
  registry: ActorRegistry;
  text: string;
  publishedAt: string | null;
  /** The state of the outlet, when the byline names a known medium. */
  outletState: string | null;
  /** 'extract' registers the groups it finds; 'discover' only reads. */
  mode: 'discover' | 'extract';
  /** Head without ال ("مقاومة") -> the last group of the article named with it, for a bare "المقاومة". */
  groups: Map<string, string>;
}

const withoutArticle = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

/** The kingdom "المملكة" means here: the outlet's, the speaker's, or the one the article names most. */
function homeKingdom(ctx: AboutContext, speaker: string | null): string | null {
  const isKingdom = (id: string | null | undefined) =>
    !!id && (ctx.registry.get(id)?.aliases ?? []).concat(ctx.registry.get(id)?.name ?? '').some((n) => /^المملكة\s/.test(n));
  if (isKingdom(ctx.outletState)) return ctx.outletState;
  const own = ownStateOf(ctx.registry, speaker, ctx.publishedAt);
  if (isKingdom(own)) return own;
  const counts = new Map<string, number>();
  for (const m of ctx.registry.mentions()) {
    const state = ctx.registry.get(m.actor)?.kind === 'STATE' ? m.actor : ownStateOf(ctx.registry, m.actor, ctx.publishedAt);
    if (state && isKingdom(state)) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** A group or force named at token j: its head with a genitive or adjectives ("قوات التحالف العربي", "المقاومة الشعبية"). */
function groupAt(ctx: AboutContext, tokens: Token[], j: number, to: number): { name: string; end: number } | null {
  const t = tokens[j]!;
  const head = readings(t.w).find((w) => GROUP_HEADS.has(w));
  if (!head) return null;
  let k = j + 1;
  if (!head.startsWith('ال')) {
    // An indefinite head takes a genitive: a definite noun, a quoted name, or a known name.
    const g = tokens[k];
    if (!g) return null;
    if (g.quote === 'open' && g.closes > k + 1 && g.closes < to) k = g.closes + 1;
    else if (g.word && (g.w.startsWith('ال') || ctx.registry.mentionsWithin(g.s, g.e + 60).some((m) => m.start === g.s))) k++;
    else return null;
  }
  while (k < to && k - j < 4 && tokens[k]!.word && NISBA.test(tokens[k]!.w)) k++;
  if (k === j + 1) return null; // a bare "الجيش", "القوات": no name
  const name = `${headText(ctx.text.slice(t.s, t.e), t.w, head)}${ctx.text.slice(t.e, tokens[k - 1]!.e)}`.replace(/[«»"]/g, '').replace(/\s+/g, ' ').trim();
  return { name, end: k };
}

/** The head word as written without its proclitics ("وللقوات" → "القوات"). */
function headText(raw: string, folded: string, head: string): string {
  const plain = raw.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  if (plain.length !== folded.length) return head;
  const lil = head.startsWith('ال') && !folded.endsWith(head);
  return lil ? `ا${plain.slice(plain.length - head.length + 1)}` : plain.slice(plain.length - head.length);
}

/** Actors a content is about that no name mention gives (see the header). */
export function contentAbout(ctx: AboutContext, tokens: Token[], from: number, to: number, speaker: string | null): string[] {
  const out: string[] = [];
  const groups = ctx.groups;
  const add = (id: string | null | undefined) => {
    if (id && !out.includes(id)) out.push(id);
  };
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (!t.word) continue;
    const forms = readings(t.w);
    if (forms.some((w) => KINGDOM.has(w)) && !(tokens[j + 1]?.word && KINGDOM_NAMES.has(tokens[j + 1]!.w))) add(homeKingdom(ctx, speaker));
    if (forms.some((w) => OWN_STATE.has(w))) add(ownStateOf(ctx.registry, speaker, ctx.publishedAt));
    const plural = forms.find((w) => /^ال.{3,}(يون|يين)$/.test(w) && ctx.registry.stateByDemonym(w.replace(/(ون|ين)$/, '')));
    if (plural && ctx.mode === 'extract') {
      const state = ctx.registry.stateByDemonym(plural.replace(/(ون|ين)$/, ''))!;
      const people = ctx.registry.register({ id: `people-of-${state}`, name: plural.replace(/ين$/, 'ون'), kind: 'GROUP', describes: [state], aliases: [ctx.text.slice(t.s, t.e).replace(/^[وفبل]+(?=ال)/, '')] });
      add(people.id);
    }
    const group = groupAt(ctx, tokens, j, to);
    if (group && ctx.mode === 'extract') {
      // "ميليشيات الحوثي", "الميليشيات الحوثية": the forces of a known actor are also about that actor.
      const inner = ctx.registry.mentionsWithin(tokens[j]!.s, tokens[group.end - 1]!.e).map((m) => m.actor);
      const nisba = tokens.slice(j + 1, group.end).flatMap((x) => (x.word ? [...new Set([x.w, x.w.replace(/ه$/, ''), `${x.w.replace(/ه$/, '')}ين`])].flatMap((w) => ctx.registry.lookupName(w)) : []));
      const known = ctx.registry.lookupName(group.name)[0];
      const id = known ?? ctx.registry.register({ name: group.name, kind: 'GROUP' }).id;
      ctx.registry.addMention(id, [tokens[j]!.s, tokens[group.end - 1]!.e], 'reference');
      add(id);
      for (const a of [...inner, ...nisba]) if (ctx.registry.get(a)?.kind !== 'STATE') add(a);
      groups.set(withoutArticle(readings(t.w).find((w) => GROUP_HEADS.has(w))!), id);
      j = group.end - 1;
    } else if (ctx.mode === 'extract' && t.w.startsWith('ال') && GROUP_HEADS.has(t.w)) {
      // A bare "المقاومة" after "المقاومة الشعبية" in this content: that group again.
      add(groups.get(withoutArticle(t.w)));
    }
  }
  return out;
}

/** The topic of a fronted phrase before the cue at `cueTok` ("وعن العلاقات مع X، قال"): the actors named in it. */
export function frontedTopic(registry: ActorRegistry, tokens: Token[], cueTok: number): string[] {
  for (let j = 0; j < cueTok && j < 3; j++) {
    for (const opener of TOPIC_OPENERS) {
      if (opener.every((w, k) => tokens[j + k]?.w === w)) {
        const from = tokens[j + opener.length]?.s;
        if (from === undefined) return [];
        return [...new Set(registry.mentionsWithin(from, tokens[cueTok]!.s).map((m) => m.actor))];
      }
    }
  }
  return [];
}
