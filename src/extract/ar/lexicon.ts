// The Arabic cue lexicon (data/ar/cues.json) and the word lists the attribution rules use, as
// folded matching keys. Word lists that are grammar (pronouns, particles) live here; cue verbs and
// their cueTypes are data.
import type { CueType } from '../types.ts';
import cues from '../data/ar/cues.json' with { type: 'json' };
import { matchKey } from '../normalize.ts';

export type Gender = 'm' | 'f' | 'pl' | 'du';
export type CueForm = 'past' | 'present' | 'participle';

export interface CueEntry {
  lemma: string;
  type: CueType;
  form: CueForm;
  gender: Gender;
  /** May take a plain object ("انتقد الولايات المتحدة") instead of a complement clause. */
  object: boolean;
  /** One of these words must follow the speaker ("أعرب عن"). */
  requires: string[] | null;
  /** Only when a quotation follows ("تابع: «...»"). */
  quotedOnly: boolean;
  negatedOnly: boolean;
  topLevelOnly: boolean;
  /** Only opening its clause ("وبيّن أن", "عدّ X أن"): the same letters elsewhere are another word (بين "between"). */
  initialOnly: boolean;
  /** What was said may follow with no marker, right after the verb or after a comma ("وقال لا يوجد …", "قال X، إذا …"). */
  bareClause: boolean;
  /** The cueType when the speaker is a medium ("ذكرت الوكالة" = REPORT). */
  mediaType: CueType | null;
  /** "ذكّر X بأن": the word is REMIND when an actor and بـ follow. */
  remind: boolean;
  addressee: boolean;
  /** Prepositions that introduce a nominal complement ("شدد على ضرورة", "أعلن عن خفض", "ندد بقرار"), folded. */
  preps: string[];
  /** "اتهم X Y بـ", "دعا X Y إلى": the noun phrase before the preposition is an object (the addressee or the accused), not what was said. */
  objectThenPrep: boolean;
  /** Never without an object: with none before its preposition the verb is passive ("اتُّهم بالتعاون"). */
  needsObject: boolean;
}

interface RawCue {
  lemma: string;
  type: string;
  past?: string[];
  present?: string[];
  participle?: string[];
  object?: boolean;
  requires?: string[];
  quotedOnly?: boolean;
  negatedOnly?: boolean;
  topLevelOnly?: boolean;
  initialOnly?: boolean;
  bareClause?: boolean;
  mediaType?: string;
  remind?: boolean;
  addressee?: boolean;
  preps?: string[];
  objectThenPrep?: boolean;
  needsObject?: boolean;
}

const CUE_FORMS = new Map<string, CueEntry>();
for (const raw of (cues as { cues: RawCue[] }).cues) {
  for (const form of ['past', 'present', 'participle'] as const) {
    for (const spec of raw[form] ?? []) {
      const [word, g] = spec.split(':');
      const entry: CueEntry = {
        lemma: raw.lemma,
        type: raw.type as CueType,
        form,
        gender: (g as Gender | undefined) ?? 'm',
        object: raw.object ?? false,
        requires: raw.requires ? raw.requires.map(matchKey) : null,
        quotedOnly: raw.quotedOnly ?? false,
        negatedOnly: raw.negatedOnly ?? false,
        topLevelOnly: raw.topLevelOnly ?? false,
        initialOnly: raw.initialOnly ?? false,
        bareClause: raw.bareClause ?? false,
        mediaType: (raw.mediaType as CueType | undefined) ?? null,
        remind: raw.remind ?? false,
        addressee: raw.addressee ?? false,
        preps: (raw.preps ?? []).map(matchKey),
        objectThenPrep: raw.objectThenPrep ?? false,
        needsObject: raw.needsObject ?? false,
      };
      CUE_FORMS.set(matchKey(word!), entry);
    }
  }
}

const RELAY_VERBS = new Map<string, Gender>();
for (const spec of (cues as { relay: { verbs: string[] } }).relay.verbs) {
  const [word, g] = spec.split(':');
  RELAY_VERBS.set(matchKey(word!), (g as Gender | undefined) ?? 'm');
}

export const COMPLEMENTS = new Set((cues as { complements: string[] }).complements.map(matchKey));

export interface CueMatch {
  entry: CueEntry;
  /** Length of the conjunction prefix (و/ف) in the folded word. */
  prefix: number;
  /** An object pronoun attached to the verb ("اتهمه"): its gender/number. */
  objectSuffix: Gender | null;
}

const OBJECT_SUFFIXES: Array<[string, Gender]> = [['هما', 'du'], ['هم', 'pl'], ['ها', 'f'], ['ه', 'm']];

const CUE_CACHE = new Map<string, CueMatch | null>();

/** The cue a folded word is, if any: "وقال", "فأضافت", "اتهمه", "ينفيه" (memoised: words repeat). */
export function matchCue(word: string): CueMatch | null {
  let m = CUE_CACHE.get(word);
  if (m === undefined) {
    m = matchCueUncached(word);
    if (CUE_CACHE.size > 200_000) CUE_CACHE.clear();
    CUE_CACHE.set(word, m);
  }
  return m;
}

function matchCueUncached(word: string): CueMatch | null {
  const bases: Array<[string, number]> = [[word, 0]];
  if ((word[0] === 'و' || word[0] === 'ف') && word.length > 3) bases.push([word.slice(1), 1]);
  for (const [base, prefix] of bases) {
    const direct = CUE_FORMS.get(base);
    if (direct) return { entry: direct, prefix, objectSuffix: null };
    for (const [suffix, g] of OBJECT_SUFFIXES) {
      if (base.endsWith(suffix) && base.length - suffix.length >= 3) {
        const e = CUE_FORMS.get(base.slice(0, -suffix.length));
        // Participles take no object pronoun here ("مشيرا" + ه is not a form).
        if (e && e.form !== 'participle') return { entry: e, prefix, objectSuffix: g };
      }
    }
  }
  return null;
}

export function matchRelayVerb(word: string): Gender | null {
  const base = (word[0] === 'و' || word[0] === 'ف') && word.length > 3 ? word.slice(1) : word;
  return RELAY_VERBS.get(word) ?? RELAY_VERBS.get(base) ?? null;
}

const keys = (words: string[]) => new Set(words.map(matchKey));

/** "According to": the word (possibly followed by ل) that introduces a source. */
export const ACCORDING = keys(['حسب', 'بحسب', 'وحسب', 'وبحسب', 'وفقا', 'ووفقا', 'طبقا', 'وطبقا', 'وفق']);

/** Heads of described or collective sources ("مصادر دبلوماسية", "مسؤول كبير"): GROUP actors. */
export const COLLECTIVE_HEADS = keys([
  'مصدر', 'مصادر', 'المصدر', 'المصادر', 'مسؤول', 'مسؤولون', 'مسؤولين', 'مسؤولو', 'مسؤولة', 'المسؤول', 'المسؤولون', 'المسؤولين',
  'دبلوماسي', 'دبلوماسيون', 'دبلوماسيين', 'الدبلوماسي', 'خبراء', 'خبير', 'الخبراء', 'محللون', 'محللين', 'محلل', 'المحللون',
  'ناشطون', 'ناشطين', 'ناشط', 'الناشطون', 'شهود', 'سكان', 'مراقبون', 'المراقبون', 'منتقدو', 'منتقدي', 'معارضون', 'مؤيدو',
  'أوساط', 'دوائر', 'جهات', 'وسائل', 'تقارير', 'التقارير', 'التقرير', 'تقرير', 'البيان', 'بيان', 'الدراسة', 'دراسة', 'الوثيقة',
  'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'مقربون', 'المقربون', 'مسؤولون', 'قادة', 'القادة', 'زعماء', 'نواب', 'النواب', 'أعضاء',
  'مصدرا', 'مصادرا', 'المعارضة', 'المعارضون', 'معارضون', 'المحتجون', 'محتجون', 'المتظاهرون', 'متظاهرون', 'الناشطون', 'شهود عيان',
]);
/** Collective heads that denote documents rather than people (kind OTHER). */
export const DOCUMENT_HEADS = keys(['تقارير', 'التقارير', 'التقرير', 'تقرير', 'البيان', 'بيان', 'الدراسة', 'دراسة', 'الوثيقة']);

/** Institutions that, with the actor after them, name a new organisation ("سفارة تايلاند"). */
export const INSTITUTION_HEADS = keys([
  'سفارة', 'السفارة', 'وزارة', 'الوزارة', 'هيئة', 'الهيئة', 'منظمة', 'المنظمة', 'مكتب', 'حكومة', 'الحكومة', 'رئاسة', 'مجلس',
  'لجنة', 'اللجنة', 'جمعية', 'حزب', 'الحزب', 'حركة', 'الحركة', 'جماعة', 'الجماعة', 'تحالف', 'التحالف', 'ائتلاف', 'ائتلافا',
  'الائتلاف', 'قيادة', 'شركة', 'الشركة', 'وكالة', 'الوكالة', 'صحيفة', 'الصحيفة', 'قناة', 'القناة', 'مؤسسة', 'المؤسسة', 'اتحاد',
  'الاتحاد', 'جبهة', 'الجبهة', 'مركز', 'المركز', 'مرصد', 'المرصد', 'الإدارة', 'إدارة', 'البرلمان', 'برلمان', 'المحكمة', 'محكمة',
  'الجيش', 'جيش', 'الشرطة', 'قوات', 'القوات', 'الخارجية', 'الداخلية', 'الدفاع',
]);
export const MEDIA_HEADS = keys(['وكالة', 'الوكالة', 'صحيفة', 'الصحيفة', 'قناة', 'القناة', 'تلفزيون', 'التلفزيون', 'إذاعة', 'الإذاعة', 'موقع', 'مجلة', 'المجلة']);

/** Role and title words: a person's name follows them ("المهندس محمد", "وزير الخارجية عادل الجبير"). */
export const ROLE_WORDS = keys([
  'الرئيس', 'رئيس', 'رئيسة', 'نائب', 'وزير', 'وزيرة', 'الوزير', 'الوزيرة', 'عضو', 'مدير', 'مديرة', 'المدير', 'أمين', 'الأمين',
  'المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'متحدث', 'ناطق', 'قائد', 'زعيم', 'الزعيم', 'القائد', 'مساعد', 'مستشار', 'المستشار',
  'سفير', 'السفير', 'مندوب', 'المندوب', 'المبعوث', 'مبعوث', 'الملك', 'الأمير', 'أمير', 'ولي', 'الشيخ', 'المهندس', 'الدكتور', 'د',
  'السيد', 'السيدة', 'اللواء', 'العميد', 'العقيد', 'الجنرال', 'الفريق', 'المشير', 'النائب', 'السيناتور', 'المرشح', 'المرشحة',
  'رئيسة', 'منسق', 'المنسق', 'أستاذ', 'الأستاذ', 'الباحث', 'باحث', 'الخبير', 'المحلل', 'الكاتب', 'الصحفي', 'مراسل', 'القاضي',
  'المفوض', 'محافظ', 'المحافظ', 'حاكم', 'الحاكم', 'عام', 'العام', 'باسم', 'الرسمي', 'الأعلى', 'المعارض', 'السابق', 'الحالي',
  'الخاص', 'الدولي', 'الأممي', 'الشخصي', 'الأول', 'الثاني', 'العسكري', 'السياسي', 'التنفيذي', 'المجلس', 'الهيئة', 'السياسية',
  'الخارجية', 'الداخلية', 'الدفاع', 'الوزراء', 'الحكومة', 'العهد', 'الإعلام', 'الإعلامي', 'المكتب', 'مكتب', 'الأمن',
]);

/** Words that are never part of a person's name. */
export const FUNCTION_WORDS = keys([
  'في', 'من', 'الى', 'إلى', 'على', 'عن', 'مع', 'إن', 'أن', 'ان', 'لا', 'لم', 'لن', 'ما', 'قد', 'كان', 'كانت', 'التي', 'الذي',
  'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'بعد', 'قبل', 'خلال', 'أمس', 'اليوم', 'يوم', 'أيضا', 'كما', 'ثم', 'أو',
  'و', 'حول', 'بين', 'عند', 'منذ', 'حتى', 'لدى', 'وهو', 'وهي', 'وهم', 'بشأن', 'حيث', 'لكن', 'غير', 'كل', 'بعض', 'أي', 'إلا',
  'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'صباح', 'مساء', 'الماضي', 'المقبل', 'الأسبوع',
  'تصريحات', 'تصريح', 'بيان', 'حوار', 'مقابلة', 'مؤتمر', 'صحفي', 'كلمة', 'رسالة', 'اتصال', 'هاتفي', 'هاتفيا', 'لقاء', 'اجتماع',
  'كلها', 'كله', 'كلهم', 'جميعها', 'جميعهم', 'بعضها', 'بعضهم', 'معظم', 'أغلب', 'مؤشرات', 'أنباء', 'معلومات',
  'مطلع', 'مطلعة', 'كبير', 'رفيع', 'رفيعة', 'بارز', 'المستوى', 'مسؤول', 'عسكري', 'أمني', 'دبلوماسي', 'أيضاً', 'بدوره', 'بدورها',
]);

/** Pronoun-like subjects that are never speakers ("ويشير ذلك إلى"). */
export const DEMONSTRATIVES = keys(['ذلك', 'هذا', 'هذه', 'تلك', 'هذان', 'هاتان', 'ما', 'الامر']);

/** Words skipped before a verb when finding the start of its clause ("كان لافروف قد أعلن"). */
export const AUXILIARIES = keys(['كان', 'كانت', 'وكان', 'وكانت', 'قد', 'وقد', 'فقد', 'لقد', 'كانوا', 'أيضا', 'بدوره', 'بدورها', 'لكن', 'ولكن', 'كما', 'ثم', 'إلا', 'أن', 'ان', 'إن']);

/** "Both sides": a reference to the two actors last named together. */
export const DUAL_REFERENCES: Record<string, 'PERSON' | 'STATE' | 'ANY'> = Object.fromEntries(
  [
    ['الجانبان', 'ANY'], ['الجانبين', 'ANY'], ['الطرفان', 'ANY'], ['الطرفين', 'ANY'], ['الاثنان', 'ANY'], ['الاثنين', 'ANY'],
    ['الرئيسان', 'PERSON'], ['الرئيسين', 'PERSON'], ['الزعيمان', 'PERSON'], ['الزعيمين', 'PERSON'], ['الوزيران', 'PERSON'], ['الوزيرين', 'PERSON'],
    ['البلدان', 'STATE'], ['البلدين', 'STATE'], ['الدولتان', 'STATE'], ['الدولتين', 'STATE'],
  ].map(([k, v]) => [matchKey(k!), v as 'PERSON' | 'STATE' | 'ANY']),
);

/** "Our country": the speaker's own state. */
export const OWN_STATE = keys(['بلادنا', 'بلدنا', 'دولتنا', 'وبلادنا', 'لبلادنا', 'ببلادنا', 'حكومتنا']);

/** Nouns for statements that the next verb introduces ("بيانا قالت فيه"). */
export const STATEMENT_NOUNS = keys(['بيانا', 'بيان', 'تصريحا', 'تصريحات', 'رسالة', 'تقريرا', 'تغريدة', 'كلمة']);

/** Relative markers: "الأمر الذي ينفيه ترامب", "وهو ما نفاه": the content is the preceding clause. */
export const RELATIVE_PRONOUNS = keys(['الذي', 'التي', 'ما']);
export const RELATIVE_HEADS = keys(['الامر', 'وهو', 'وهذا', 'هو', 'وذلك', 'الشيء']);
