// One contract, run against every language extractor (and the shared stages around it): whatever
// the language module finds, the output must be a valid, self-consistent Extraction.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { CUE_TYPES, type Extraction, type Language } from '../../src/extract/types.ts';

const SEED = readFileSync(new URL('../fixtures/ar-kremlin-trump-putin-syria.txt', import.meta.url), 'utf8');

// Texts written for this suite (plus the seed fixture), rich in attributions of every shape.
const SAMPLES: Array<{ name: string; language: Language; text: string; publishedAt?: string }> = [
  { name: 'Arabic seed article', language: 'ar', text: SEED, publishedAt: '2017-01-29' },
  {
    name: 'Arabic mixed patterns',
    language: 'ar',
    text: [
      'الكرملين: المحادثات بناءة - موقع تجريبي',
      '',
      'موسكو - رويترز',
      'قال الكرملين يوم الجمعة إن المحادثات مع واشنطن كانت بناءة، مشيرا إلى أن «الحوار سيستمر في الأسابيع المقبلة».',
      'وأضاف أن بوتين أبلغ ترامب بأن روسيا مستعدة للتعاون، حسب وكالة رويترز.',
      'ونقلت وكالة إنترفاكس عن مصدر دبلوماسي قوله إن الاجتماع المقبل سيعقد في جنيف.',
      'واتهمه منتقدوه بالتساهل، الأمر الذي نفاه المتحدث باسم الكرملين.',
      '«لن نقبل بأي شروط مسبقة»، قال لافروف.',
      '',
      'مقالات ذات صلة',
      'قال ترامب إن الاتفاق سيئ',
    ].join('\n'),
    publishedAt: '2017-02-04',
  },
  {
    name: 'English mixed patterns',
    language: 'en',
    text: [
      'Kremlin says talks were constructive | Test Site',
      '',
      'By Jane Doe, Example News',
      'MOSCOW (Reuters) - The Kremlin said on Friday that talks with Washington had been constructive.',
      '"Dialogue will continue in the coming weeks," Dmitry Peskov told reporters, adding that Putin and Trump would meet.',
      'Critics accused the White House of rushing the deal, according to The New York Times.',
      'Sen. John McCain said Mr. Putin "cannot be trusted," warning that the U.S. must stay firm.',
      '',
      'Related',
      'Trump says deal is bad',
    ].join('\n'),
    publishedAt: '2017-02-04',
  },
];

function check(x: Extraction, text: string, language: Language): void {
  expect(x.language).toBe(language);
  const ids = new Set<string>();
  for (const a of x.actors) {
    expect(ids.has(a.id), `actor id ${a.id} unique`).toBe(false);
    ids.add(a.id);
    expect(a.name.length, `actor ${a.id} has a name`).toBeGreaterThan(0);
    for (const [s, e] of a.mentions) {
      expect(s >= 0 && e <= text.length && s < e, `mention ${s}-${e} of ${a.id} inside the text`).toBe(true);
    }
  }
  const statementIds = new Set(x.statements.map((s) => s.id));
  expect(statementIds.size, 'statement ids unique').toBe(x.statements.length);
  for (const s of x.statements) {
    const where = `statement ${s.id} «${s.content.slice(0, 40)}»`;
    expect(CUE_TYPES as readonly string[], `${where} cueType`).toContain(s.cueType);
    expect(s.span[0] >= 0 && s.span[1] <= text.length && s.span[0] < s.span[1], `${where} span inside the text`).toBe(true);
    expect(text.includes(s.content), `${where} content is text as written`).toBe(true);
    expect(s.content.length, `${where} content not empty`).toBeGreaterThan(0);
    if (s.speaker !== null) expect(ids.has(s.speaker), `${where} speaker ${s.speaker} listed in actors`).toBe(true);
    for (const field of ['about', 'addressees', 'via'] as const) {
      for (const id of s[field]) expect(ids.has(id), `${where} ${field} ${id} listed in actors`).toBe(true);
    }
    if (s.parent !== null) {
      expect(statementIds.has(s.parent), `${where} parent exists`).toBe(true);
      expect(s.parent, `${where} is not its own parent`).not.toBe(s.id);
    }
    if (s.date !== null) expect(s.date, `${where} date format`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof s.direct, `${where} direct`).toBe('boolean');
  }
}

describe('extraction contract', () => {
  for (const sample of SAMPLES) {
    describe(sample.name, () => {
      const options = { language: 'auto' as const, ...(sample.publishedAt ? { publishedAt: sample.publishedAt } : {}) };
      const x = extract(sample.text, options);

      it('detects the language and satisfies the contract', () => check(x, sample.text, sample.language));

      it('finds statements', () => expect(x.statements.length, sample.name).toBeGreaterThan(0));

      it('is deterministic', () => expect(JSON.stringify(extract(sample.text, options))).toBe(JSON.stringify(x)));

      it('is plain JSON (round-trips)', () => expect(JSON.parse(JSON.stringify(x))).toEqual(x));

      it('takes nothing from the related-articles list', () => {
        const cut = sample.text.search(/\n(?:مقالات ذات صلة|Related)\n/);
        if (cut < 0) return;
        for (const s of x.statements) expect(s.span[1], `«${s.content}» lies before the related list`).toBeLessThanOrEqual(cut);
      });
    });
  }
});
