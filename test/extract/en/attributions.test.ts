// English attribution patterns, one row per pattern of the issue, written for these tests (no
// corpus text). Each row is a tiny article; the expectation names a statement by a piece of its
// content, and every failure message names the input.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { article, runAttributionTable, type AttributionTable, type Case } from '../attribution-table.ts';

const CASES: Case[] = [
  {
    name: 'X said that ...',
    body: 'Secretary of State John Kerry said that the ceasefire in the north would hold through the winter.',
    expect: [{ content: 'the ceasefire in the north would hold', speaker: 'john-kerry', cueType: 'SAY', direct: false }],
  },
  {
    name: 'X said ... without "that"',
    body: 'Angela Merkel said Germany would take in more refugees next year.',
    expect: [{ content: 'Germany would take in more refugees', speaker: 'angela-merkel', cueType: 'SAY' }],
  },
  {
    name: '"...," X said',
    body: '"We are ready to talk to anyone who wants peace," Putin said.',
    expect: [{ content: 'We are ready to talk to anyone', speaker: 'vladimir-putin', direct: true }],
  },
  {
    name: '"...," said X, apposition',
    body: '"The border stays open for trade," said Hanna Lindqvist, a trade commissioner from Sweden.',
    expect: [{ content: 'The border stays open for trade', speaker: 'Hanna Lindqvist', direct: true }],
  },
  {
    name: 'X told Reuters ... (the medium relays)',
    body: 'Sergei Lavrov told Reuters that Moscow would not change its position on the sanctions.',
    expect: [{ content: 'Moscow would not change its position', speaker: 'sergei-lavrov', via: ['reuters'], about: ['russia'] }],
  },
  {
    name: 'X told Y ... (addressee)',
    body: 'John Kerry told Lavrov that the convoy had to reach the city within two days.',
    expect: [{ content: 'the convoy had to reach the city', speaker: 'john-kerry', addressees: ['sergei-lavrov'] }],
  },
  {
    name: 'according to X, ...',
    body: 'According to the Pentagon, the drills near the coast will last for two weeks.',
    expect: [{ content: 'the drills near the coast will last', speaker: 'pentagon', cueType: 'REPORT' }],
  },
  {
    name: '..., according to X',
    body: 'The negotiators will meet again in Vienna next month, according to the State Department.',
    expect: [{ content: 'The negotiators will meet again in Vienna', speaker: 'us-state-department', cueType: 'REPORT' }],
  },
  {
    name: 'a quotation split by the cue',
    body: 'Marco Rubio spoke in Miami. "We will not give up on this state," he said. "Nobody should doubt that."',
    expect: [{ content: 'Nobody should doubt that', speaker: 'marco-rubio', direct: true }],
  },
  {
    name: 'a quotation running over two paragraphs',
    body: '"The port will be rebuilt, and it will take years.\n\n"But we will not leave the city," said Hanna Lindqvist, the mayor.',
    expect: [{ content: 'The port will be rebuilt', speaker: 'Hanna Lindqvist', direct: true }],
  },
  {
    name: 'a paragraph opening with a quotation continues the speaker',
    body: 'Bernie Sanders said the plan would help students.\n\n"Nobody should leave college with a mountain of debt."',
    expect: [{ content: 'mountain of debt', speaker: 'bernie-sanders' }],
  },
  {
    name: 'she said: the most recent woman',
    body: 'Hillary Clinton met Donald Trump at the debate in Ohio. She said the plan would cost too much.',
    expect: [{ content: 'the plan would cost too much', speaker: 'hillary-clinton' }],
  },
  {
    name: 'he added: the previous speaker',
    body: 'Ted Cruz said taxes were far too high. He added that he would cut them in his first year.',
    expect: [{ content: 'he would cut them in his first year', speaker: 'ted-cruz', cueType: 'ADD' }],
  },
  {
    name: 'gender from an honorific',
    body: 'Mrs. Okonkwo met Mr. Tanaka on Monday. "The agreement is fair," she said.',
    expect: [{ content: 'The agreement is fair', speaker: 'Okonkwo' }],
  },
  {
    name: '..., adding that ...',
    body: 'Jacob Lew said the economy was growing, adding that exports had recovered.',
    expect: [
      { content: 'exports had recovered', speaker: 'Lew', cueType: 'ADD' },
      { content: 'the economy was growing', speaker: 'Lew', notContent: 'exports' },
    ],
  },
  {
    name: '..., who said ...: the antecedent speaks',
    body: '"We were not warned," said Carla Mendes, a farmer from the valley, who said the river rose overnight.',
    expect: [{ content: 'the river rose overnight', speaker: 'Carla Mendes' }],
  },
  {
    name: 'parenthetical attribution: C1, X said, C2',
    body: 'The new rules, Senator Chuck Schumer said, "will hurt small farms more than anyone."',
    expect: [{ content: 'will hurt small farms', speaker: 'chuck-schumer', notContent: 'xx' }],
  },
  {
    name: 'subject, adverb, cue: not an inverted quotation',
    body: 'Democrats, however, accused the governor of stalling the inquiry.',
    expect: [{ content: 'the governor of stalling', speaker: 'Democrats', cueType: 'ACCUSE' }],
  },
  {
    name: 'a gazetteer person named in full, then by surname only',
    body: 'Press secretary Josh Earnest spoke on Monday. Asked about the veto, Earnest said: "The president has been clear."',
    expect: [{ content: 'The president has been clear', speaker: 'josh-earnest' }],
  },
  {
    name: 'relative clause: a claim X denies',
    body: 'Moscow interfered in the election, a claim the Kremlin denies.',
    expect: [{ content: 'Moscow interfered in the election', speaker: 'kremlin', cueType: 'DENY' }],
  },
  {
    name: 'relative clause: which X denied',
    body: 'Russian troops crossed the border last month, which the Kremlin denied.',
    expect: [{ content: 'Russian troops crossed the border', speaker: 'kremlin', cueType: 'DENY' }],
  },
  {
    name: 'described speaker: a senior Trump aide',
    body: 'A senior Trump aide said the rally would be moved to Friday.',
    expect: [{ content: 'the rally would be moved', speaker: 'aide', kind: 'GROUP', describes: ['donald-trump'] }],
  },
  {
    name: 'collective speaker: U.S. officials',
    body: 'U.S. officials said the drones were unarmed.',
    expect: [{ content: 'the drones were unarmed', speaker: 'officials', kind: 'GROUP', describes: ['united-states'] }],
  },
  {
    name: 'collective speaker: analysts say',
    body: 'The currency fell sharply, and analysts say the slide may continue into the spring.',
    expect: [{ content: 'the slide may continue', speaker: 'analysts', kind: 'GROUP' }],
  },
  {
    name: 'relay: ... said ..., according to Reuters',
    body: 'Putin said Russia was ready to help rebuild the city, according to Reuters.',
    expect: [{ content: 'Russia was ready to help', speaker: 'vladimir-putin', via: ['reuters'] }],
  },
  {
    name: 'relay: the Associated Press reported that X said',
    body: 'The Associated Press reported that Erdogan said Turkey would close the crossing.',
    expect: [{ content: 'Turkey would close the crossing', speaker: 'erdogan', via: ['associated-press'] }],
  },
  {
    name: 'nested attribution with an addressee',
    body: 'The Kremlin said Putin reminded Trump that Russia had fought terrorism for years.',
    expect: [
      { content: 'Putin reminded Trump', speaker: 'kremlin', cueType: 'SAY' },
      { content: 'Russia had fought terrorism', speaker: 'vladimir-putin', cueType: 'REMIND', addressees: ['donald-trump'], parentContent: 'Putin reminded Trump' },
    ],
  },
  {
    name: 'about: both leaders',
    body: 'Putin spoke with Trump by phone on Saturday. The Kremlin said both leaders agreed to meet in the summer.',
    expect: [{ content: 'both leaders agreed to meet', speaker: 'kremlin', about: ['vladimir-putin', 'donald-trump'] }],
  },
  {
    name: 'about: his country',
    body: 'Lavrov said his country would respond to any new sanctions.',
    expect: [{ content: 'his country would respond', speaker: 'sergei-lavrov', about: ['russia'] }],
  },
  {
    name: 'dates: on Saturday, yesterday',
    publishedAt: '2017-01-30',
    body: 'The White House said on Saturday that the call had been productive. Peskov said yesterday that no meeting was planned.',
    expect: [
      { content: 'the call had been productive', speaker: 'white-house', date: '2017-01-28' },
      { content: 'no meeting was planned', speaker: 'dmitry-peskov', date: '2017-01-29' },
    ],
  },
  {
    name: 'titles introduce people; later short mentions resolve to them',
    body: 'Foreign Ministry spokeswoman Maria Zakharova said the report was false. Defense Secretary Ash Carter said the ships would sail on. Sen. Ted Cruz said the deal was a mistake.',
    expect: [
      { content: 'the report was false', speaker: 'maria-zakharova' },
      { content: 'the ships would sail on', speaker: 'ash-carter' },
      { content: 'the deal was a mistake', speaker: 'ted-cruz' },
    ],
  },
  {
    name: 'a new person named with a title, then by surname and honorific',
    body: 'Rear Admiral Lena Okafor told reporters that the patrols would continue. Okafor said the navy had enough ships. "We are ready," Ms. Okafor said.',
    expect: [
      { content: 'the patrols would continue', speaker: 'lena-okafor' },
      { content: 'the navy had enough ships', speaker: 'lena-okafor' },
      { content: 'We are ready', speaker: 'lena-okafor' },
    ],
  },
  {
    name: 'the Russian president: the role holder on the article date',
    publishedAt: '2016-05-10',
    body: 'The Russian president said the troops would stay. The American president said the talks had failed.',
    expect: [
      { content: 'the troops would stay', speaker: 'vladimir-putin' },
      { content: 'the talks had failed', speaker: 'barack-obama' },
    ],
  },
  {
    name: 'Chinese name order: Mr. + family name',
    body: 'The finance minister, Lou Jiwei, said growth would slow. Mr. Lou said the banks were sound.',
    expect: [
      { content: 'growth would slow', speaker: 'lou-jiwei' },
      { content: 'the banks were sound', speaker: 'lou-jiwei' },
    ],
  },
  {
    name: 'cue types from the lexicon (past, present, perfect)',
    body: [
      'Kerry warned that the truce was fragile.',
      'Peskov denied that the jets had entered Turkish airspace.',
      'Erdogan accused Moscow of bombing civilians in the north.',
      'Lavrov urged the rebels to leave the city.',
      'Ban Ki-moon called for an immediate halt to the fighting.',
      'Merkel pointed out that the quota had been agreed.',
      'Obama has promised that the troops would be home by Christmas.',
      'Rouhani threatened to close the strait.',
      'The Pentagon confirmed that two soldiers had been wounded.',
      'Netanyahu stressed that security came first.',
      'Sanders noted that wages had not risen in years.',
      'Kasich explained that the budget had to be balanced.',
      'The White House announced that the summit would take place in June.',
      'Assad claimed that the rebels had used the gas.',
      'Clinton described the plan as reckless.',
      'Trump asked, "Who is paying for this?"',
      'Abbas agreed that talks should resume.',
      'Hamas rejected the proposal as unfair.',
      'The Arab League condemned the attack on the embassy.',
      'Jubeir welcomed the decision to extend the truce.',
      'Rubio criticized the deal with Iran.',
      'Zarif believes that the sanctions will be lifted.',
    ].join(' '),
    expect: [
      { content: 'the truce was fragile', speaker: 'john-kerry', cueType: 'WARN' },
      { content: 'the jets had entered', speaker: 'dmitry-peskov', cueType: 'DENY' },
      { content: 'Moscow of bombing civilians', speaker: 'erdogan', cueType: 'ACCUSE' },
      { content: 'the rebels to leave the city', speaker: 'sergei-lavrov', cueType: 'CALL' },
      { content: 'immediate halt to the fighting', speaker: 'Ban Ki-moon', cueType: 'CALL' },
      { content: 'the quota had been agreed', speaker: 'angela-merkel', cueType: 'NOTE' },
      { content: 'the troops would be home', speaker: 'barack-obama', cueType: 'PROMISE' },
      { content: 'to close the strait', speaker: 'hassan-rouhani', cueType: 'THREATEN' },
      { content: 'two soldiers had been wounded', speaker: 'pentagon', cueType: 'CONFIRM' },
      { content: 'security came first', speaker: 'benjamin-netanyahu', cueType: 'STRESS' },
      { content: 'wages had not risen', speaker: 'bernie-sanders', cueType: 'NOTE' },
      { content: 'the budget had to be balanced', speaker: 'john-kasich', cueType: 'EXPLAIN' },
      { content: 'the summit would take place', speaker: 'white-house', cueType: 'ANNOUNCE' },
      { content: 'the rebels had used the gas', speaker: 'bashar-al-assad', cueType: 'CLAIM' },
      { content: 'the plan as reckless', speaker: 'hillary-clinton', cueType: 'DESCRIBE' },
      { content: 'Who is paying for this', speaker: 'donald-trump', cueType: 'ASK' },
      { content: 'talks should resume', speaker: 'mahmoud-abbas', cueType: 'AGREE' },
      { content: 'the proposal as unfair', speaker: 'hamas', cueType: 'REJECT' },
      { content: 'the attack on the embassy', speaker: 'arab-league', cueType: 'CONDEMN' },
      { content: 'the decision to extend the truce', speaker: 'adel-al-jubeir', cueType: 'WELCOME' },
      { content: 'the deal with Iran', speaker: 'marco-rubio', cueType: 'CRITICIZE' },
      { content: 'the sanctions will be lifted', speaker: 'mohammad-javad-zarif', cueType: 'BELIEVE' },
    ],
  },
];

/** Sentences with a cue word that are not statements. */
const NO_STATEMENTS: Array<{ name: string; body: string }> = [
  { name: 'a refusal to comment', body: 'A spokesman for the ministry declined to comment on the report.' },
  { name: 'a negated cue', body: 'The minister did not say when the troops would leave.' },
  { name: 'a cue word used as a noun', body: 'The report on the attack was published on Monday, and the claims in it were widely shared.' },
  { name: 'a passive use', body: 'The nominee was confirmed by the Senate in November.' },
  { name: 'reporting credits', body: '(Reporting by Jane Doe; Editing by John Roe.)' },
  { name: 'a hypothetical', body: 'He would welcome a deal if the price were right.' },
  { name: 'analysis with no source', body: 'The economy is likely to slow next year as exports fall.' },
];

const TABLE: AttributionTable = {
  title: 'English attributions',
  language: 'en',
  headline: 'A headline for the test article',
  cases: CASES,
  noStatements: NO_STATEMENTS,
  quote: (text) => `"${text}"`,
  speakerFromText: true,
};

runAttributionTable(TABLE);

describe('English extraction', () => {
  it('gives the same output twice (deterministic)', () => {
    const body = CASES.map((c) => c.body).join('\n\n');
    expect(extract(article(TABLE, body), { language: 'en' })).toEqual(extract(article(TABLE, body), { language: 'en' }));
  });
});
