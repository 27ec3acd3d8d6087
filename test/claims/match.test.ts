// The claim matcher, case by case: each case names its two sentences.
import { describe, expect, it } from 'vitest';
import { compareReports, reportFeatures, type ReportInput } from '../../src/claims/index.ts';

const report = (over: Partial<ReportInput> & { content: string }): ReturnType<typeof reportFeatures> =>
  reportFeatures({
    statementId: `s-${over.content.slice(0, 12)}`,
    articleId: over.articleId ?? 'a1',
    speaker: 'sergei-lavrov',
    language: 'en',
    cueType: 'SAY',
    direct: false,
    date: '2026-03-10',
    about: [],
    ...over,
  });

interface Case {
  a: Partial<ReportInput> & { content: string };
  b: Partial<ReportInput> & { content: string };
  same: boolean;
  why: string;
}

const CASES: Case[] = [
  { a: { content: 'Russia would send 200 tonnes of humanitarian aid to Syria next week' }, b: { content: 'Russia will send 200 tonnes of humanitarian aid to Syria next week' }, same: true, why: 'tense changed in indirect speech' },
  { a: { content: 'that the talks in Geneva would resume in April with all parties at the table' }, b: { content: 'the Geneva talks will resume in April, with every party at the table', direct: true }, same: true, why: 'direct and indirect variants' },
  { a: { content: 'روسيا سترسل 200 طن من المساعدات الإنسانية إلى سوريا الأسبوع المقبل', language: 'ar' }, b: { content: 'روسيا سترسل ٢٠٠ طن من المساعدات الانسانية الى سوريا خلال الأسبوع المقبل', language: 'ar' }, same: true, why: 'Arabic-Indic digits, hamza and alef spelling' },
  { a: { content: 'Russia will send 200 tonnes of aid to Syria', about: ['russia', 'syria'] }, b: { content: 'روسيا سترسل 200 طن من المساعدات إلى سوريا', language: 'ar', about: ['syria', 'russia'] }, same: true, why: 'across languages: speaker, date, actors and numbers agree' },
  { a: { content: 'talks in Geneva would resume in April', about: ['syria'] }, b: { content: 'محادثات جنيف ستستأنف في أبريل', language: 'ar', about: ['syria'] }, same: true, why: 'across languages: a place and a month anchor it like numbers' },
  { a: { content: 'the talks in Vienna would resume in September' }, b: { content: 'المفاوضات ستستأنف في فيينا في أيلول', language: 'ar' }, same: true, why: 'across languages, no actor: a place (with a proclitic) and a Levantine month' },
  { a: { content: 'the talks would resume in April' }, b: { content: 'المحادثات ستستأنف في أبريل', language: 'ar' }, same: false, why: 'across languages, no actor and only a month: too little to anchor it' },
  { a: { content: 'talks in Geneva would resume in April', about: ['syria'] }, b: { content: 'محادثات جنيف ستستأنف في مايو', language: 'ar', about: ['syria'] }, same: false, why: 'across languages, another month' },
  { a: { content: 'aid would reach Aleppo in March', about: ['syria'] }, b: { content: 'المساعدات ستصل إلى إدلب في مارس', language: 'ar', about: ['syria'] }, same: false, why: 'across languages, another place' },
  { a: { content: 'Putin would not attend the G20 summit this year' }, b: { content: 'Putin would attend the G20 summit this year' }, same: false, why: 'negated' },
  { a: { content: 'بوتين لن يشارك في قمة مجموعة العشرين هذا العام', language: 'ar' }, b: { content: 'بوتين سيشارك في قمة مجموعة العشرين هذا العام', language: 'ar' }, same: false, why: 'Arabic negation (لن)' },
  { a: { content: 'cholera cases in Yemen had passed 5000 since the start of the month' }, b: { content: 'cholera cases in Yemen had passed 8000 since the start of the month' }, same: false, why: 'other numbers' },
  { a: { content: 'the United States would impose new sanctions on Iran oil sector' }, b: { content: 'Washington would impose new sanctions on Hezbollah finance network' }, same: false, why: 'same speaker, same day, other target' },
  { a: { content: 'Russia will send 200 tonnes of aid to Syria' }, b: { content: 'Russia will send 200 tonnes of aid to Syria', speaker: 'dmitry-peskov' }, same: false, why: 'another speaker' },
  { a: { content: 'Russia will send 200 tonnes of aid to Syria' }, b: { content: 'Russia will send 200 tonnes of aid to Syria', date: '2026-03-20' }, same: false, why: 'ten days apart' },
  { a: { content: 'he was elected with the help of Russian intelligence' }, b: { content: 'he was elected with the help of Russian intelligence', cueType: 'DENY' }, same: false, why: 'a denial is not a report of what it denies' },
];

describe('compareReports', () => {
  it.each(CASES)('$why: "$a.content" / "$b.content"', ({ a, b, same }) => {
    const m = compareReports(report(a), report({ articleId: 'a2', ...b }));
    expect(m.same, `${m.score} ${m.reason ?? ''}`).toBe(same);
    if (same) expect(m.anchors).toContain('speaker');
  });
});
