// English attribution v2, one row per failure class of issue 10 (clause structure, datelines,
// names with an apostrophe, modifiers that look like cues). Sentences composed for these tests;
// every failure message names its input.
import { runAttributionTable, type AttributionTable } from '../attribution-table.ts';

const TABLE: AttributionTable = {
  title: 'English clause structure',
  language: 'en',
  headline: 'A headline for the test article',
  quote: (text) => `"${text}"`,
  speakerFromText: true,
  cases: [
    { name: 'A3 subject with an apposition is not inverted', body: 'Oren Vasquez, a geologist at the county survey office, said the hillside is still moving.', expect: [{ content: 'the hillside is still moving', speaker: 'Vasquez' }] },
    { name: 'A3 description subject with an apposition', body: 'The harbour authority, long a critic of the plan, claimed that dredging costs tripled.', expect: [{ content: 'dredging costs tripled', speaker: 'harbour authority' }] },
    { name: 'A4 speaker after a quotation with an apposition', body: '"The clinic will stay open all winter," Greta Holm, the county health chief, said Monday.', expect: [{ content: 'The clinic will stay open all winter', speaker: 'Holm', direct: true }] },
    { name: 'A4 speaker after a quotation with an age', body: '"I paid every bill on time," Mr. Dorsey, 71, told reporters.', expect: [{ content: 'I paid every bill on time', speaker: 'Dorsey' }] },
    { name: 'A4 description head, name in the apposition', body: '"We will not raise the fare," the transit director, Ilse Brandvold, said on Friday.', expect: [{ content: 'We will not raise the fare', speaker: 'Brandvold' }] },
    { name: 'A6 dash aside between subject and cue', body: 'The school principal -- who has led the staff since 2011, longer than most -- told parents the gym would reopen.', expect: [{ content: 'the gym would reopen', speaker: 'principal' }] },
    { name: 'A6 coordinated relative clauses', body: 'A nurse who worked the night shift and who asked not to be identified said the ward had no heating.', expect: [{ content: 'the ward had no heating', speaker: 'nurse' }] },
    { name: 'A7 party tag before the cue', body: 'Sen. Wendell Pike (R-Neb.) said the farm bill would pass.', expect: [{ content: 'the farm bill would pass', speaker: 'Pike' }] },
    { name: 'A7 party tag after a quotation', body: '"This bill is dead," Rep. Nora Quint (D-Vt.) said after the hearing.', expect: [{ content: 'This bill is dead', speaker: 'Quint' }] },
    { name: 'A12 name with an apostrophe', body: '"The road is closed," said Chief Ronan O\'Shea.', expect: [{ content: 'The road is closed', speaker: "O'Shea" }] },
    { name: 'B5 attribution in the middle of its content', body: 'Any cut to the library budget, said council member Ruth Ekland, would close two branches.', expect: [{ content: 'would close two branches', speaker: 'Ekland' }] },
    { name: 'Dateline never becomes the speaker', body: 'OSLO (Reuters) - Norway\'s fisheries minister Kari Lunde said on Monday the quota would be cut, adding that boats would get aid.', expect: [{ content: 'the quota would be cut', speaker: 'Lunde' }] },
  ],
  noStatements: [
    { name: 'D1 a cue participle modifying a noun', body: 'The announced layoffs were postponed by the board.' },
  ],
};

runAttributionTable(TABLE);
