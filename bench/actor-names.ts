// Actor quality on a JSONL corpus (no gold needed): which actors extraction would put in the graph,
// how many of them are fragments rather than names, and who the most frequent speakers are.
// Extraction only (the same text the importer gives the extractor, the same pruning as the write),
// so it is cheap enough to run on a shared machine; the graph itself is not touched.
//
//   node --import tsx bench/actor-names.ts ../shared/corpus/real/saudinewsnet-5k.jsonl [--top 40] [--sample 100]
//
// How a name is counted as fragment-like (deliberately its own word lists, not those of
// src/extract/name-phrase.ts, so that the check is not graded by itself). An actor's display name
// or, for new actors, any Arabic name is fragment-like when
//   - its first word is a preposition, relay or linking word (في، من، بحسب، وفق، نقلا، خلال ...,
//     "according", "in", "of", "the" alone ...), or a demonstrative/relative/pronoun;
//   - its first word carries a proclitic preposition (بال، لل، كال، وبال، and ب/ل/ك before a hamza);
//   - its first word is an indefinite accusative (ends in tanween -اً / -ًا: "موقفاً"), never a name;
//   - its first word is one of the Arabic cue verbs (قال، أكد، أشار ...);
//   - it contains a religious formula (صلى الله عليه وسلم، رضي الله عنه، رحمه الله، عليه السلام);
//   - its last word is a connector that needs a name after it (بن، ابن، بنت، أبو، عبد، آل، ذو);
//   - it has a digit, or more than seven words.
// "New" actors are those not in the gazetteer. The share is over every actor the write would keep.
//
// A speaker is a generic description (it must be an actor of its article, never one node for every
// article: issue 11) when its name, without the article ال/the/a, is one word of GENERIC_HEADS
// ("الوزارة", "the company"), or such a word with a vague adjective after it ("مصادر مطلعة",
// "a senior official"). The top speakers are listed with a mark on those; the line
// "generic descriptions among the top N speakers" counts them.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { extract } from '../src/extract/index.ts';
import { GAZETTEER } from '../src/extract/gazetteer.ts';
import { prepareArticleWrite } from '../src/graph/write-prepare.ts';
import { textForExtraction } from '../src/import/article-text.ts';
import { EXTRACTOR_VERSION } from '../src/extract/index.ts';

const FOLD = (s: string) =>
  s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase();

const FIRST_WORDS = new Set(
  [
    'في', 'من', 'على', 'عن', 'إلى', 'الى', 'مع', 'بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا', 'عبر', 'خلال', 'بعد', 'قبل',
    'لدى', 'منذ', 'حول', 'ضد', 'بين', 'عند', 'تجاه', 'نحو', 'دون', 'بدون', 'غير', 'أن', 'إن', 'ان', 'لكن', 'كما', 'حيث', 'إذ',
    'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'الذي', 'التي', 'الذين', 'هو', 'هي', 'هم', 'وهو', 'وهي', 'أيضا', 'كذلك', 'ثم', 'أو',
    'according', 'in', 'of', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'as', 'said', 'says', 'told', 'this', 'that', 'it',
    'he', 'she', 'they', 'we', 'who', 'which', 'but', 'and', 'or',
  ].map(FOLD),
);
const CUE_VERBS = new Set(
  ['قال', 'قالت', 'أكد', 'أكدت', 'أشار', 'أشارت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'أعلن', 'أعلنت', 'ذكر', 'ذكرت', 'نفى', 'نفت',
    'اعتبر', 'اعتبرت', 'شدد', 'شددت', 'دعا', 'دعت', 'طالب', 'طالبت', 'حذر', 'حذرت', 'يقول', 'تقول', 'أفاد', 'أفادت', 'كشف', 'كشفت'].map(FOLD),
);
const FORMULAS = ['صلى الله عليه وسلم', 'رضي الله عنه', 'رحمه الله', 'عليه السلام', 'حفظه الله', 'رضي الله عنها'].map(FOLD);
const CONNECTORS = new Set(['بن', 'ابن', 'بنت', 'أبو', 'ابو', 'عبد', 'آل', 'ذو', 'أبي', 'ابي'].map(FOLD));

const GENERIC_HEADS = new Set(
  [
    'وزارة', 'الوزارة', 'شركة', 'الشركة', 'بيان', 'البيان', 'تقرير', 'التقرير', 'مصادر', 'المصادر', 'مصدر', 'المصدر', 'الشرطة',
    'شرطة', 'شهود', 'الشهود', 'مسؤول', 'المسؤول', 'مسؤولون', 'المسؤولون', 'الهيئة', 'هيئة', 'اللجنة', 'لجنة', 'الجهات', 'الوكالة',
    'وكالة', 'المتحدث', 'متحدث', 'الصحيفة', 'صحيفة', 'الحكومة', 'الجيش', 'السلطات', 'الرئاسة', 'الإدارة', 'المديرية', 'الأمانة',
    'المجلس', 'المركز', 'البنك', 'الجامعة', 'المستشفى', 'المحكمة', 'النيابة', 'الدفاع المدني', 'المصادر الأمنية',
    'ministry', 'company', 'statement', 'report', 'source', 'sources', 'police', 'witnesses', 'official', 'officials',
    'spokesman', 'spokeswoman', 'agency', 'newspaper', 'government', 'authorities', 'committee', 'council', 'court',
  ].map(FOLD),
);
const VAGUE = new Set(
  ['مطلعة', 'مطلع', 'مطلعه', 'مقربة', 'مقربه', 'رسمية', 'رسميه', 'أمنية', 'امنيه', 'عيان', 'محلية', 'محليه', 'مسؤولة', 'مسؤوله', 'دبلوماسية',
    'رسمي', 'الرسمي', 'الرسميه', 'senior', 'informed', 'local', 'security', 'official', 'unnamed', 'anonymous', 'diplomatic'].map(FOLD),
);

export function genericDescription(name: string): boolean {
  const words = FOLD(name)
    .split(/[\s\u00A0]+/)
    .filter((w) => w && !['the', 'a', 'an'].includes(w));
  if (words.length === 0) return false;
  if (words.length === 1) return GENERIC_HEADS.has(words[0]!);
  return words.every((w) => GENERIC_HEADS.has(w) || VAGUE.has(w)) || (GENERIC_HEADS.has(words.join(' ')));
}

export function fragmentReason(name: string): string | null {
  const words = name.split(/[\s\u00A0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return 'empty';
  const raw = words[0]!.replace(/^[«"'“(]+/, '');
  const first = FOLD(raw);
  const folded = FOLD(name);
  if (FIRST_WORDS.has(first) || FIRST_WORDS.has(first.replace(/^[وف]/, ''))) return 'starts with a function word';
  if (/^[وف]?(بال|لل|كال)\S{3}/.test(first) || /^[وف]?[بلك][أإآ]/.test(raw)) return 'starts with a proclitic preposition';
  if (/(اً|ًا)$/.test(raw)) return 'starts with an indefinite accusative';
  if (CUE_VERBS.has(first) || CUE_VERBS.has(first.replace(/^[وف]/, ''))) return 'starts with a cue verb';
  if (FORMULAS.some((f) => folded.includes(f))) return 'a religious formula';
  if (CONNECTORS.has(FOLD(words.at(-1)!))) return 'ends with a connector';
  if (/\d/.test(name)) return 'has a digit';
  if (words.length > 7) return 'more than seven words';
  return null;
}

function main(): void {
  const program = new Command('actor-names')
    .argument('<jsonl>')
    .option('--top <n>', 'most frequent speakers to list', '40')
    .option('--sample <n>', 'random new actor names to print for a manual review', '0')
    .option('--limit <n>', 'articles to read (0 = all)', '0')
    .parse(process.argv);
  const opts = program.opts<{ top: string; sample: string; limit: string }>();
  const lines = readFileSync(program.args[0]!, 'utf8').split('\n').filter((l) => l.trim());
  const limit = Number(opts.limit) || lines.length;
  const builtIn = new Set(GAZETTEER.map((e) => e.id));
  const actors = new Map<string, { name: string; aliases: Set<string>; articles: number }>();
  const speakers = new Map<string, number>();
  let statements = 0;
  const t0 = Date.now();
  for (const line of lines.slice(0, limit)) {
    const r = JSON.parse(line) as { url?: string; title?: string; text: string; publishedAt?: string; language?: 'ar' | 'en' };
    const text = textForExtraction(r);
    const x = extract(text, { ...(r.language ? { language: r.language } : {}), ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}) });
    const w = prepareArticleWrite({ text, ...(r.url ? { url: r.url } : {}) }, x, EXTRACTOR_VERSION);
    for (const a of w.actors) {
      const seen = actors.get(a.id) ?? { name: a.name, aliases: new Set<string>(), articles: 0 };
      for (const alias of a.aliases) seen.aliases.add(alias);
      seen.articles++;
      actors.set(a.id, seen);
    }
    for (const s of w.statements) {
      statements++;
      if (s.speaker) speakers.set(s.speaker, (speakers.get(s.speaker) ?? 0) + 1);
    }
  }
  const fresh = [...actors].filter(([id]) => !builtIn.has(id));
  const fragments = fresh
    .map(([id, a]) => ({ id, name: a.name, reason: fragmentReason(a.name) ?? [...a.aliases].map(fragmentReason).find((r) => r) ?? null }))
    .filter((f) => f.reason);
  const byReason = new Map<string, number>();
  for (const f of fragments) byReason.set(f.reason!, (byReason.get(f.reason!) ?? 0) + 1);
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)}%`;
  console.log(`extractor ${EXTRACTOR_VERSION}: ${limit} articles in ${((Date.now() - t0) / 1000).toFixed(0)} s, ${statements} statements`);
  console.log(`actors: ${actors.size} (${fresh.length} new, not in the gazetteer)`);
  console.log(`fragment-like: ${fragments.length} = ${pct(fragments.length, actors.size)} of actors, ${pct(fragments.length, fresh.length)} of new actors`);
  for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${reason}`);
  console.log('examples:', fragments.slice(0, 15).map((f) => f.name).join(' | '));
  const top = [...speakers].sort((a, b) => b[1] - a[1]).slice(0, Number(opts.top));
  const generic = top.filter(([id]) => genericDescription(actors.get(id)?.name ?? ''));
  console.log(`generic descriptions among the top ${top.length} speakers: ${generic.length}${generic.length ? ` (${generic.map(([id]) => actors.get(id)?.name).join(', ')})` : ''}`);
  console.log(`top ${top.length} speakers (statements, id, name, articles; * = generic description):`);
  for (const [id, n] of top) {
    const name = actors.get(id)?.name ?? '';
    console.log(`  ${n}\t${id}\t${name}\t${actors.get(id)?.articles}${genericDescription(name) ? '\t*' : ''}`);
  }
  const sample = Number(opts.sample);
  if (sample > 0) {
    // A fixed-seed shuffle, so a review can be repeated on the same names.
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pool = [...fresh];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    console.log(`random ${sample} new actors (id, name):`);
    for (const [id, a] of pool.slice(0, sample)) console.log(`  ${id}\t${a.name}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
