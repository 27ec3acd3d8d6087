// Relative dates in an attribution ("يوم السبت", "أمس", "on Saturday", "last week") resolved to
// the past day relative to the publication date. Lexicons per language; no calendar library needed
// for day arithmetic on UTC dates.
import type { Language } from './types.ts';
import { matchKey } from './normalize.ts';

export interface DateMention {
  /** YYYY-MM-DD */
  date: string;
  start: number;
  end: number;
}

// Weekday numbers follow Date.getUTCDay(): 0 = Sunday.
const AR_WEEKDAYS: Record<string, number> = {
  'الاحد': 0, 'الاثنين': 1, 'الثلاثاء': 2, 'الاربعاء': 3, 'الخميس': 4, 'الجمعه': 5, 'السبت': 6,
};
const EN_WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Fixed offsets in days (negative = past). Folded Arabic keys (normalize.ts). */
const AR_RELATIVE: Array<[RegExp, number]> = [
  [/(?:^|[\s،,(])((?:[وف]?)(?:اول امس|امس الاول|البارحه الاولي))(?=$|[\s،,.)])/u, -2],
  [/(?:^|[\s،,(])((?:[وف]?)(?:امس|البارحه))(?=$|[\s،,.)])/u, -1],
  [/(?:^|[\s،,(])((?:[وف]?)(?:اليوم))(?=$|[\s،,.)])/u, 0],
  [/(?:^|[\s،,(])((?:[وف]?)(?:الاسبوع الماضي))(?=$|[\s،,.)])/u, -7],
  [/(?:^|[\s،,(])((?:[وف]?)(?:الشهر الماضي))(?=$|[\s،,.)])/u, -30],
];
const EN_RELATIVE: Array<[RegExp, number]> = [
  [/\b(the day before yesterday)\b/i, -2],
  [/\b(yesterday)\b/i, -1],
  [/\b(today)\b/i, 0],
  [/\b(last week)\b/i, -7],
  [/\b(last month)\b/i, -30],
];

export function parseIsoDate(s: string | null | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) || d.getUTCMonth() !== Number(m[2]) - 1 ? null : d;
}

export function formatIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** The latest day on or before `published` that falls on `weekday`. */
export function lastWeekday(published: Date, weekday: number): Date {
  const back = (published.getUTCDay() - weekday + 7) % 7;
  return addDays(published, -back);
}

/**
 * The first relative date expression in `text` (already a slice of the original), resolved
 * against `publishedAt`. Null without a publication date or without an expression.
 */
export function findDate(text: string, language: Language, publishedAt: string | null): DateMention | null {
  const published = parseIsoDate(publishedAt);
  if (!published) return null;
  const candidates: DateMention[] = [];
  if (language === 'ar') {
    // Folding keeps one character per character here (harakat aside), so work on a folded copy
    // with harakat kept as-is: only letter substitutions, no deletions, so offsets stay valid.
    const folded = [...text].map((ch) => (matchKey(ch) || ch)).join('');
    for (const [re, days] of AR_RELATIVE) {
      const m = re.exec(folded);
      if (m?.[1] !== undefined) {
        const start = m.index + m[0].indexOf(m[1]);
        candidates.push({ date: formatIsoDate(addDays(published, days)), start, end: start + m[1].length });
      }
    }
    const wd = /(?:^|[\s،,(])((?:[وف]?)(?:يوم )?(الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))(?=$|[\s،,.)])/u.exec(folded);
    if (wd?.[1] && wd[2]) {
      const start = wd.index + wd[0].indexOf(wd[1]);
      const day = AR_WEEKDAYS[wd[2]]!;
      // "أمس السبت" names yesterday twice; the weekday wins only when it stands alone.
      candidates.push({ date: formatIsoDate(lastWeekday(published, day)), start, end: start + wd[1].length });
    }
  } else {
    for (const [re, days] of EN_RELATIVE) {
      const m = re.exec(text);
      if (m?.[1] !== undefined) candidates.push({ date: formatIsoDate(addDays(published, days)), start: m.index, end: m.index + m[1].length });
    }
    const wd = /\b(?:on |last )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(text);
    if (wd?.[1]) {
      candidates.push({ date: formatIsoDate(lastWeekday(published, EN_WEEKDAYS[wd[1].toLowerCase()]!)), start: wd.index, end: wd.index + wd[0].length });
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0] ?? null;
}
