// A deterministic corpus of wire-style news for the import benchmark and the interruption test:
// Arabic and English articles built from this project's own templates (never the shared corpus),
// with a few popular actors and a long tail (Zipf-like), as in real news, and the attribution
// patterns the extractor handles (said, told, denied, accused, called for, warned, according to,
// reported, nested "X said Y told Z"). The same seed always gives the same articles.
//
//   node --import tsx bench/generate-corpus.ts [--count 10000] [--seed 42] [--arabic-share 0.5] [--out FILE]
//   (without --out, JSON lines go to standard output)
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';

export interface CorpusRecord {
  url: string;
  title: string;
  text: string;
  publishedAt: string;
  outlet: string;
  language: 'ar' | 'en';
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Share of Arabic articles (default 0.5). */
  arabicShare?: number;
  /** Host of the generated URLs, so tests can tell their articles apart. */
  host?: string;
}

/** mulberry32: tiny, fast and good enough for picking templates; fully determined by the seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Actor {
  en: string;
  ar: string;
}

// Speakers, by popularity (the first are picked most often).
const SPEAKERS: Actor[] = [
  { en: 'the Kremlin', ar: 'الكرملين' },
  { en: 'the White House', ar: 'البيت الأبيض' },
  { en: 'Russian Foreign Minister Sergei Lavrov', ar: 'وزير الخارجية الروسي سيرغي لافروف' },
  { en: 'the United Nations', ar: 'الأمم المتحدة' },
  { en: 'President Vladimir Putin', ar: 'الرئيس فلاديمير بوتين' },
  { en: 'the Pentagon', ar: 'البنتاغون' },
  { en: 'Kremlin spokesman Dmitry Peskov', ar: 'المتحدث باسم الكرملين دميتري بيسكوف' },
  { en: 'the State Department', ar: 'وزارة الخارجية الأمريكية' },
  { en: 'Secretary of State John Kerry', ar: 'وزير الخارجية الأمريكي جون كيري' },
  { en: 'the Syrian Foreign Ministry', ar: 'وزارة الخارجية السورية' },
  { en: 'UN envoy Staffan de Mistura', ar: 'المبعوث الأممي ستيفان دي ميستورا' },
  { en: 'NATO', ar: 'حلف الناتو' },
  { en: 'the European Union', ar: 'الاتحاد الأوروبي' },
  { en: 'Iran', ar: 'إيران' },
  { en: 'Turkey', ar: 'تركيا' },
  { en: 'Saudi Arabia', ar: 'السعودية' },
  { en: 'the Arab League', ar: 'الجامعة العربية' },
  { en: 'Human Rights Watch', ar: 'منظمة هيومن رايتس ووتش' },
  { en: 'Amnesty International', ar: 'منظمة العفو الدولية' },
  { en: 'the Syrian Observatory for Human Rights', ar: 'المرصد السوري لحقوق الإنسان' },
  { en: 'Hezbollah', ar: 'حزب الله' },
  { en: 'the Iranian Foreign Ministry', ar: 'وزارة الخارجية الإيرانية' },
  { en: 'Maria Zakharova', ar: 'ماريا زاخاروفا' },
  { en: 'Senator John McCain', ar: 'السيناتور جون ماكين' },
  { en: 'the Arab coalition', ar: 'التحالف العربي' },
];

// Who statements are about, also Zipf-like.
const SUBJECTS: Actor[] = [
  { en: 'Russia', ar: 'روسيا' },
  { en: 'the United States', ar: 'الولايات المتحدة' },
  { en: 'Syria', ar: 'سوريا' },
  { en: 'Donald Trump', ar: 'دونالد ترامب' },
  { en: 'Bashar al-Assad', ar: 'بشار الأسد' },
  { en: 'Iran', ar: 'إيران' },
  { en: 'Turkey', ar: 'تركيا' },
  { en: 'Israel', ar: 'إسرائيل' },
  { en: 'Barack Obama', ar: 'باراك أوباما' },
  { en: 'Ukraine', ar: 'أوكرانيا' },
  { en: 'the Islamic State', ar: 'تنظيم الدولة' },
  { en: 'Iraq', ar: 'العراق' },
  { en: 'Yemen', ar: 'اليمن' },
  { en: 'China', ar: 'الصين' },
  { en: 'Lebanon', ar: 'لبنان' },
  { en: 'Egypt', ar: 'مصر' },
  { en: 'Qatar', ar: 'قطر' },
  { en: 'France', ar: 'فرنسا' },
];

const MEDIA: Actor[] = [
  { en: 'Reuters', ar: 'وكالة رويترز' },
  { en: 'AFP', ar: 'وكالة فرانس برس' },
  { en: 'the Associated Press', ar: 'وكالة أسوشيتد برس' },
  { en: 'TASS', ar: 'وكالة تاس' },
  { en: 'SANA', ar: 'وكالة سانا' },
];

const TOPICS = {
  en: ['the ceasefire', 'the sanctions', 'the peace talks', 'the refugee crisis', 'the oil deal', 'the prisoner exchange', 'the border crossing', 'the aid convoys', 'the nuclear agreement', 'the election results'],
  ar: ['وقف إطلاق النار', 'العقوبات', 'محادثات السلام', 'أزمة اللاجئين', 'اتفاق النفط', 'تبادل الأسرى', 'المعبر الحدودي', 'قوافل المساعدات', 'الاتفاق النووي', 'نتائج الانتخابات'],
};

const DAYS = {
  en: ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'yesterday', 'today'],
  ar: ['يوم الاثنين', 'يوم الثلاثاء', 'يوم الأربعاء', 'يوم الخميس', 'يوم الجمعة', 'يوم السبت', 'يوم الأحد', 'أمس', 'اليوم'],
};

const OUTLETS = {
  en: ['Bench Wire', 'Bench Daily', 'The Bench Post'],
  ar: ['وكالة الاختبار للأنباء', 'صحيفة المقياس', 'شبكة الأداء الإخبارية'],
};

interface Picker {
  (n: number): number;
}

function generator(seed: number) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Zipf-like weights 1/(rank+1): a handful of actors dominate, as in the news.
  const zipf: Picker = (n) => {
    const total = Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
    let r = random() * total;
    for (let i = 0; i < n; i++) {
      r -= 1 / (i + 1);
      if (r <= 0) return i;
    }
    return n - 1;
  };
  const speaker = () => SPEAKERS[zipf(SPEAKERS.length)]!;
  const subject = () => SUBJECTS[zipf(SUBJECTS.length)]!;
  return { random, pick, speaker, subject, media: () => pick(MEDIA) };
}

type Gen = ReturnType<typeof generator>;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function englishSentence(g: Gen): string {
  const s = g.speaker().en;
  const t = g.subject().en;
  const topic = g.pick(TOPICS.en);
  const day = g.pick(DAYS.en);
  switch (g.pick([0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8])) {
    case 0: return `${cap(s)} said ${day} that ${t} was ready to resume talks on ${topic}.`;
    case 1: return `"We will not accept any deal on ${topic} that ignores our demands," ${s} told reporters.`;
    case 2: return `${cap(s)} denied that ${t} had violated ${topic}, according to ${g.media().en}.`;
    case 3: return `${cap(s)} accused ${t} of undermining ${topic}.`;
    case 4: return `${cap(s)} called for an urgent meeting on ${topic} with ${t}.`;
    case 5: return `${cap(s)} warned ${day} that ${t} would pay a price if ${topic} collapsed.`;
    case 6: return `${cap(g.media().en)} reported that ${t} had rejected ${topic}.`;
    case 7: return `${cap(s)} said ${g.speaker().en} had told ${t} that ${topic} was "the only way forward".`;
    default: return `Fighting continued near the border as diplomats discussed ${topic}.`;
  }
}

function arabicSentence(g: Gen): string {
  const s = g.speaker().ar;
  const t = g.subject().ar;
  const topic = g.pick(TOPICS.ar);
  const day = g.pick(DAYS.ar);
  switch (g.pick([0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8])) {
    case 0: return `وقال ${s} ${day} إن ${t} مستعدة لاستئناف المحادثات بشأن ${topic}.`;
    case 1: return `وأكد ${s} أن "أي اتفاق حول ${topic} لا يراعي مطالبنا مرفوض".`;
    case 2: return `ونفى ${s} أن تكون ${t} قد انتهكت ${topic}، حسب ${g.media().ar}.`;
    case 3: return `واتهم ${s} ${t} بعرقلة ${topic}.`;
    case 4: return `ودعا ${s} إلى اجتماع عاجل مع ${t} بشأن ${topic}.`;
    case 5: return `وحذر ${s} ${day} من أن ${t} ستدفع الثمن إذا انهار ${topic}.`;
    case 6: return `وذكرت ${g.media().ar} أن ${t} رفضت ${topic}.`;
    case 7: return `وقال ${s} إن ${g.speaker().ar} أبلغ ${t} بأن ${topic} "هو الطريق الوحيد".`;
    default: return `وتواصلت الاشتباكات قرب الحدود بينما ناقش الدبلوماسيون ${topic}.`;
  }
}

function isoDay(base: number, offsetDays: number): string {
  return new Date(base + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The corpus, one record at a time (10,000 articles are never held in memory by the generator). */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusRecord> {
  const g = generator(options.seed ?? 42);
  const arabicShare = options.arabicShare ?? 0.5;
  const host = options.host ?? 'bench.claimgraph.example';
  const start = Date.UTC(2016, 0, 1);
  for (let i = 0; i < options.count; i++) {
    const language: 'ar' | 'en' = g.random() < arabicShare ? 'ar' : 'en';
    const sentence = language === 'ar' ? arabicSentence : englishSentence;
    const topic = g.pick(TOPICS[language]);
    const lead = g.subject()[language];
    const title = language === 'ar' ? `${lead} و${topic}: تطورات جديدة` : `${cap(lead)} and ${topic}: new developments`;
    // 4 to 9 sentences, two or three per paragraph.
    const sentences = Array.from({ length: 4 + Math.floor(g.random() * 6) }, () => sentence(g));
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; k += 2) paragraphs.push(sentences.slice(k, k + 2).join(' '));
    yield {
      url: `https://${host}/${language}/${i}`,
      title,
      text: `${title}\n\n${paragraphs.join('\n')}\n`,
      publishedAt: isoDay(start, Math.floor(g.random() * 3000)),
      outlet: g.pick(OUTLETS[language]),
      language,
    };
  }
}

async function main(): Promise<void> {
  const program = new Command('generate-corpus')
    .option('--count <n>', 'articles', (v) => Number.parseInt(v, 10), 10_000)
    .option('--seed <n>', 'PRNG seed', (v) => Number.parseInt(v, 10), 42)
    .option('--arabic-share <x>', 'share of Arabic articles', Number.parseFloat, 0.5)
    .option('--out <file>', 'JSON-lines file (default: standard output)')
    .parse();
  const opts = program.opts<{ count: number; seed: number; arabicShare: number; out?: string }>();
  const out: NodeJS.WritableStream = opts.out ? createWriteStream(opts.out) : process.stdout;
  for (const record of generateCorpus({ count: opts.count, seed: opts.seed, arabicShare: opts.arabicShare })) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  if (opts.out) await new Promise<void>((resolve) => out.end(() => resolve()));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
