// Arabic speaker phrases resolved to the actor that reaches the graph (actor-F1's view): a person
// named with an apposition or after an organisation's role is that person, never the organisation
// or place inside the role; role phrases and honorific pronouns resolve to the article's people.
// Every sentence is composed for this test (invented people and places).
import { runAttributionTable, type Case } from '../attribution-table.ts';

const P = 'قال المتحدث باسم البلدية إن الماء انقطع.';

export const SPEAKER_CASES: Record<string, Case[]> = {
  ROLE_IN_APPOSITION: [
    {
      name: 'a name, then its role without a comma; the surname later',
      body: 'وقال سامر خليل قائد شرطة المدينة الساحلية إن التحقيق جار. وقال خليل إن الأضرار طفيفة.',
      expect: [
        { content: 'التحقيق جار', speaker: 'سامر خليل' },
        { content: 'الأضرار طفيفة', speaker: 'سامر خليل' },
      ],
    },
    {
      name: 'a name, then a role of a named body',
      body: `${P} وقالت ليلى حداد رئيسة جمعية الصيادين إن الأسماك قلت.`,
      expect: [{ content: 'الأسماك قلت', speaker: 'ليلى حداد' }],
    },
  ],
  LATE_APPOSITION: [
    {
      name: 'a role, a circumstance, then the name between commas; a continuation',
      body: `${P} وقالت عضوة لجنة الصحة في مجلس النواب، ريما السعدي، إن المستشفيات مكتظة. وأضافت أن الأطباء قلة.`,
      expect: [
        { content: 'المستشفيات مكتظة', speaker: 'ريما السعدي' },
        { content: 'الأطباء قلة', speaker: 'ريما السعدي' },
      ],
    },
    {
      name: 'a name, then an apposition opened by مالك',
      body: `${P} وقال باسل ناصر مالك شركة النقل السريع إن الحافلات جاهزة.`,
      expect: [{ content: 'الحافلات جاهزة', speaker: 'باسل ناصر' }],
    },
    {
      name: 'a name, then وهو and its role',
      body: `${P} وقال كريم داود وهو رئيس جمعية الرفق بالحيوان إن القانون ضعيف.`,
      expect: [{ content: 'القانون ضعيف', speaker: 'كريم داود' }],
    },
  ],
  GENITIVE_NOT_NAME: [
    {
      name: 'a hospital in the role is not the person',
      body: 'وقال مدير مستشفى الأمل للأطفال نادر فهمي إن الأسرة كافية. وأضاف فهمي أن الأطباء متوفرون.',
      expect: [
        { content: 'الأسرة كافية', speaker: 'نادر فهمي' },
        { content: 'الأطباء متوفرون', speaker: 'نادر فهمي' },
      ],
    },
    {
      name: 'a council and a place name before the person',
      body: 'وقال رئيس مجلس محافظة ذي النخيل رامي الساعدي إن الميزانية نفدت.',
      expect: [{ content: 'الميزانية نفدت', speaker: 'رامي الساعدي' }],
    },
  ],
  ROLE_TO_PERSON: [
    {
      name: 'the role without its name later is the person introduced with it',
      body: 'أكد قائد المنطقة العسكرية الرابعة اللواء سامي فؤاد الحلبي أن الجبهة هادئة. وأضاف قائد المنطقة الرابعة في مدينة الساحل: «الإمدادات وصلت».',
      expect: [
        { content: 'الجبهة هادئة', speaker: 'سامي فؤاد الحلبي' },
        { content: 'الإمدادات وصلت', speaker: 'سامي فؤاد الحلبي' },
      ],
    },
    {
      name: 'a role of the article is its person, not the gazetteer holder',
      body: 'قال وزير الخارجية الأردني سمير عودة إن المحادثات مثمرة. وأكد وزير الخارجية أن اللقاء القادم في عمان.',
      expect: [{ content: 'اللقاء القادم في عمان', speaker: 'سمير عودة' }],
    },
    {
      name: 'the gazetteer holder at the article date',
      body: 'وقال وزير الخارجية الأمريكي إن المحادثات مثمرة.',
      publishedAt: '2015-07-20',
      expect: [{ content: 'المحادثات مثمرة', speaker: 'Kerry' }],
    },
  ],
  DESCRIBED_NAME: [
    {
      name: 'a described source keeps the part of its phrase that names it',
      body: `${P} وقال مصدر لم يكشف اسمه في وزارة النقل إن القطار سيتأخر.`,
      expect: [{ content: 'القطار سيتأخر', speaker: 'مصدر' }],
    },
    {
      name: 'a document with its issuer, then the bare document',
      body: `${P} وأكد بيان الدفاع المدني الذي وزع على الصحف أن الحريق أخمد. وأضاف البيان أن الخسائر مادية.`,
      expect: [
        { content: 'الحريق أخمد', speaker: 'بيان الدفاع المدني' },
        { content: 'الخسائر مادية', speaker: 'بيان الدفاع المدني' },
      ],
    },
    {
      name: 'a report with a number in its description',
      body: `${P} وذكر التقرير المؤلف من 40 صفحة أن المياه ملوثة. وكشف التقرير أن المصانع مسؤولة.`,
      expect: [{ content: 'المصانع مسؤولة', speaker: 'التقرير' }],
    },
  ],
  TOPIC: [
    {
      name: 'a sentence about a person with no statement makes them the implicit subject',
      body: 'قال المهندس سامي الحلو إن الجسر آمن. وظهر الدكتور وليد سمعان في مقطع مصور أمس بعد أسبوع من الغياب. وقال إنه «نادم جدا» على ما حدث.',
      expect: [{ content: 'نادم جدا', speaker: 'وليد سمعان' }],
    },
    {
      name: 'after a quoted sentence the implicit subject stays the speaker',
      body: 'قال المهندس سامي الحلو إن الجسر آمن. وأكد الدكتور وليد سمعان أن التقرير جاهز. وأضاف أن النتائج ستعلن غدا.',
      expect: [{ content: 'النتائج ستعلن غدا', speaker: 'وليد سمعان' }],
    },
  ],
  LONE_SURNAME: [
    {
      name: 'a surname as subject: the full name given earlier outside any statement',
      body: 'وخسر الفريق أمس أمام منافسه، وقاد المدرب الفرنسي آرسين فينجر التدريبات. وقال فينجر إن الفوز ممكن.',
      expect: [{ content: 'الفوز ممكن', speaker: 'آرسين فينجر' }],
    },
    {
      name: 'a surname never named in full is a new person, not the last speaker',
      body: `${P} وقال زاليسكو إن الكاميرات سجلت كل شيء.`,
      expect: [{ content: 'الكاميرات سجلت', speaker: 'زاليسكو' }],
    },
    {
      name: 'an earlier "verb + surname" is no full name',
      body: `${P} وقال فرحات إن المطر غزير. ولفت فرحات إلى أن السدود ممتلئة.`,
      expect: [{ content: 'السدود ممتلئة', speaker: 'فرحات' }],
    },
    {
      name: 'the short form of a learnt role',
      body: 'وقال المتحدث باسم النادي سامي الحلو إن التذاكر نفدت. وأضاف المتحدث أن الملعب جاهز.',
      expect: [{ content: 'الملعب جاهز', speaker: 'سامي الحلو' }],
    },
  ],
  NEW_SUBJECT: [
    {
      name: 'an unknown plural subject with a nisba is a new group',
      body: `${P} وقالت السلطات الكندية إن الطريق مغلق.`,
      expect: [{ content: 'الطريق مغلق', speaker: 'السلطات الكندية', kind: 'GROUP' }],
    },
    {
      name: 'a nationality, a name, then a profession',
      body: `${P} وقال الألماني يان شولتز مدافع الفريق إن المباراة صعبة.`,
      expect: [{ content: 'المباراة صعبة', speaker: 'يان شولتز' }],
    },
  ],
  NAME_WITH_PREPOSITION_LETTER: [
    {
      name: 'a name starting with ل after a role with باسم',
      body: `${P} وقالت المتحدثة باسم البلدية لمى حداد إن الطريق سيفتح غدا.`,
      expect: [{ content: 'الطريق سيفتح غدا', speaker: 'لمى حداد' }],
    },
    {
      name: 'a name starting with ب after a role and its genitive',
      body: `${P} وقال المدير الإقليمي للشركة باسل عوض إن الأرباح سترتفع.`,
      expect: [{ content: 'الأرباح سترتفع', speaker: 'باسل عوض' }],
    },
    {
      name: 'an addressee with ل after the role is not the name',
      body: `${P} وقال وزير النقل لنظيره كمال سعيد إن الجسر جاهز.`,
      expect: [{ content: 'الجسر جاهز', speaker: 'وزير النقل' }],
    },
  ],
  DOTTED_ABBREVIATION: [
    {
      name: 'a company written as a dotted acronym, then alone',
      body: `${P} وقالت شركة كيه.بي.إم إن الأسعار ستنخفض. وأضافت كيه.بي.إم أن الطلب تراجع.`,
      expect: [
        { content: 'الأسعار ستنخفض', speaker: 'كيه.بي.إم' },
        { content: 'الطلب تراجع', speaker: 'كيه.بي.إم' },
      ],
    },
  ],
  CIRCUMSTANTIAL_SPEECH_VERB: [
    {
      name: 'كتب يقول: the imperfect verb is no subject; the clause subject speaks',
      body: `${P} وزار رئيس البلدية الجسر الجديد، فكتب يقول في بيان: «أشكر العمال على جهودهم».`,
      expect: [{ content: 'أشكر العمال على جهودهم', speaker: 'رئيس البلدية' }],
    },
  ],
  IMPLICIT_SUBJECT: [
    {
      name: 'an object phrase (نفس …) of a verb before the cue is no speaker',
      body: 'وقال الوزير سامي خليل إن الخطة ناجحة. وفي رده على سؤال حول ما إذا لا يزال يحمل نفس الآراء، قال: «إنني أؤمن بأن الحل قريب».',
      expect: [{ content: 'إنني أؤمن بأن الحل قريب', speaker: 'سامي خليل' }],
    },
    {
      name: 'a verb joined by و after reported content goes on with its speaker',
      body: `${P} وأشار الوزير سامي خليل إلى جولته، وأكد بأن دول الخليج تعتبر أولوية للبلاد وقال «لقد أجريت محادثات مفيدة».`,
      expect: [{ content: 'لقد أجريت محادثات مفيدة', speaker: 'سامي خليل' }],
    },
  ],
  HONORIFIC: [
    {
      name: 'an honorific before the role, then an honorific pronoun',
      body: `${P} وأوضح معالي وزير التعليم الدكتور سالم الراشد أن المدارس جاهزة. وقال معاليه: «سنبدأ في موعدنا».`,
      expect: [
        { content: 'المدارس جاهزة', speaker: 'سالم الراشد' },
        { content: 'سنبدأ في موعدنا', speaker: 'سالم الراشد' },
      ],
    },
  ],
};

runAttributionTable({
  title: 'Arabic speakers',
  language: 'ar',
  headline: 'عنوان الخبر - موقع الأخبار',
  cases: Object.entries(SPEAKER_CASES).flatMap(([cls, cases]) => cases.map((c) => ({ ...c, name: `${cls}: ${c.name}` }))),
  noStatements: [],
  quote: (text) => `«${text}»`,
});
