// The shared stages, table-driven, in both languages: segmentation, dates, page cleanup,
// normalisation, language detection, gazetteer matching. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/segment.ts';
import { findDate } from '../../src/extract/dates.ts';
import { cleanPage, stripSiteSuffix, outletFromByline, datelineOutlet } from '../../src/extract/page.ts';
import { matchKey, normalizeWithMap } from '../../src/extract/normalize.ts';
import { detectLanguage } from '../../src/extract/language.ts';
import { ExtractionError } from '../../src/extract/errors.ts';
import { ActorRegistry } from '../../src/extract/actors.ts';
import { extract } from '../../src/extract/index.ts';

function sentencesOf(text: string): string[] {
  return segment(text, [[0, text.length]]).map((s) => s.text);
}

describe('segmentation', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr. Smith met Sen. Jones in the U.S. capital. They talked.', ['Mr. Smith met Sen. Jones in the U.S. capital.', 'They talked.']],
    ['Dr. Lee said: "It works. It really works." Then he left.', ['Dr. Lee said: "It works. It really works."', 'Then he left.']],
    ['He wrote “First. Second.” and stopped. Next one?', ['He wrote “First. Second.” and stopped.', 'Next one?']],
    ['Growth was 3.5 percent. Good.', ['Growth was 3.5 percent.', 'Good.']],
    ['قال د. أحمد إن «الوضع صعب. والحل قريب». وأضاف أن الحوار مستمر.', ['قال د. أحمد إن «الوضع صعب. والحل قريب».', 'وأضاف أن الحوار مستمر.']],
    ['هل انتهت الأزمة؟ لا أحد يعرف.', ['هل انتهت الأزمة؟', 'لا أحد يعرف.']],
    ['قال "الأمر انتهى. لن نعود" ثم غادر. وانتهى الاجتماع.', ['قال "الأمر انتهى. لن نعود" ثم غادر.', 'وانتهى الاجتماع.']],
    ['An «unbalanced quote. Runs to the end of the line.\nNext paragraph. Here.', ['An «unbalanced quote. Runs to the end of the line.', 'Next paragraph.', 'Here.']],
  ];
  for (const [text, expected] of cases) {
    it(`splits: ${text.slice(0, 50)}`, () => expect(sentencesOf(text), text).toEqual(expected));
  }

  it('keeps offsets into the original text', () => {
    const text = '  First one. Second one!  ';
    for (const s of segment(text, [[0, text.length]])) expect(text.slice(s.start, s.end), text).toBe(s.text);
  });

  it('cuts a text without any punctuation into bounded sentences', () => {
    const text = 'word '.repeat(5000);
    const out = segment(text, [[0, text.length]]);
    expect(out.length).toBeGreaterThan(1);
    for (const s of out) expect(s.end - s.start).toBeLessThanOrEqual(3000);
  });
});

describe('relative dates', () => {
  // 2017-01-29 is a Sunday.
  const cases: Array<[string, 'ar' | 'en', string | null]> = [
    ['قال الكرملين يوم السبت إن', 'ar', '2017-01-28'],
    ['وقال أمس إن', 'ar', '2017-01-28'],
    ['وأعلن اليوم أن', 'ar', '2017-01-29'],
    ['ذكر الأسبوع الماضي أن', 'ar', '2017-01-22'],
    ['قال الثلاثاء إن', 'ar', '2017-01-24'],
    ['قال في بيان إن', 'ar', null],
    ['The Kremlin said on Saturday', 'en', '2017-01-28'],
    ['he said yesterday', 'en', '2017-01-28'],
    ['officials said last week', 'en', '2017-01-22'],
    ['she said Tuesday', 'en', '2017-01-24'],
    ['he said in a statement', 'en', null],
  ];
  for (const [text, language, expected] of cases) {
    it(`${text} -> ${expected}`, () => expect(findDate(text, language, '2017-01-29')?.date ?? null, text).toBe(expected));
  }
  it('is null without a publication date', () => expect(findDate('said on Saturday', 'en', null)).toBeNull());
});

describe('page cleanup', () => {
  const titles: Array<[string, string]> = [
    ["ترامب وبوتين يتفقان على التنسيق في سوريا - It's Over 9000!", 'ترامب وبوتين يتفقان على التنسيق في سوريا'],
    ['Putin and Trump agree to cooperate | The Daily Site', 'Putin and Trump agree to cooperate'],
    ['Talks in Geneva - a new round begins', 'Talks in Geneva - a new round begins'],
  ];
  for (const [line, title] of titles) it(`title: ${line}`, () => expect(stripSiteSuffix(line).title, line).toBe(title));

  const bylines: Array<[string, string | null]> = [
    ['بلدي نيوز – (متابعات)', 'بلدي نيوز'],
    ['عكاظ - متابعات', 'عكاظ'],
    ['By Jane Doe, The Example Times', 'The Example Times'],
    ['الرياض: عكاظ', 'الرياض'],
    ['موسكو: رويترز', 'رويترز'],
    ['This is a long first paragraph of the article body that is clearly not a byline at all.', null],
  ];
  for (const [line, outlet] of bylines) it(`byline: ${line}`, () => expect(outletFromByline(line), line).toBe(outlet));

  const datelines: Array<[string, string | null]> = [
    ['MOSCOW (Reuters) - The Kremlin said', 'Reuters'],
    ['WASHINGTON (AP) — Officials said', 'AP'],
    ['موسكو - رويترز: قال الكرملين', 'رويترز'],
    ['The Kremlin said on Saturday', null],
  ];
  for (const [line, outlet] of datelines) it(`dateline: ${line}`, () => expect(datelineOutlet(line), line).toBe(outlet));

  it('excludes the headline, byline, share lines, copyright and related articles from the body', () => {
    const text = [
      'Headline here | Site',
      '',
      'By John Roe, Example Wire',
      'First body paragraph said something.',
      'Share on Facebook',
      'Second body paragraph.',
      '© 2017 Example Wire. All rights reserved.',
      'Related',
      'Another article headline said things',
    ].join('\n');
    const page = cleanPage(text);
    expect(page.title).toBe('Headline here');
    expect(page.outlet).toBe('Example Wire');
    const body = page.body.map(([s, e]) => text.slice(s, e));
    expect(body).toEqual(['First body paragraph said something.', 'Second body paragraph.']);
  });

  it('excludes an Arabic related-articles list; offsets stay in the original text', () => {
    const text = 'عنوان الخبر - الموقع\n\nبلدي نيوز – (متابعات)\nقال الكرملين إن الاتصال كان إيجابيا.\n\nمقالات ذات صلة\n\nقال ترامب إن الاتفاق سيئ';
    const page = cleanPage(text);
    expect(page.outlet).toBe('بلدي نيوز');
    expect(page.body.map(([s, e]) => text.slice(s, e))).toEqual(['قال الكرملين إن الاتصال كان إيجابيا.']);
  });
});

describe('normalisation for matching', () => {
  const cases: Array<[string, string]> = [
    ['الرَّئِيسُ', 'الرييس'.replace('يي', 'ئي').replace('ئ', 'ي')],
    ['أمريكا', 'امريكا'],
    ['إيران', 'ايران'],
    ['آسيا', 'اسيا'],
    ['مصطفى', 'مصطفي'],
    ['الدولة', 'الدوله'],
    ['مسؤول', 'مسوول'],
    ['الشهـــر', 'الشهر'],
    ['Putin’s', "Putin's"],
    ['U.S. Senate', 'U.S. Senate'],
  ];
  for (const [input, expected] of cases) it(`${input} -> ${expected}`, () => expect(matchKey(input), input).toBe(expected));

  it('maps folded offsets back to the original', () => {
    const original = 'قَالَ بُوتِين';
    const n = normalizeWithMap(original);
    expect(n.text).toBe('قال بوتين');
    const i = n.text.indexOf('بوتين');
    expect(original.slice(n.map[i]!, n.map[i + 'بوتين'.length - 1]! + 1)).toBe('بُوتِين');
  });
});

describe('language detection', () => {
  const ok: Array<[string, 'ar' | 'en']> = [
    ['قال الكرملين إن المحادثات كانت بناءة', 'ar'],
    ['The Kremlin said the talks were constructive', 'en'],
    ['Putin said', 'en'],
  ];
  for (const [text, language] of ok) it(`${text} -> ${language}`, () => expect(detectLanguage(text), text).toBe(language));

  const refused = [
    'Le Kremlin a déclaré que les discussions avec Washington étaient constructives et utiles pour les deux parties.',
    'El Kremlin dijo que las conversaciones con Washington fueron constructivas y útiles para ambas partes.',
    '克里姆林宫表示，与华盛顿的会谈富有建设性。',
    'Кремль заявил, что переговоры были конструктивными.',
    '   \n  ',
    '12345 67890 !!!',
  ];
  for (const text of refused) {
    it(`refuses: ${text.slice(0, 30) || '(blank)'}`, () => {
      expect(() => detectLanguage(text), text).toThrow(ExtractionError);
    });
  }
});

describe('gazetteer matching', () => {
  const registry = new ActorRegistry();
  const cases: Array<[string, boolean, string[]]> = [
    ['وقال بوتين إن', true, ['vladimir-putin']],
    ['وبحسب للكرملين فإن', true, ['kremlin']],
    ['أكد الرَّئِيس الأَمْرِيكي دونالد ترامب', true, ['donald-trump']],
    ['وموسكو أحد حلفاء دمشق', true, ['russia', 'syria']],
    ['Putin’s spokesman told Reuters', false, ['vladimir-putin', 'reuters']],
    ['they told us that the US would act', false, ['united-states']],
  ];
  for (const [text, arabic, ids] of cases) {
    it(`finds ${ids.join(', ')} in ${text}`, () => {
      const found = new ActorRegistry().scan(text, [[0, text.length]], arabic).map((m) => m.actor);
      expect(found, text).toEqual(ids);
    });
  }

  it('gives بوتين and Putin the same id', () => {
    expect(registry.lookupName('بوتين')).toEqual(registry.lookupName('Putin'));
  });

  it('extends the gazetteer with known actors from the graph', () => {
    const x = extract('عنوان\n\nقال وزير الطاقة خالد الفالح إن الأسواق مستقرة.\n', {
      language: 'ar',
      knownActors: [{ id: 'khalid-al-falih', name: 'Khalid al-Falih', kind: 'PERSON', aliases: ['خالد الفالح'] }],
    });
    expect(x.statements[0]?.speaker).toBe('khalid-al-falih');
  });
});
