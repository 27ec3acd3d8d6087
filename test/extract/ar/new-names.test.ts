// New people are found from the words of a speaker phrase; a word carrying a proclitic preposition
// before a hamza (كأهم "as the most important", بأكبر, لأقرب) is a prefixed word, never the first
// word of a name. Sentences written for this test; each failure names its input.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

const cases: { name: string; body: string }[] = [
  {
    name: 'inside a relayed quotation, after a two-word state',
    body: 'وقال الوزير إن "الرئيس ذكر ضيفه بأن بلادنا دعمت فرنسا لأكثر من قرن، والآن ترى المملكة المتحدة كأهم شريك في مكافحة التهريب الدولي" .',
  },
  {
    name: 'the same with another elative',
    body: 'وقال الوزير إن "الرئيس ذكر ضيفه بأن بلادنا دعمت فرنسا لأكثر من قرن، والآن ترى المملكة المتحدة كأكبر مستثمر في قطاع الطاقة" .',
  },
];

describe('Arabic new names', () => {
  for (const c of cases) {
    it(`no actor named by a prefixed word: ${c.name}`, () => {
      const x = extract(`عنوان الخبر - موقع الأخبار\n\n${c.body}\n`, { language: 'ar' });
      const prefixed = x.actors.filter((a) => /^[كبل][أإآ]/.test(a.name)).map((a) => a.name);
      expect(prefixed, `actors in: ${c.body}`).toEqual([]);
    });
  }

  it('a name that merely starts with those letters is still a name', () => {
    const body = 'وقال المهندس كامل لطفي إن المشروع سينتهي قبل نهاية العام.';
    const x = extract(`عنوان الخبر - موقع الأخبار\n\n${body}\n`, { language: 'ar' });
    expect(x.actors.map((a) => a.name), body).toContain('كامل لطفي');
  });
});
