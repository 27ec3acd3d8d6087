// Arabic participles and clause-initial cues (round 2 of the phrase layer): a participle reads its
// complement through the phrase layer (circumstances and addressees first), and takes its speaker
// from the cue verb whose complement it is, or from the implicit subject when a quotation follows;
// بيّن and عدّ are cues only opening their clause (بين is also "between"). Every sentence is composed.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { runAttributionTable } from '../attribution-table.ts';

runAttributionTable({
  title: 'Arabic participles and clause-initial cues',
  language: 'ar',
  headline: 'عنوان الخبر - موقع الأخبار',
  cases: [
    {
      name: 'PART: a circumstance and an adverb between the participle and its preposition',
      body: 'أعلن المهندس رامي سعادة أن الجسر سيفتح، مشددا خلال لقائه رئيس البلدية أمس على أن السلامة أولا.',
      expect: [{ content: 'السلامة أولا', speaker: 'رامي سعادة', cueType: 'STRESS' }],
    },
    {
      name: 'PART: a cue verb whose complement is the participle, a circumstance between commas',
      body: 'وصرح المدرب ماهر العلي، على موقع النادي، قائلا: «سنلعب للفوز في كل مباراة».',
      expect: [{ content: 'سنلعب للفوز', speaker: 'ماهر العلي', direct: true }],
    },
    {
      name: 'PART: a cue verb with an object and no subject, then قائلا',
      body: 'قال المهندس سامر حداد إن الطريق مغلق. وأوضح الفرق بين الخطتين قائلا: «الأولى أسرع وأرخص».',
      expect: [{ content: 'الأولى أسرع وأرخص', speaker: 'سامر حداد' }],
    },
    {
      name: 'PART: a non-speech clause with no subject, then a quotation',
      body: 'قال الخبير نادر فهمي إن السوق هادئ. واستشهد بأرقام الشهر الماضي قائلا: «المبيعات تضاعفت مرتين».',
      expect: [{ content: 'المبيعات تضاعفت مرتين', speaker: 'نادر فهمي' }],
    },
    {
      name: 'PART: a sentence-initial participle with بالقول',
      body: 'أعلنت الوزيرة سناء داود أن المدارس ستفتح. مضيفة بالقول إن الكتب وصلت.',
      expect: [{ content: 'الكتب وصلت', speaker: 'سناء داود', cueType: 'ADD' }],
    },
    {
      name: 'LEX: وبيّن with its subject',
      body: 'وبيّن المهندس سامر حداد أن الأعمال ستنتهي قريبا.',
      expect: [{ content: 'الأعمال ستنتهي قريبا', speaker: 'سامر حداد', cueType: 'EXPLAIN' }],
    },
    {
      name: 'LEX: وبين (no shadda) with an implicit subject and a circumstance',
      body: 'قال المدير سامي عوض إن العمل مستمر. وبين في كلمته أن الميزانية كافية.',
      expect: [{ content: 'الميزانية كافية', speaker: 'سامي عوض', cueType: 'EXPLAIN' }],
    },
    {
      name: 'LEX: عدّ opening the sentence',
      body: 'عدَّ الباحث كريم ناصر أن التضخم مؤقت.',
      expect: [{ content: 'التضخم مؤقت', speaker: 'كريم ناصر', cueType: 'BELIEVE' }],
    },
    {
      name: 'CHUNK: an honorific before a title that looks like أمام',
      body: 'وأكد معالي إمام المسجد الشيخ سليم العمري أن الصبر مفتاح الفرج.',
      expect: [{ content: 'الصبر مفتاح الفرج', speaker: 'سليم العمري', cueType: 'CONFIRM' }],
    },
    {
      name: 'BARE: وقال with an unmarked clause right after it',
      body: 'قال المهندس سامر حداد إن الطريق مغلق. وقال لا يوجد أي خطر على السكان.',
      expect: [{ content: 'لا يوجد أي خطر', speaker: 'سامر حداد', cueType: 'SAY', direct: false }],
    },
    {
      name: 'BARE: a subject and circumstances, then a comma and an unmarked clause',
      body: 'وقال الوزير نزار قباني خلال مؤتمر صحفي أمس، لا شك أن الخطة ستنجح.',
      expect: [{ content: 'لا شك أن الخطة ستنجح', speaker: 'نزار قباني' }],
    },
    {
      name: 'BARE: a conditional clause after the subject and a comma',
      body: 'فيما قال النائب سمير عيسى، إذا تأخر التمويل فسنطالب بالتحقيق.',
      expect: [{ content: 'إذا تأخر التمويل', speaker: 'سمير عيسى' }],
    },
    {
      name: 'CHUNK: باسم inside the role is no preposition of أفاد',
      body: 'قال المهندس سامر حداد إن الطريق مغلق. وأفاد المتحدث باسم الوزارة السفير كمال داود بأن المحادثات ستستأنف.',
      expect: [{ content: 'المحادثات ستستأنف', speaker: 'كمال داود', cueType: 'REPORT' }],
    },
    {
      name: 'FRONT: a fronted topic before a verb with no subject of its own',
      body: 'قال المهندس سامر حداد إن الطريق مغلق. وعن مستوى التنسيق مع البلديات الأخرى قال: إن لم يوجد تنسيق الآن فسيتم قريبا.',
      expect: [{ content: 'لم يوجد تنسيق الآن', speaker: 'سامر حداد' }],
    },
    {
      name: 'NOMOBJ: an adverb of time between the subject and a bare masdar',
      body: 'نفى المدرب الإيطالي جينو روسي اليوم الأربعاء تلقيه عرضا من ناد آخر.',
      expect: [{ content: 'تلقيه عرضا', speaker: 'جينو روسي', cueType: 'DENY' }],
    },
    {
      name: 'VSOOBJ: a verbal noun right after the name opens the object',
      body: 'اقترح الرئيس الفرنسي جان مارتان إقامة منطقة حرة بين البلدين. وقال مارتان إن الفكرة قديمة.',
      expect: [
        { content: 'إقامة منطقة حرة', speaker: 'جان مارتان', cueType: 'CALL' },
        { content: 'الفكرة قديمة', speaker: 'جان مارتان' },
      ],
    },
  ],
  noStatements: [
    { name: 'PASSIVE: أُعلن with a damma', body: 'وأُعلن أمس أن المعبر سيفتح.' },
    { name: 'LEX: بين meaning "between"', body: 'وبين الحكومة والنقابة خلاف قديم على الأجور.' },
    { name: 'LEX: بين inside a clause', body: 'وقع الخلاف بين الطرفين أن يحسم الأمر قبل الصيف.' },
  ],
  quote: (text) => `«${text}»`,
});

// A passive verb (a damma on its first letter) after a statement: nothing is given to the last speaker.
describe('Arabic passive cue verbs', () => {
  for (const body of ['قال المدير سامي عوض إن العمل مستمر. وذُكر في التقرير بأن الأرباح تراجعت.', 'أعلنت الوزيرة سناء داود أن المدارس ستفتح. وأُكد للجنة أن الكتب وصلت.']) {
    it(`PASSIVE: the second sentence is no statement in: ${body}`, () => {
      const x = extract(`عنوان الخبر - موقع الأخبار\n\n${body}\n`, { language: 'ar' });
      expect(x.statements.map((s) => s.content), body).toHaveLength(1);
    });
  }
});
