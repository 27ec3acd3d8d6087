// What Arabic statements are about beyond the names in their content: regions and groupings,
// the home kingdom, named groups and forces, peoples, the speaker's own state, a fronted topic.
// Every sentence is composed for this test (invented people and events). `about` lists actor ids
// (built-in actors) or names (new groups).
import { runAttributionTable, type Case } from '../attribution-table.ts';

export const ABOUT_CASES: Case[] = [
  {
    name: 'a grouping of states in the content',
    body: 'وقال المهندس رامي الحلو إن الاستثمارات في دول الخليج ستتضاعف.',
    expect: [{ content: 'ستتضاعف', speaker: 'رامي الحلو', about: ['gulf-states'] }],
  },
  {
    name: 'a region and a council of states',
    body: 'وحذر الباحث سامي نعيم من أن الجفاف سيضرب الشرق الأوسط، داعيا دول مجلس التعاون إلى خطة مشتركة.',
    expect: [{ content: 'الجفاف سيضرب', speaker: 'سامي نعيم', about: ['middle-east'] }],
  },
  {
    name: 'the states of a council are the council',
    body: 'وقال المهندس رامي الحلو إن دول مجلس التعاون ستوقع الاتفاق قريبا.',
    expect: [{ content: 'ستوقع الاتفاق', speaker: 'رامي الحلو', about: ['gcc'] }],
  },
  {
    name: 'the bare المملكة is the kingdom of the speaker',
    body: 'وقال وزير الخارجية السعودي عادل الجبير إن المملكة لن تقبل أي تدخل.',
    expect: [{ content: 'لن تقبل أي تدخل', speaker: 'الجبير', about: ['saudi-arabia'] }],
  },
  {
    name: 'named forces and groups in the content',
    body: 'وأكد المتحدث العسكري أن قوات التحالف الدولي دمرت مخازن لميليشيات الجبل، وأن المقاومة الشعبية تقدمت.',
    expect: [{ content: 'دمرت مخازن', speaker: 'المتحدث العسكري', about: ['قوات التحالف الدولي', 'ميليشيات الجبل', 'المقاومة الشعبية'] }],
  },
  {
    name: 'a people named by a plural nisba',
    body: 'وقال الناشط كريم داود إن اللبنانيين يعانون من انقطاع الكهرباء.',
    expect: [{ content: 'يعانون من انقطاع', speaker: 'كريم داود', about: ['people-of-lebanon'] }],
  },
  {
    name: 'a topic in a fronted phrase',
    body: 'قال وزير التجارة منير الجلاصي إن الصادرات ارتفعت. وعن العلاقات مع فرنسا، قال إن الحوار مستمر.',
    expect: [{ content: 'الحوار مستمر', speaker: 'منير الجلاصي', about: ['france'] }],
  },
  {
    name: 'a bare force head after its named group; the forces of a known movement are about it too',
    body: 'قال المحافظ سامي خليل إن المقاومة الشعبية صدت الهجوم. وأضاف أن المقاومة تقدمت نحو المدينة وأن ميليشيات الحوثي انسحبت.',
    expect: [{ content: 'المقاومة تقدمت', speaker: 'سامي خليل', about: ['المقاومة الشعبية', 'houthis'] }],
  },
  {
    name: 'cities that are no capital, with a preposition or a province word before them',
    body: 'قال المحافظ سامي خليل إن محافظة عدن تحتاج إلى الشرطة. وأضاف أن الوضع في تعز صعب وأن الطرق إلى حلب مغلقة.',
    expect: [
      { content: 'تحتاج إلى الشرطة', speaker: 'سامي خليل', about: ['aden'] },
      { content: 'الوضع في تعز صعب', speaker: 'سامي خليل', about: ['taiz', 'aleppo'] },
    ],
  },
];

runAttributionTable({
  title: 'Arabic about',
  language: 'ar',
  headline: 'عنوان الخبر - موقع الأخبار',
  cases: ABOUT_CASES.map((c) => ({ ...c, name: `ABOUT: ${c.name}` })),
  noStatements: [],
  quote: (text) => `«${text}»`,
});
