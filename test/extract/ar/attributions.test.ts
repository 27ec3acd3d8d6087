// Arabic attribution patterns, one row per pattern, written for these tests (no corpus text).
// Each row is a tiny article; the expectation names the statement by a piece of its content.
import { expect } from 'vitest';
import { runAttributionTable, type Case } from '../attribution-table.ts';

const CASES: Case[] = [
  {
    name: 'verb-first, indirect, role + name',
    body: 'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع واشنطن دون شروط مسبقة.',
    expect: [{ content: 'موسكو مستعدة للحوار', speaker: 'sergei-lavrov', cueType: 'SAY', direct: false, about: ['united-states'] }],
  },
  {
    name: 'verb-first, direct quote after "في بيان"',
    body: 'وقال البيت الأبيض في بيان «نحن ملتزمون بأمن حلفائنا في المنطقة بشكل كامل ودائم».',
    expect: [{ content: 'نحن ملتزمون بأمن حلفائنا', speaker: 'white-house', cueType: 'SAY', direct: true }],
  },
  {
    name: 'cue types from the lexicon',
    body: [
      'أكد الكرملين أن المحادثات الأخيرة كانت بناءة ومفيدة للطرفين.',
      'ونفى البنتاغون أن تكون قواته قد شاركت في الهجوم على القرية.',
      'وحذرت الأمم المتحدة من أن الوضع الإنساني في المدينة يتدهور بسرعة.',
      'ودعا الاتحاد الأوروبي إلى وقف فوري لإطلاق النار في كل المناطق.',
      'وأعلنت وزارة الخارجية الأمريكية أن الوزير سيزور المنطقة الأسبوع المقبل.',
    ].join(' '),
    expect: [
      { content: 'المحادثات الأخيرة كانت بناءة', speaker: 'kremlin', cueType: 'CONFIRM' },
      { content: 'قواته قد شاركت في الهجوم', speaker: 'pentagon', cueType: 'DENY' },
      { content: 'الوضع الإنساني في المدينة يتدهور', speaker: 'united-nations', cueType: 'WARN' },
      { content: 'وقف فوري لإطلاق النار', speaker: 'european-union', cueType: 'CALL' },
      { content: 'الوزير سيزور المنطقة', speaker: 'us-state-department', cueType: 'ANNOUNCE' },
    ],
  },
  {
    name: 'subject-first with "كان … قد"',
    body: 'وكان أردوغان قد أعلن أن بلاده لن تتراجع عن موقفها من الأزمة.',
    expect: [{ content: 'بلاده لن تتراجع عن موقفها', speaker: 'recep-tayyip-erdogan', cueType: 'ANNOUNCE' }],
  },
  {
    name: 'implicit subjects resolved by gender',
    body: 'قال بوتين إن العلاقات مع الغرب تمر بمرحلة صعبة. وقالت زاخاروفا إن الوزارة ستصدر ردا مفصلا. وأضافت أن الرد سيكون حازما. وأضاف الرئيس أن روسيا منفتحة على الحوار.',
    expect: [
      { content: 'الرد سيكون حازما', speaker: 'maria-zakharova', cueType: 'ADD' },
      { content: 'روسيا منفتحة على الحوار', speaker: 'vladimir-putin', cueType: 'ADD' },
    ],
  },
  {
    name: 'implicit subject after a direct quote',
    body: 'وقال نتنياهو «هذا الاتفاق سيئ للغاية ولن نقبل به أبدا». وشدد على أن إسرائيل ستدافع عن نفسها بكل الوسائل.',
    expect: [{ content: 'إسرائيل ستدافع عن نفسها', speaker: 'benjamin-netanyahu', cueType: 'STRESS' }],
  },
  {
    name: 'participle continues the attribution and ends the first content',
    body: 'قال لافروف إن الحل في سوريا سياسي فقط، مشيرا إلى أن الحوار هو الطريق الوحيد للخروج من الأزمة.',
    expect: [
      { content: 'الحل في سوريا سياسي', speaker: 'sergei-lavrov', cueType: 'SAY', notContent: 'مشيرا' },
      { content: 'الحوار هو الطريق الوحيد', speaker: 'sergei-lavrov', cueType: 'NOTE' },
    ],
  },
  {
    name: '"according to" after an attribution is a relay',
    body: 'وقال الكرملين إن الرئيسين سيلتقيان قريبا في عاصمة محايدة، حسب وكالة رويترز.',
    expect: [{ content: 'الرئيسين سيلتقيان قريبا', speaker: 'kremlin', via: ['reuters'] }],
  },
  {
    name: '"according to" on its own is a REPORT by the source',
    body: 'تراجعت أسعار النفط بشكل حاد خلال تعاملات هذا الأسبوع، بحسب وكالة فرانس برس.',
    expect: [{ content: 'تراجعت أسعار النفط بشكل حاد', speaker: 'afp', cueType: 'REPORT' }],
  },
  {
    name: 'relay "نقلت X عن Y قوله": speaker Y, via X',
    body: 'ونقلت وكالة إنترفاكس عن مصدر دبلوماسي قوله إن المفاوضات ستستأنف في جنيف.',
    expect: [{ content: 'المفاوضات ستستأنف في جنيف', speaker: 'مصدر دبلوماسي', via: ['interfax'] }],
  },
  {
    name: 'relative clause: the content is the preceding clause',
    body: 'واتهمت المعارضة الحكومة بالتلاعب بنتائج الانتخابات البرلمانية، الأمر الذي نفاه الرئيس السيسي.',
    expect: [
      { content: 'المعارضة الحكومة بالتلاعب', speaker: 'abdel-fattah-el-sisi', cueType: 'DENY' },
      { content: 'بالتلاعب بنتائج الانتخابات', speaker: 'المعارضة', cueType: 'ACCUSE' },
    ],
  },
  {
    name: 'nested attribution with an addressee',
    body: 'قال البيت الأبيض إن أوباما أبلغ نتنياهو بأن واشنطن ملتزمة بأمن إسرائيل.',
    expect: [
      { content: 'أوباما أبلغ نتنياهو', speaker: 'white-house', cueType: 'SAY' },
      { content: 'واشنطن ملتزمة بأمن إسرائيل', speaker: 'barack-obama', addressees: ['benjamin-netanyahu'], parentContent: 'أوباما أبلغ نتنياهو' },
    ],
  },
  {
    name: 'described collective speaker linked to what it describes',
    body: 'وقال مسؤولون أمريكيون إن الضربات الجوية ستستمر حتى هزيمة التنظيم.',
    expect: [{ content: 'الضربات الجوية ستستمر', speaker: 'مسؤولون أمريكيون' }],
  },
  {
    name: 'a new person introduced by a title, then named short',
    body: 'وقال المتحدث باسم الجيش العقيد أحمد المسماري إن القوات تقدمت في المحور الجنوبي. وأضاف المسماري أن العمليات ستتواصل.',
    expect: [
      { content: 'القوات تقدمت في المحور', speaker: 'أحمد المسماري' },
      { content: 'العمليات ستتواصل', speaker: 'أحمد المسماري', cueType: 'ADD' },
    ],
  },
  {
    name: 'a role mention resolves to the person introduced with it',
    body: 'قال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي. وأوضح وزير الخارجية أن الاجتماع المقبل سيعقد في الرياض.',
    expect: [{ content: 'الاجتماع المقبل سيعقد', speaker: 'adel-al-jubeir', cueType: 'EXPLAIN' }],
  },
  {
    name: 'relative dates resolve against the publication date',
    publishedAt: '2017-01-29',
    body: 'قال الكرملين يوم السبت إن الاتصال كان إيجابيا. وقال البنتاغون أمس إن الطائرات عادت إلى قواعدها.',
    expect: [
      { content: 'الاتصال كان إيجابيا', speaker: 'kremlin', date: '2017-01-28' },
      { content: 'الطائرات عادت إلى قواعدها', speaker: 'pentagon', date: '2017-01-28' },
    ],
  },
  {
    name: 'a quote before the cue',
    body: '«لن نقبل بهذا الاتفاق تحت أي ظرف من الظروف»، قال الرئيس الإيراني حسن روحاني.',
    expect: [{ content: 'لن نقبل بهذا الاتفاق', speaker: 'hassan-rouhani', direct: true }],
  },
  {
    name: 'a cue that needs its preposition ("أعرب عن")',
    body: 'وأعرب الأمين العام للأمم المتحدة بان كي مون عن قلقه البالغ من تصاعد العنف.',
    expect: [{ content: 'قلقه البالغ من تصاعد العنف', speaker: 'ban-ki-moon', cueType: 'SAY' }],
  },
  {
    name: 'our country is the speaker’s state',
    body: 'وقال لافروف إن بلادنا لن تسمح بتكرار ما حدث.',
    expect: [{ content: 'بلادنا لن تسمح', speaker: 'sergei-lavrov', about: ['russia'] }],
  },
  {
    name: 'a medium that "ذكرت" reports',
    body: 'وذكرت وكالة الأنباء السعودية أن الملك سلمان استقبل وزير الخارجية الأمريكي في الرياض.',
    expect: [{ content: 'الملك سلمان استقبل', speaker: 'spa', cueType: 'REPORT', about: ['salman-of-saudi-arabia'] }],
  },
  {
    name: 'a source speaking to an agency: the agency relays',
    body: 'وصرح مصدر مسؤول لوكالة الأنباء السعودية بأن المملكة ترفض هذه الاتهامات جملة وتفصيلا.',
    expect: [{ content: 'المملكة ترفض هذه الاتهامات', speaker: 'مصدر مسؤول', cueType: 'SAY', via: ['spa'] }],
  },
  {
    name: 'a quoted newspaper after لـ relays',
    body: 'وأكدت مصادر مطلعة لـ«الحياة» أن الاجتماع سيعقد الأسبوع المقبل في القاهرة.',
    expect: [{ content: 'الاجتماع سيعقد الأسبوع المقبل', speaker: 'مصادر مطلعة', cueType: 'CONFIRM', via: ['al-hayat'] }],
  },
  {
    name: 'a new minister named after role and nisba; a place with بـ is no addressee',
    body: 'وأشار وزير الدفاع التركي فكري إيشيق في مؤتمر صحفي بأنقرة إلى أن العملية ستستمر حتى تحقيق أهدافها.',
    expect: [{ content: 'العملية ستستمر', speaker: 'فكري إيشيق', cueType: 'NOTE' }],
  },
  {
    name: 'harakat and tatweel: matched folded, shown as written',
    body: 'وَقَالَ الكِرْمْلِينُ إِنَّ المُحَادَثَاتِ كَانَتْ بَنَّاءَةً. وأضـــاف أن الحوار سيستمر طويلا.',
    expect: [
      { content: 'المُحَادَثَاتِ كَانَتْ بَنَّاءَةً', speaker: 'kremlin', cueType: 'SAY' },
      { content: 'الحوار سيستمر', speaker: 'kremlin', cueType: 'ADD' },
    ],
  },
];

/** Cases where nothing is a statement: analysis, headlines of other articles. */
const NO_STATEMENTS: Array<{ name: string; body: string }> = [
  { name: 'the article’s own analysis', body: 'ويشير ذلك إلى تغيير كبير في السياسة الخارجية للبلدين خلال العام.' },
  { name: 'a verb that is not speech', body: 'وأصدر الرئيس مرسوما يقضي بتعيين محافظ جديد للمصرف المركزي.' },
  { name: 'related-article headlines after the body', body: 'انتهت القمة دون بيان ختامي.\n\nمقالات ذات صلة\n\nبوتين: "موسكو لن تتراجع عن دعم حلفائها"\n\nقال ترامب إن الاتفاق سيئ' },
];

runAttributionTable({
  title: 'Arabic attributions',
  language: 'ar',
  headline: 'عنوان الخبر - موقع الأخبار',
  cases: CASES,
  noStatements: NO_STATEMENTS,
  quote: (text) => `«${text}»`,
  invariants: (s, where) => expect(s.addressees, `no place is an addressee of ${where}`).not.toContain('turkey'),
});
