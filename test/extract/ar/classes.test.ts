// Arabic attribution classes (the failure classes of the phrase layer, frames and speaker linking),
// one describe block per class, every sentence written for this test with invented people and
// events. Speakers are asserted by name (ids of new actors are transliterated elsewhere).
import { runAttributionTable, type Case } from '../attribution-table.ts';

const P = 'قال المتحدث باسم البلدية إن الماء انقطع.';

// Classes the phrase layer does not handle yet (measured when the table was written): each runs as
// it.fails, so closing one turns it red until it is moved out of this list.
const KNOWN_GAPS = new Set([
  "finds «أي وساطة أجنبية» said by الحكومة الكينية",
  "finds «إنتاج العسل تراجع» said by كمال البيطار",
  "finds «الأسعار ستستقر» said by اقتصاديون",
  "finds «الإدارة ستخفضها» said by وائل شحادة",
  "finds «البطالة سترتفع» said by اقتصاديون",
  "finds «التحقيق مستمر» said by علي زهران",
  "finds «الجفاف هو السبب» said by كمال البيطار",
  "finds «الرواتب لم تصرف» said by عمال في المصنع",
  "finds «الشركة، بعد مفاوضات» said by فادي صعب",
  "finds «المدارس ستفتح في موعدها» said by نبيل الخوري",
  "finds «الهجوم بات قريبا» said by مصادر عسكرية",
  "finds «حرص الوزارة على سلامة السكان» said by ريم داود",
  "finds «سنسلم المصنع في موعده» said by وسيم نجار",
  "finds «سيفتتحان المطار الجديد» said by وزيري النقل والسياحة",
  "finds «لن نوقع على قرض جديد» said by وائل شحادة",
]);

export const CLASS_CASES: Record<string, Case[]> = {
  APPOS: [
    {
      name: 'a name, an apposition with an organisation, then the verb; the surname later',
      body: 'كمال البيطار، رئيس «جمعية مربي النحل»، قال إن إنتاج العسل تراجع هذا الربيع. وأوضح البيطار أن الجفاف هو السبب.',
      expect: [
        { content: 'إنتاج العسل تراجع', speaker: 'كمال البيطار', cueType: 'SAY' },
        { content: 'الجفاف هو السبب', speaker: 'كمال البيطار', cueType: 'EXPLAIN' },
      ],
    },
    {
      name: 'verb, name, role of an organisation in a city',
      body: 'وقالت هالة الرفاعي مديرة «مختبر التربة» في تونس إن الملوحة ارتفعت في الحقول الساحلية.',
      expect: [{ content: 'الملوحة ارتفعت', speaker: 'هالة الرفاعي' }],
    },
    {
      name: 'role with nisba, then the name between commas',
      body: `${P} وأعلن الوزير الهولندي، يان دي فريس، أن الموانئ ستعمل بطاقتها الكاملة. ورأى دي فريس أن الأزمة انتهت.`,
      expect: [
        { content: 'الموانئ ستعمل بطاقتها', speaker: 'يان دي فريس', cueType: 'ANNOUNCE' },
        { content: 'الأزمة انتهت', speaker: 'يان دي فريس', cueType: 'BELIEVE' },
      ],
    },
  ],
  FRONT: [
    {
      name: 'a fronted adverbial before a new speaker with an apposition',
      body: `${P} ومن جهة أخرى قال نبيل الخوري، الأمين العام لنقابة المعلمين، إن المدارس ستفتح في موعدها.`,
      expect: [{ content: 'المدارس ستفتح في موعدها', speaker: 'نبيل الخوري' }],
    },
    {
      name: 'a fronted topic with an implicit subject',
      body: 'قال مدير الميناء وائل شحادة إن الحركة طبيعية. وعن رسوم التخزين قال إن الإدارة ستخفضها الشهر المقبل.',
      expect: [{ content: 'الإدارة ستخفضها', speaker: 'وائل شحادة' }],
    },
    {
      name: 'a fronted topic naming an organisation is not the speaker',
      body: 'قال مدير الميناء وائل شحادة إن الحركة طبيعية. وعن المحادثات مع «البنك الدولي»، قال: «لن نوقع على قرض جديد هذا العام».',
      expect: [{ content: 'لن نوقع على قرض جديد', speaker: 'وائل شحادة', direct: true }],
    },
  ],
  NOMOBJ: [
    {
      name: 'confirm + masdar after an implicit subject',
      body: 'قالت المهندسة ريم داود إن السد سيكتمل في الصيف. وأكدت حرص الوزارة على سلامة السكان المجاورين.',
      expect: [{ content: 'حرص الوزارة على سلامة السكان', speaker: 'ريم داود', cueType: 'CONFIRM' }],
    },
    {
      name: 'stress + على + masdar',
      body: 'وشددت جمعية حماية المستهلك على ضرورة مراقبة أسعار الخبز في الأسواق الشعبية.',
      expect: [{ content: 'ضرورة مراقبة أسعار الخبز', speaker: 'جمعية حماية المستهلك', cueType: 'STRESS' }],
    },
    {
      name: 'announce + عن + masdar, not a later أن',
      body: 'وأعلنت شركة الطيران الوطنية عن زيادة رحلاتها إلى أوروبا بعد أن تبين أن الطلب ارتفع.',
      expect: [{ content: 'زيادة رحلاتها إلى أوروبا', speaker: 'شركة الطيران الوطنية', cueType: 'ANNOUNCE' }],
    },
  ],
  CHUNK: [
    {
      name: 'a long circumstantial phrase before a colon',
      body: 'قال المهندس سامح عبيد إن الجسر آمن، وأضاف في حديث مع الأهالي عقب زيارته لموقع الانهيار في البلدة القديمة مساء أمس: «سنعوض كل المتضررين».',
      expect: [{ content: 'سنعوض كل المتضررين', speaker: 'سامح عبيد', cueType: 'ADD' }],
    },
    {
      name: 'an addressee after the subject is not the speaker',
      body: 'وقالت رابطة المزارعين لوزير الري المصري حسن عاطف أمس إن القنوات جفت قبل موسم الزراعة.',
      expect: [{ content: 'القنوات جفت', speaker: 'رابطة المزارعين' }],
    },
    {
      name: 'a person inside a circumstantial phrase is not the speaker',
      body: 'وأعلن محافظ المدينة عقب اللقاء الذي جمع رئيس الوزراء البريطاني ديفيد كاميرون بممثلي التجار أن الأسواق ستفتح ليلا.',
      expect: [{ content: 'الأسواق ستفتح ليلا', speaker: 'محافظ المدينة' }],
    },
  ],
  VSOOBJ: [
    {
      name: 'accuse: verb, subject, object, بـ',
      body: 'واتهمت النقابة إدارة المستشفى بإهمال صيانة الأجهزة الطبية منذ سنوات.',
      expect: [{ content: 'بإهمال صيانة الأجهزة', speaker: 'النقابة', cueType: 'ACCUSE' }],
    },
    {
      name: 'reject with a plain object',
      body: 'لكن، رفضت الحكومة الكينية أي وساطة أجنبية في النزاع الحدودي مع جارتها.',
      expect: [{ content: 'أي وساطة أجنبية', speaker: 'الحكومة الكينية', cueType: 'REJECT' }],
    },
    {
      name: 'call: present verb, subject, objects, بـ',
      body: 'وتطالب الدراسة المصانع والمزارع الكبيرة بتقليل استهلاك المياه الجوفية.',
      expect: [{ content: 'بتقليل استهلاك المياه', speaker: 'الدراسة', cueType: 'CALL' }],
    },
  ],
  SUBJFIRST: [
    {
      name: 'كانت X قد أفادت after a non-speech clause',
      body: 'وهاجمت الطائرات مخازن لـ«جبهة التحرير» شمال المدينة، وكانت مصادر عسكرية في المنطقة قد أفادت بأن الهجوم بات قريبا.',
      expect: [{ content: 'الهجوم بات قريبا', speaker: 'مصادر عسكرية', cueType: 'REPORT' }],
    },
    {
      name: 'لكن + known surname + قال',
      body: 'قال الدكتور وسيم نجار إن المصنع آمن. وتأخرت الأعمال ثلاثة أشهر، لكن نجار قال: «سنسلم المصنع في موعده».',
      expect: [{ content: 'سنسلم المصنع في موعده', speaker: 'وسيم نجار' }],
    },
    {
      name: 'two statements joined by لكنهم',
      body: 'ويعتقد اقتصاديون أن الأسعار ستستقر، لكنهم يقولون إن البطالة سترتفع.',
      expect: [
        { content: 'الأسعار ستستقر', speaker: 'اقتصاديون', notContent: 'يقولون' },
        { content: 'البطالة سترتفع', speaker: 'اقتصاديون', cueType: 'SAY' },
      ],
    },
  ],
  NOMINAL: [
    {
      name: 'في تصريح لـ + a new person',
      body: 'قال الدكتور سامر حلبي إن المستشفى مكتظ. وفي تصريح للدكتورة لينا مراد قالت إن الأدوية وصلت صباحا.',
      expect: [{ content: 'الأدوية وصلت صباحا', speaker: 'لينا مراد' }],
    },
    {
      name: 'إثر إعلان X أن',
      body: 'وتراجعت الأسهم إثر إعلان الشركة الألمانية أنها ستغلق مصنعين في الجنوب.',
      expect: [{ content: 'ستغلق مصنعين', speaker: 'الشركة الألمانية', cueType: 'ANNOUNCE' }],
    },
    {
      name: 'جدد X تأكيده على أن',
      body: 'قال النادي إن المدرب باق. وجدد النادي تأكيده على أن العقد سيمدد عامين.',
      expect: [{ content: 'العقد سيمدد عامين', speaker: 'النادي', cueType: 'CONFIRM' }],
    },
    {
      name: 'كرر X دعوته إلى + masdar, after a known person',
      body: 'قال الدكتور سامر حلبي إن المستشفى مكتظ. وكرر حلبي دعوته إلى بناء جناح جديد للأطفال.',
      expect: [{ content: 'بناء جناح جديد', speaker: 'سامر حلبي', cueType: 'CALL' }],
    },
    {
      name: 'مضى + بالقول continues a speech (ADD)',
      body: 'قال الدكتور سامر حلبي إن المستشفى مكتظ. ومضى حلبي بالقول إن الأطباء يعملون ليلا ونهارا.',
      expect: [{ content: 'الأطباء يعملون ليلا', speaker: 'سامر حلبي', cueType: 'ADD' }],
    },
    {
      name: 'an article by an author, said فيه; the publisher relays',
      body: 'ونشرت صحيفة «الفجر» مقالا للكاتب سمير داود قال فيه إن الانتخابات ستؤجل.',
      expect: [{ content: 'الانتخابات ستؤجل', speaker: 'سمير داود', cueType: 'SAY' }],
    },
    {
      name: 'غداة تحذير X من أن',
      body: 'وتأتي الزيارة غداة تحذير وزير الخارجية الروسي سيرغي لافروف من أن المفاوضات وصلت إلى طريق مسدود.',
      expect: [{ content: 'المفاوضات وصلت إلى طريق مسدود', speaker: 'sergei-lavrov', cueType: 'WARN' }],
    },
    {
      name: 'اكتفى بالقول',
      body: 'ورفض المتحدث باسم الشركة علي زهران الخوض في التفاصيل، واكتفى بالقول إن التحقيق مستمر.',
      expect: [{ content: 'التحقيق مستمر', speaker: 'علي زهران', cueType: 'SAY' }],
    },
  ],
  RELAY: [
    {
      name: 'a postposed بحسب ما أفاد source',
      body: 'وسيفتح المعبر أمام المسافرين يوم الخميس، بحسب ما أفاد مسؤول في الجمارك لإذاعة محلية.',
      expect: [{ content: 'وسيفتح المعبر', speaker: 'مسؤول في الجمارك', cueType: 'REPORT' }],
    },
    {
      name: 'a postposed كما ذكر source',
      body: 'وستمنع الشاحنات من دخول وسط المدينة نهارا، كما ذكر مصدر في الشرطة.',
      expect: [{ content: 'وستمنع الشاحنات', speaker: 'مصدر في الشرطة' }],
    },
    {
      name: 'a postposed بحسب ما أعلن source takes the verb’s type',
      body: 'وسقطت قذيفة على أطراف البلدة دون إصابات، بحسب ما أعلن الجيش اللبناني الجمعة.',
      expect: [{ content: 'وسقطت قذيفة على أطراف البلدة', speaker: 'الجيش اللبناني', cueType: 'ANNOUNCE' }],
    },
    {
      name: 'a postposed source after a statement relays it',
      body: 'وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار سيستمر، بحسب ما نقلت وكالة رويترز.',
      expect: [{ content: 'الحوار سيستمر', speaker: 'sergei-lavrov', via: ['reuters'] }],
    },
    {
      name: 'نقلت X عن Y قولهم + a bare clause',
      body: 'ونقلت الصحيفة عن عمال في المصنع قولهم إن الرواتب لم تصرف منذ شهرين.',
      expect: [{ content: 'الرواتب لم تصرف', speaker: 'عمال في المصنع' }],
    },
  ],
  NEST: [
    {
      name: 'an inner statement, subject first, after a circumstance',
      body: 'وقال المهندس فادي صعب إن الشركة، بعد مفاوضات طويلة مع العمال، أعلنت عن رفع الأجور.',
      expect: [
        { content: 'الشركة، بعد مفاوضات', speaker: 'فادي صعب' },
        { content: 'رفع الأجور', speaker: 'الشركة', cueType: 'ANNOUNCE', parentContent: 'بعد مفاوضات طويلة' },
      ],
    },
    {
      name: 'a dual verb in a quotation',
      body: 'وقال إن وزيري النقل والسياحة "أكدا أنهما سيفتتحان المطار الجديد معا".',
      expect: [{ content: 'سيفتتحان المطار الجديد', speaker: 'وزيري النقل والسياحة', cueType: 'CONFIRM' }],
    },
  ],
  REL: [
    {
      name: 'a statement inside a relative clause between dashes',
      body: 'الحريق -الذي قال الدفاع المدني إنه بدأ في مستودع الورق- أتى على ثلاثة محلات.',
      expect: [{ content: 'بدأ في مستودع الورق', speaker: 'الدفاع المدني', cueType: 'SAY' }],
    },
    {
      name: 'a statement inside a relative clause after a noun',
      body: 'وتوقف العمل في المنجم الذي قالت الشركة إنه لم يعد آمنا للعمال.',
      expect: [{ content: 'لم يعد آمنا', speaker: 'الشركة' }],
    },
  ],
  DATELINE: [
    {
      name: 'an agency dateline before the lead does not hide it',
      body: 'عمان - رويترز: قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستستأنف الشهر المقبل.',
      expect: [{ content: 'المحادثات ستستأنف', speaker: 'sergei-lavrov', cueType: 'SAY' }],
    },
    {
      name: 'a dateline with dashes',
      body: 'موسكو - رويترز - أعلن الكرملين أن الرئيس سيزور الصين في الربيع.',
      expect: [{ content: 'الرئيس سيزور الصين', speaker: 'kremlin', cueType: 'ANNOUNCE' }],
    },
  ],
  LEX: [
    {
      name: 'ندد بـ',
      body: 'ونددت رابطة المحامين بقرار المحكمة إغلاق المكتب.',
      expect: [{ content: 'بقرار المحكمة', speaker: 'رابطة المحامين', cueType: 'CONDEMN' }],
    },
    {
      name: 'تابع أن, no quotation',
      body: 'قال الدكتور سامر حلبي إن المستشفى مكتظ. وتابع أن الوزارة سترسل أطباء إضافيين.',
      expect: [{ content: 'سترسل أطباء إضافيين', speaker: 'سامر حلبي', cueType: 'ADD' }],
    },
    {
      name: 'سلم بأن',
      body: 'قال الدكتور سامر حلبي إن المستشفى مكتظ. وسلم حلبي بأن الأجنحة تحتاج إلى ترميم.',
      expect: [{ content: 'الأجنحة تحتاج إلى ترميم', speaker: 'سامر حلبي', cueType: 'CONFIRM' }],
    },
  ],
  BOUND: [
    {
      name: 'two statements joined by و + cue, no comma',
      body: 'وقالت النائبة سعاد حمدي إن المشروع سيحمي الغابات وأكدت أن اللجنة ستناقشه غدا.',
      expect: [
        { content: 'المشروع سيحمي الغابات', speaker: 'سعاد حمدي', notContent: 'وأكدت' },
        { content: 'اللجنة ستناقشه غدا', speaker: 'سعاد حمدي', cueType: 'CONFIRM' },
      ],
    },
  ],
  ROLEANA: [
    {
      name: 'a bare role refers to the person introduced with it',
      body: 'قال السفير الكندي مارك تومسون إن المنح ستزيد. وقال السفير في هذا الصدد: «سنضاعف عدد الطلاب».',
      expect: [{ content: 'سنضاعف عدد الطلاب', speaker: 'مارك تومسون' }],
    },
    {
      name: 'an unnamed role becomes a described actor',
      body: `${P} وقال المندوب الأرجنتيني إن بلاده ستمتنع عن التصويت.`,
      expect: [{ content: 'ستمتنع عن التصويت', speaker: 'المندوب الأرجنتيني' }],
    },
    {
      name: 'a role with a state is not the previous speaker',
      body: `${P} وقال الرئيس النيجيري إن الانتخابات ستؤجل.`,
      expect: [{ content: 'الانتخابات ستؤجل', speaker: 'الرئيس النيجيري' }],
    },
  ],
  UNKSUBJ: [
    {
      name: 'a plural common noun subject',
      body: `${P} وقال الصيادون إن الأسماك اختفت من الخليج.`,
      expect: [{ content: 'الأسماك اختفت', speaker: 'الصيادون' }],
    },
    {
      name: 'a surname after another person spoke',
      body: 'قال جون ميلر إن الخطة جاهزة. وقال الدكتور بيتر غرين إن التمويل ناقص. وأكد ميلر أن التنفيذ سيبدأ قريبا.',
      expect: [{ content: 'التنفيذ سيبدأ قريبا', speaker: 'جون ميلر' }],
    },
  ],
  INTRA: [
    {
      name: 'وأضاف after a comma in the same sentence',
      body: `${P} قال مدير الدفاع المدني خالد النمر إن الفرق أنقذت عشرة أشخاص، وأضاف أن البحث متواصل.`,
      expect: [{ content: 'البحث متواصل', speaker: 'خالد النمر', cueType: 'ADD' }],
    },
    {
      name: 'a participle cut off by the sentence splitter',
      body: 'أعلن المهندس رياض كنعان أن المحطة ستعمل غدا. مؤكدا أن الأسعار لن تتغير.',
      expect: [{ content: 'الأسعار لن تتغير', speaker: 'رياض كنعان', cueType: 'CONFIRM' }],
    },
  ],
  DISC: [
    {
      name: 'the subject of a preceding non-speech clause',
      body: `${P} واستقبل الوزير سليم حداد وفد التجار، وقال: «الأسواق مفتوحة للجميع».`,
      expect: [{ content: 'الأسواق مفتوحة للجميع', speaker: 'سليم حداد' }],
    },
    {
      name: 'فهي after a topic sentence',
      body: `${P} وما زالت المديرة نوال شاكر تحت الضغط. فهي تؤكد أنها لن تستقيل.`,
      expect: [{ content: 'لن تستقيل', speaker: 'نوال شاكر' }],
    },
  ],
  MORPH: [
    {
      name: 'وزير is not و + زير',
      body: 'وقال وزير التجارة التونسي منير الجلاصي إن الصادرات ارتفعت بنسبة الربع.',
      expect: [{ content: 'الصادرات ارتفعت', speaker: 'منير الجلاصي', cueType: 'SAY' }],
    },
    {
      name: 'a role with nisba and no name after a fronted phrase',
      body: 'وفي رده على الأسئلة، أعلن وزير النقل الفرنسي أن القطارات ستعود للعمل.',
      expect: [{ content: 'القطارات ستعود للعمل', speaker: 'وزير النقل الفرنسي', cueType: 'ANNOUNCE' }],
    },
  ],
};

runAttributionTable({
  title: 'Arabic attribution classes',
  language: 'ar',
  headline: 'عنوان الخبر - موقع الأخبار',
  cases: Object.entries(CLASS_CASES).flatMap(([cls, cases]) => cases.map((c) => ({ ...c, name: `${cls}: ${c.name}` }))),
  noStatements: [
    { name: 'IMPERS: the journalist’s يذكر أن', body: 'يذكر أن المصنع أغلق مرتين خلال العام الماضي.' },
    { name: 'LEX: a topic that is no speaker', body: 'وتطرق الحديث إلى أوضاع العمال في المصانع.' },
    { name: 'RELAY: an aside كما وصفها X inside a clause', body: 'والنتيجة الأهم للقاء كما وصفها الكرملين كانت الاتفاق على تبادل الأسرى.' },
    { name: 'NOMINAL: a statement noun with no speaker of its own', body: 'وجاء القرار بعد إعلان أن المصنع سيغلق.' },
    { name: 'MORPH: إشارة is a noun', body: 'ورفع اللاعب يده في إشارة إلى أن الهدف كان لأمه.' },
  ],
  quote: (text) => `«${text}»`,
  knownGaps: KNOWN_GAPS,
});

// The journalist's own formula after a statement: nothing in it is given to the last speaker.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

describe('Arabic attribution classes: IMPERS', () => {
  const bodies = [
    'قال المهندس عادل صبري إن النفق أغلق. يذكر أن النفق أغلق ثلاث مرات هذا العام.',
    'وقالت الشرطة إن المتهم فر. ويذكر أن المتهم سبق أن اعتقل قبل عامين.',
  ];
  for (const body of bodies) {
    it(`IMPERS: يذكر أن is no statement in: ${body}`, () => {
      const x = extract(`عنوان الخبر - موقع الأخبار\n\n${body}\n`, { language: 'ar' });
      const second = body.split('. ')[1]!.replace(/^و?يذكر أن /, '').slice(0, 12);
      expect(x.statements.filter((s) => s.content.includes(second)).map((s) => s.content), body).toEqual([]);
      expect(x.statements.length, body).toBe(1);
    });
  }
});
